import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow, TrackedItem } from '../../../shared/followup';
import { ErrorNote } from '../chair/ErrorNote';
import { useLocale } from '../chair/format';
import { saveFile } from '../settings/files';
import { useAppStore } from '../store/context';
import { parseYuan } from '../chair/Prepare/roster-parse';
import { useFollowupDispatch, yuan } from './use-followup';
import { today } from '../chair/format';

export type RowAction = 'start' | 'note' | 'complete' | 'drop' | 'evaluate' | 'export';

type Props = Readonly<{
  row: BoardRow;
  item: TrackedItem | undefined;
  action: RowAction;
  onDone(): void;
}>;

/** The form of one row action (开始、进展、完成、终止、评议、公示), under its row. */
export function RowActions({ row, item, action, onDone }: Props) {
  const { t } = useTranslation();
  const send = useFollowupDispatch();
  const source = `board:${row.key}`;
  const ref = { meetingId: row.meetingId, actionId: row.actionId };
  const [on, setOn] = useState(() => today(item?.timeZone));
  const [text, setText] = useState('');
  const [spent, setSpent] = useState(yuan(row.budgetSpent));
  const label = t('ui:board.action.for', {
    action: t(`ui:board.action.${action}`),
    title: row.title,
  });

  if (action === 'evaluate') return <EvaluateForm row={row} label={label} onDone={onDone} />;
  if (action === 'export') return <ExportForm row={row} label={label} timeZone={item?.timeZone} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Not an amount: -1 goes to the core, which refuses it with its own message, as the chair's
    // action-item form does; an empty field means nothing spent.
    const fen = spent.trim() === '' ? 0 : (parseYuan(spent) ?? -1);
    const ok =
      action === 'start'
        ? await send(source, { type: 'actionItem/start', ...ref, on })
        : action === 'note'
          ? await send(source, {
              type: 'actionItem/noteProgress',
              ...ref,
              on,
              note: text,
              ...(spent.trim() !== '' ? { budgetSpent: fen } : {}),
            })
          : action === 'complete'
            ? await send(source, {
                type: 'actionItem/complete',
                ...ref,
                on,
                budgetSpent: fen,
                summary: text,
              })
            : await send(source, { type: 'actionItem/drop', ...ref, on, reason: text });
    if (ok) onDone();
  };
  const textLabel =
    action === 'note'
      ? 'note'
      : action === 'complete'
        ? 'summary'
        : action === 'drop'
          ? 'reason'
          : null;
  return (
    <form className="board-form" aria-label={label} onSubmit={(e) => void submit(e)}>
      <label>
        {t('ui:board.form.date')}
        <input
          type="date"
          required
          value={on}
          min={item?.startedOn ?? undefined}
          onChange={(e) => setOn(e.target.value)}
        />
      </label>
      {textLabel ? (
        <label>
          {t(`ui:board.form.${textLabel}`)}
          <input
            type="text"
            required={action !== 'complete'}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      ) : null}
      {action === 'note' || action === 'complete' ? (
        <label>
          {t('ui:board.form.spent')}
          <input
            type="number"
            min="0"
            step="0.01"
            value={spent}
            onChange={(e) => setSpent(e.target.value)}
          />
        </label>
      ) : null}
      <button type="submit">{t('ui:board.form.save')}</button>
      <button type="button" onClick={onDone}>
        {t('ui:board.form.cancel')}
      </button>
      <ErrorNote source={source} />
    </form>
  );
}

type Vote = Readonly<{ voteId: string; question: string; evaluable: boolean }>;

/** 民事民评: a later meeting and its closed satisfaction vote, linked back to the item. */
function EvaluateForm({ row, label, onDone }: { row: BoardRow; label: string; onDone(): void }) {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const meetings = useAppStore((state) => state.meetings);
  const refreshMeetings = useAppStore((state) => state.refreshMeetings);
  useEffect(() => {
    void refreshMeetings();
  }, [refreshMeetings]);
  const source = `board:${row.key}`;
  const later = meetings.filter((m) => m.meetingId !== row.meetingId && m.date >= row.meetingDate);
  const [meetingId, setMeetingId] = useState('');
  const [votes, setVotes] = useState<readonly Vote[] | null>(null);
  const [voteId, setVoteId] = useState('');
  const choose = (id: string) => {
    setMeetingId(id);
    setVotes(null);
    setVoteId('');
    if (!id) return;
    void api.call('followup/satisfactionVotes', { meetingId: id }).then((r) => {
      reportError(source, r.ok ? null : r.error);
      if (!r.ok) return;
      setVotes(r.value);
      setVoteId(r.value.find((v) => v.evaluable)?.voteId ?? '');
    });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await api.call('followup/evaluate', {
      meetingId: row.meetingId,
      actionId: row.actionId,
      evaluationMeetingId: meetingId,
      voteId,
    });
    reportError(source, r.ok ? null : r.error);
    if (r.ok) onDone();
  };
  return (
    <form className="board-form" aria-label={label} onSubmit={(e) => void submit(e)}>
      <label>
        {t('ui:board.form.meeting')}
        <select required value={meetingId} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('ui:board.chooseMeeting')}</option>
          {later.map((m) => (
            <option key={m.meetingId} value={m.meetingId}>
              {m.date} {m.title}
            </option>
          ))}
        </select>
      </label>
      {votes && votes.length === 0 ? <span role="status">{t('ui:board.form.noVotes')}</span> : null}
      {votes && votes.length > 0 ? (
        <label>
          {t('ui:board.form.vote')}
          <select required value={voteId} onChange={(e) => setVoteId(e.target.value)}>
            {votes.map((v) => (
              <option key={v.voteId} value={v.voteId}>
                {v.question || v.voteId}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" disabled={!voteId}>
        {t('ui:board.form.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t('ui:board.form.cancel')}
      </button>
      <ErrorNote source={source} />
    </form>
  );
}

/** The implementation-result notice (实施结果公示), signed, saved as a download. */
function ExportForm({
  row,
  label,
  timeZone,
}: {
  row: BoardRow;
  label: string;
  timeZone: string | undefined;
}) {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const locale = useLocale();
  const source = `board:${row.key}`;
  const [postedOn, setPostedOn] = useState(() => today(timeZone));
  const [saved, setSaved] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await api.call('followup/exportNotice', {
      meetingId: row.meetingId,
      actionId: row.actionId,
      locale,
      postedOn,
    });
    reportError(source, r.ok ? null : r.error);
    if (!r.ok) return;
    saveFile(r.value.fileName, r.value.base64, 'application/pdf');
    setSaved(r.value.fileName);
  };
  return (
    <form className="board-form" aria-label={label} onSubmit={(e) => void submit(e)}>
      <label>
        {t('ui:board.form.postedOn')}
        <input
          type="date"
          required
          value={postedOn}
          onChange={(e) => setPostedOn(e.target.value)}
        />
      </label>
      <button type="submit">{t('ui:board.form.download')}</button>
      {saved ? (
        <span role="status" data-testid="board-export-saved">
          {t('ui:board.saved', { file: saved })}
        </span>
      ) : null}
      <ErrorNote source={source} />
    </form>
  );
}
