import { useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { describeError } from '../../../../shared/i18n/describe-error';
import { StoreContext } from '../../store/context';
import { newId } from '../../store/ids';
import { useMeeting } from '../meeting-hooks';
import { readTable } from './read-table';
import { rosterParser, type ParsedRow, type ParsedTable, type RowError } from './roster-parse';
import { sendRoster } from './roster-send';
import { RosterImportPreview } from './RosterImportPreview';

/** Rows checked between two paints, so the bar moves while a long file is checked. */
const PARSE_CHUNK = 2000;

type Step =
  | Readonly<{ phase: 'idle' }>
  | Readonly<{ phase: 'reading' }>
  | Readonly<{ phase: 'checking'; done: number; total: number }>
  | Readonly<{ phase: 'importing'; done: number; total: number }>
  | Readonly<{ phase: 'ready' }>
  | Readonly<{
      phase: 'finished';
      done: number;
      total: number;
      refused: Readonly<{ line: number; reason: string }> | null;
    }>;

const nextPaint = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Imports a roster from a CSV or XLSX export: read and check with a progress bar, a preview of
 * the first rows with each row's problems, then one click that sends the rows in batches.
 */
export function RosterImport() {
  const { t } = useTranslation();
  const store = useContext(StoreContext);
  const members = useMeeting((state) => state.members);
  const [fileName, setFileName] = useState('');
  const [table, setTable] = useState<ParsedTable | null>(null);
  const [readError, setReadError] = useState('');
  const [step, setStep] = useState<Step>({ phase: 'idle' });
  const [failed, setFailed] = useState<Readonly<Record<number, string>>>({});
  /** The file being read: a newer choice makes an older read stop and drop its result. */
  const current = useRef(0);
  const describe = (error: ApiError) =>
    describeError((key, params) => t(key, params as Record<string, unknown>), error);
  const rowError = (error: RowError) =>
    t(`ui:chair.import.errors.${error.code}`, error.params ?? {});

  const choose = async (file: File | undefined) => {
    const token = ++current.current;
    setTable(null);
    setFailed({});
    setReadError('');
    setStep({ phase: 'idle' });
    if (!file) return;
    setFileName(file.name);
    setStep({ phase: 'reading' });
    try {
      const read = await readTable(file);
      if (token !== current.current) return;
      if (!read.ok) {
        setReadError(describe(read.error));
        setStep({ phase: 'idle' });
        return;
      }
      const names = new Set(Object.values(members ?? {}).map((m) => m.name));
      const parser = rosterParser(read.cells, names, () => newId('member'));
      const rows: ParsedRow[] = [];
      for (let from = 0; from < parser.total; from += PARSE_CHUNK) {
        setStep({ phase: 'checking', done: from, total: parser.total });
        await nextPaint();
        if (token !== current.current) return;
        rows.push(...parser.parseRange(from, from + PARSE_CHUNK));
      }
      setTable({ columns: parser.columns, rows, fileError: parser.fileError });
      setStep({ phase: 'ready' });
    } catch (cause) {
      if (token !== current.current) return;
      setReadError(t('ui:chair.import.errors.unreadable', { message: String(cause) }));
      setStep({ phase: 'idle' });
    }
  };

  const ready = useMemo(() => table?.rows.filter((r) => r.member !== null) ?? [], [table]);
  const withErrors = (table?.rows.length ?? 0) - ready.length;

  const importRows = async () => {
    const meetingId = store?.getState().snapshot?.meetingId;
    if (!store || !meetingId) return;
    const total = ready.length;
    setStep({ phase: 'importing', done: 0, total });
    const outcome = await sendRoster(
      ready,
      async (batch) => {
        const result = await store.getState().api.call('meeting/dispatch', {
          meetingId,
          command: { type: 'roster/importMembers', members: batch },
        });
        return result.ok ? { ok: true } : { ok: false, error: result.error };
      },
      (done) => setStep({ phase: 'importing', done, total }),
    );
    const refused = outcome.refused
      ? { line: outcome.refused.line, reason: describe(outcome.refused.error) }
      : null;
    if (refused) setFailed({ [refused.line]: refused.reason });
    setStep({ phase: 'finished', done: outcome.done, total, refused });
  };

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
      <ImportProgress step={step} />
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
          <RosterImportPreview rows={table.rows} failed={failed} />
          <div className="row wrap">
            <button
              type="button"
              disabled={ready.length === 0 || step.phase !== 'ready'}
              onClick={() => void importRows()}
            >
              {t('ui:chair.import.confirm', { count: ready.length })}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

/** The bar and its words: reading the file, checking its rows, sending them, the outcome. */
function ImportProgress({ step }: { step: Step }) {
  const { t } = useTranslation();
  if (step.phase === 'idle' || step.phase === 'ready') return null;
  const words = (() => {
    switch (step.phase) {
      case 'reading':
        return t('ui:chair.import.reading');
      case 'checking':
        return t('ui:chair.import.checking', { done: step.done, total: step.total });
      case 'importing':
        return t('ui:chair.import.progress', { done: step.done, total: step.total });
      case 'finished':
        return step.refused
          ? t('ui:chair.import.stopped', { done: step.done, ...step.refused })
          : t('ui:chair.import.done', { count: step.done });
    }
  })();
  const measured = step.phase !== 'reading';
  return (
    <div className="import-progress">
      <progress
        aria-label={t('ui:chair.import.progressLabel')}
        {...(measured ? { value: step.done, max: Math.max(step.total, 1) } : {})}
      />
      <span role="status" className="muted">
        {words}
      </span>
    </div>
  );
}
