import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../../shared/i18n/describe-error';
import { StoreContext } from '../../store/context';
import { newId } from '../../store/ids';
import { useMeeting } from '../meeting-hooks';
import { readTable } from './read-table';
import { parseRoster, type ParsedRow, type ParsedTable, type RowError } from './roster-parse';

type Progress = Readonly<{ done: number; total: number; failed: Readonly<Record<number, string>> }>;

/** Imports a roster from a CSV or XLSX export: a preview with each row's problems, then one click. */
export function RosterImport() {
  const { t } = useTranslation();
  const store = useContext(StoreContext);
  const members = useMeeting((state) => state.members);
  const [fileName, setFileName] = useState('');
  const [table, setTable] = useState<ParsedTable | null>(null);
  const [readError, setReadError] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const rowError = (error: RowError) =>
    t(`ui:chair.import.errors.${error.code}`, error.params ?? {});

  const choose = async (file: File | undefined) => {
    setTable(null);
    setProgress(null);
    setReadError('');
    if (!file) return;
    setFileName(file.name);
    try {
      const cells = await readTable(file);
      const names = new Set(Object.values(members ?? {}).map((m) => m.name));
      setTable(parseRoster(cells, names, () => newId('member')));
    } catch (cause) {
      setReadError(t('ui:chair.import.errors.unreadable', { message: String(cause) }));
    }
  };

  const importRows = async (rows: readonly ParsedRow[]) => {
    const meetingId = store?.getState().snapshot?.meetingId;
    if (!store || !meetingId) return;
    const failed: Record<number, string> = {};
    let done = 0;
    setProgress({ done, total: rows.length, failed });
    for (const row of rows) {
      if (!row.command) continue;
      const result = await store
        .getState()
        .api.call('meeting/dispatch', { meetingId, command: row.command });
      if (!result.ok)
        failed[row.line] = describeError(
          (key, params) => t(key, params as Record<string, unknown>),
          result.error,
        );
      done += 1;
      setProgress({ done, total: rows.length, failed: { ...failed } });
    }
  };

  const ready = table?.rows.filter((r) => r.command !== null) ?? [];
  const withErrors = table?.rows.filter((r) => r.errors.length > 0).length ?? 0;
  const finished = progress !== null && progress.done === progress.total;
  return (
    <section className="panel roster-import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('ui:chair.import.heading')}</h2>
      <p className="muted">{t('ui:chair.import.hint')}</p>
      <label htmlFor="roster-file" className="file-label">
        {t('ui:chair.import.choose')}
      </label>
      <input
        id="roster-file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      {readError ? (
        <p className="error-note" role="alert">
          {readError}
        </p>
      ) : null}
      {table?.fileError ? (
        <p className="error-note" role="alert">
          {rowError(table.fileError)}
        </p>
      ) : null}
      {table && !table.fileError ? (
        <>
          <p data-testid="import-summary">
            {t('ui:chair.import.summary', {
              file: fileName,
              ready: ready.length,
              errors: withErrors,
            })}
          </p>
          <div className="table-wrap import-preview">
            <table>
              <caption className="visually-hidden">{t('ui:chair.import.preview')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui:chair.import.line')}</th>
                  <th scope="col">{t('ui:chair.roster.name')}</th>
                  <th scope="col">{t('ui:chair.roster.category')}</th>
                  <th scope="col">{t('ui:chair.roster.role')}</th>
                  <th scope="col">{t('ui:chair.roster.household')}</th>
                  <th scope="col">{t('ui:chair.import.check')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => {
                  const failed = progress?.failed[row.line];
                  const problems = [...row.errors.map(rowError), ...(failed ? [failed] : [])];
                  return (
                    <tr key={row.line} className={problems.length ? 'row-error' : undefined}>
                      <td className="num">{row.line}</td>
                      <td>{row.name}</td>
                      <td>{row.category}</td>
                      <td>{t(`ui:chair.roster.roleShort.${row.role}`)}</td>
                      <td>{row.household}</td>
                      <td>{problems.length ? problems.join('；') : t('ui:chair.import.ok')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="row wrap">
            <button
              type="button"
              disabled={ready.length === 0 || progress !== null}
              onClick={() => void importRows(ready)}
            >
              {t('ui:chair.import.confirm', { count: ready.length })}
            </button>
            {progress ? (
              <span role="status" className="muted">
                {finished
                  ? t('ui:chair.import.done', {
                      count: progress.total - Object.keys(progress.failed).length,
                    })
                  : t('ui:chair.import.progress', { done: progress.done, total: progress.total })}
              </span>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
