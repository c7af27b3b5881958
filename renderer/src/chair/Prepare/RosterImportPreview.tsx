import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedRow, RowError } from './roster-parse';

/** Rows shown in the preview: enough to check the columns, few enough to draw at once. */
export const PREVIEW_ROWS = 100;

type Props = Readonly<{
  rows: readonly ParsedRow[];
  /** Why a row's batch was refused on import, by file line. */
  failed: Readonly<Record<number, string>>;
}>;

/**
 * The first rows of a roster file with each row's problems, or only the rows with problems. A
 * 10,000-row file would take seconds to draw as a table, so at most PREVIEW_ROWS are drawn and
 * the count says how many there are.
 */
export function RosterImportPreview({ rows, failed }: Props) {
  const { t } = useTranslation();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const listed = useMemo(
    () => (onlyProblems ? rows.filter((r) => r.errors.length > 0 || failed[r.line]) : rows),
    [rows, failed, onlyProblems],
  );
  const shown = listed.slice(0, PREVIEW_ROWS);
  const rowError = (error: RowError) =>
    t(`ui:chair.import.errors.${error.code}`, error.params ?? {});
  return (
    <>
      <div className="row wrap">
        <label className="inline-check">
          <input
            type="checkbox"
            checked={onlyProblems}
            onChange={(event) => setOnlyProblems(event.target.checked)}
          />
          {t('ui:chair.import.onlyProblems')}
        </label>
        {listed.length > shown.length ? (
          <span className="muted" data-testid="import-shown">
            {t('ui:chair.import.shown', { shown: shown.length, total: listed.length })}
          </span>
        ) : null}
      </div>
      {/* Focusable: the preview scrolls (long files, wide rows) and keyboards must reach it. */}
      <div
        className="table-wrap import-preview"
        tabIndex={0}
        role="region"
        aria-label={t('ui:chair.import.preview')}
      >
        <table>
          <caption className="visually-hidden">{t('ui:chair.import.preview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui:chair.import.line')}</th>
              <th scope="col">{t('ui:chair.roster.name')}</th>
              <th scope="col">{t('ui:chair.roster.category')}</th>
              <th scope="col">{t('ui:chair.roster.role')}</th>
              <th scope="col">{t('ui:chair.import.mapping.field.affiliation')}</th>
              <th scope="col">{t('ui:chair.roster.phone')}</th>
              <th scope="col">{t('ui:chair.roster.household')}</th>
              <th scope="col">{t('ui:chair.import.check')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const refused = failed[row.line];
              const problems = [...row.errors.map(rowError), ...(refused ? [refused] : [])];
              return (
                <tr key={row.line} className={problems.length ? 'row-error' : undefined}>
                  <td className="num">{row.line}</td>
                  <td>{row.name}</td>
                  <td>{row.category}</td>
                  <td>{t(`ui:chair.roster.roleShort.${row.role}`)}</td>
                  <td>{row.affiliation}</td>
                  <td>{row.phone}</td>
                  <td>{row.household}</td>
                  <td>{problems.length ? problems.join('；') : t('ui:chair.import.ok')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
