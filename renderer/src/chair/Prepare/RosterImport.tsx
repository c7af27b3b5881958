import { useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { Category } from '../../../../shared/domain';
import { describeError } from '../../../../shared/i18n/describe-error';
import { categoryLabels, guessMapping, type RosterMapping } from '../../../../shared/roster-table';
import { StoreContext } from '../../store/context';
import { newId } from '../../store/ids';
import { useMeeting } from '../meeting-hooks';
import { readTable } from './read-table';
import { rosterParser, type ParsedRow, type ParsedTable, type RowError } from './roster-parse';
import { sendRoster } from './roster-send';
import { RosterImportCategories } from './RosterImportCategories';
import { RosterImportMapping } from './RosterImportMapping';
import { RosterImportPreview } from './RosterImportPreview';
import { ImportProgress, type Step } from './RosterImportProgress';

/** Rows checked between two paints, so the bar moves while a long file is checked. */
const PARSE_CHUNK = 2000;

const nextPaint = () => new Promise((resolve) => setTimeout(resolve, 0));

type Sheet = Readonly<{ cells: readonly (readonly string[])[]; width: number }>;

/**
 * Imports a roster from a CSV or XLSX export: read and check with a progress bar; what each
 * column is and what each category label means, guessed and changeable; a preview of the first
 * rows with each row's problems; then one click that sends the rows in batches.
 */
export function RosterImport() {
  const { t } = useTranslation();
  const store = useContext(StoreContext);
  const members = useMeeting((state) => state.members);
  const [fileName, setFileName] = useState('');
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [mapping, setMapping] = useState<RosterMapping | null>(null);
  const [table, setTable] = useState<ParsedTable | null>(null);
  const [readError, setReadError] = useState('');
  const [step, setStep] = useState<Step>({ phase: 'idle' });
  const [failed, setFailed] = useState<Readonly<Record<number, string>>>({});
  /** The latest read or check: a newer one makes an older one stop and drop its result. */
  const current = useRef(0);
  const describe = (error: ApiError) =>
    describeError((key, params) => t(key, params as Record<string, unknown>), error);
  const rowError = (error: RowError) =>
    t(`ui:chair.import.errors.${error.code}`, error.params ?? {});

  /** Checks every row against the mapping, a chunk between two paints. */
  const check = async (cells: Sheet['cells'], chosen: RosterMapping, token: number) => {
    const names = new Set(Object.values(members ?? {}).map((m) => m.name));
    const parser = rosterParser(cells, names, () => newId('member'), chosen);
    const rows: ParsedRow[] = [];
    for (let from = 0; from < parser.total; from += PARSE_CHUNK) {
      setStep({ phase: 'checking', done: from, total: parser.total });
      await nextPaint();
      if (token !== current.current) return;
      rows.push(...parser.parseRange(from, from + PARSE_CHUNK));
    }
    setTable({ mapping: chosen, rows, fileError: parser.fileError });
    setStep({ phase: 'ready' });
  };

  const choose = async (file: File | undefined) => {
    const token = ++current.current;
    setTable(null);
    setSheet(null);
    setMapping(null);
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
      const width = read.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
      const guessed = guessMapping(read.cells);
      setSheet({ cells: read.cells, width });
      setMapping(guessed);
      await check(read.cells, guessed, token);
    } catch (cause) {
      if (token !== current.current) return;
      setReadError(t('ui:chair.import.errors.unreadable', { message: String(cause) }));
      setStep({ phase: 'idle' });
    }
  };

  /** The chair changed a column, the header row or a category: check the rows again. */
  const remap = (chosen: RosterMapping) => {
    if (!sheet) return;
    const token = ++current.current;
    setMapping(chosen);
    setFailed({});
    void check(sheet.cells, chosen, token);
  };

  const labels = useMemo(() => {
    if (!sheet || !mapping) return [];
    const at = mapping.columns.indexOf('category');
    return categoryLabels(sheet.cells.slice(mapping.headerIndex + 1), at < 0 ? undefined : at);
  }, [sheet, mapping]);
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
      {sheet && mapping && sheet.cells.length > 0 ? (
        <RosterImportMapping
          cells={sheet.cells}
          mapping={mapping}
          width={sheet.width}
          onChange={remap}
        />
      ) : null}
      {mapping ? (
        <RosterImportCategories
          labels={labels}
          chosen={mapping.categories}
          onChoose={(label: string, category: Category) =>
            remap({ ...mapping, categories: { ...mapping.categories, [label]: category } })
          }
        />
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
