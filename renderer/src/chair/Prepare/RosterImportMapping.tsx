import { useTranslation } from 'react-i18next';
import {
  HEADER_SCAN_ROWS,
  ROSTER_FIELDS,
  guessColumns,
  setColumn,
  unusedColumns,
  type RosterField,
  type RosterMapping,
} from '../../../../shared/roster-table';

type Props = Readonly<{
  cells: readonly (readonly string[])[];
  mapping: RosterMapping;
  /** The widest row of the file: a column with data but no title is still listed. */
  width: number;
  onChange: (mapping: RosterMapping) => void;
}>;

const NONE = '';

/** The start of a row, to recognise it in the header-row list. */
function rowText(row: readonly string[]): string {
  const text = row
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(' · ');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * 各列的用途: which row holds the titles, what each column is imported as (guessed from its
 * title, changeable), and the columns that are not imported, named, so nothing is dropped unseen.
 */
export function RosterImportMapping({ cells, mapping, width, onChange }: Props) {
  const { t } = useTranslation();
  const header = cells[mapping.headerIndex] ?? [];
  const sample = cells.slice(mapping.headerIndex + 1).find((row) => row.some((c) => c.trim()));
  const title = (index: number) =>
    header[index]?.trim() || t('ui:chair.import.mapping.untitled', { n: index + 1 });
  const unused = unusedColumns(header, mapping.columns, width);
  const rowsToOffer = Math.min(cells.length, HEADER_SCAN_ROWS);
  return (
    <section className="import-mapping" aria-labelledby="import-mapping-heading">
      <h3 id="import-mapping-heading">{t('ui:chair.import.mapping.heading')}</h3>
      <p className="muted">{t('ui:chair.import.mapping.explain')}</p>
      <label className="import-header-row">
        {t('ui:chair.import.mapping.headerRow')}
        <select
          value={mapping.headerIndex}
          onChange={(event) => {
            const headerIndex = Number(event.target.value);
            const columns = guessColumns(cells[headerIndex] ?? []);
            onChange({ ...mapping, headerIndex, columns });
          }}
        >
          {Array.from({ length: rowsToOffer }, (_, index) => (
            <option key={index} value={index}>
              {t('ui:chair.import.mapping.headerRowOption', {
                line: index + 1,
                text: rowText(cells[index] ?? []),
              })}
            </option>
          ))}
        </select>
      </label>
      <div className="table-wrap">
        <table className="import-columns">
          <thead>
            <tr>
              <th scope="col">{t('ui:chair.import.mapping.column')}</th>
              <th scope="col">{t('ui:chair.import.mapping.use')}</th>
              <th scope="col">{t('ui:chair.import.mapping.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: Math.max(width, header.length) }, (_, index) => {
              const field = mapping.columns[index] ?? null;
              return (
                <tr key={index} className={field === null ? 'unused' : undefined}>
                  <th scope="row">{title(index)}</th>
                  <td>
                    <select
                      aria-label={t('ui:chair.import.mapping.useOf', { title: title(index) })}
                      value={field ?? NONE}
                      onChange={(event) => {
                        const chosen = event.target.value as RosterField | typeof NONE;
                        const columns = setColumn(mapping.columns, index, chosen || null);
                        onChange({ ...mapping, columns });
                      }}
                    >
                      <option value={NONE}>{t('ui:chair.import.mapping.field.none')}</option>
                      {ROSTER_FIELDS.map((option) => (
                        <option key={option} value={option}>
                          {t(`ui:chair.import.mapping.field.${option}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="muted">{sample?.[index] ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p data-testid="import-unused" className={unused.length ? 'import-unused' : 'muted'}>
        {unused.length
          ? t('ui:chair.import.mapping.unused', {
              list: unused.map((column) => title(column.index)).join(t('documents:list')),
            })
          : t('ui:chair.import.mapping.noneUnused')}
      </p>
    </section>
  );
}
