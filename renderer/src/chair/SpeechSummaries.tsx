import '../styles/chair-summaries.css';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SUMMARY_CHARS, type Speech } from '../../../shared/domain';
import { useAppStore } from '../store/context';
import { ErrorNote } from './ErrorNote';
import { useFormat } from './format';
import { useIds, useMeeting } from './meeting-hooks';

const NONE: readonly Speech[] = [];

type Scope = 'current' | 'all';

/**
 * 发言摘要: a field on each speech for the recorder, printed under the speech table in the minutes.
 * On the run screen it lists the item on the floor; after 散会 (close screen) every item that had
 * speeches, since summaries are often finished once the meeting is over.
 */
export function SpeechSummaries({ scope }: Readonly<{ scope: Scope }>) {
  const { t } = useTranslation();
  const headingId = useId();
  const status = useMeeting((state) => state.meeting?.status);
  const currentItemId = useMeeting((state) => state.currentItemId) ?? null;
  const spokenItems = useIds((state) =>
    state.agendaOrder.filter((id) => (state.speeches[id]?.length ?? 0) > 0),
  );
  if (status !== 'open' && status !== 'closed') return null;
  if (scope === 'current' && currentItemId === null) return null;
  const itemIds = scope === 'current' && currentItemId !== null ? [currentItemId] : spokenItems;
  return (
    <section className={`panel summaries summaries-${scope}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ui:chair.summary.heading')}</h2>
      <p className="muted">{t('ui:chair.summary.hint')}</p>
      {scope === 'all' && itemIds.length === 0 ? (
        <p className="muted">{t('ui:chair.summary.noneAll')}</p>
      ) : null}
      {itemIds.map((itemId) => (
        <ItemSummaries key={itemId} itemId={itemId} titled={scope === 'all'} />
      ))}
      <ErrorNote source="summary" />
    </section>
  );
}

function ItemSummaries({ itemId, titled }: Readonly<{ itemId: string; titled: boolean }>) {
  const { t } = useTranslation();
  const title = useMeeting((state) => state.items[itemId]?.title) ?? '';
  const speeches = useMeeting((state) => state.speeches[itemId]) ?? NONE;
  return (
    <div className="summary-item">
      {titled ? <h3>{title}</h3> : null}
      {speeches.length === 0 ? <p className="muted">{t('ui:chair.summary.none')}</p> : null}
      <ol className="summary-list">
        {speeches.map((speech, i) => (
          <SummaryField key={speech.speechId} speech={speech} seq={i + 1} />
        ))}
      </ol>
    </div>
  );
}

/**
 * Memoised: applying an event keeps every other speech object as it was, so a new speaker (a
 * change on every 请下一位发言) renders the new row and the one that ended, not all the rows
 * before them; each row reading its clock time cost the run screen ~0.1 ms per speech.
 */
const SummaryField = memo(function SummaryField({
  speech,
  seq,
}: Readonly<{ speech: Speech; seq: number }>) {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldId = useId();
  const name = useMeeting((state) => state.members[speech.memberId]?.name) ?? speech.memberId;
  const send = useAppStore((state) => state.send);
  const saved = speech.summary ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? saved;
  const dirty = draft !== null && draft !== saved;
  const save = () => {
    if (!dirty) return;
    const sent = draft ?? '';
    const command = { type: 'speech/setSummary' as const, speechId: speech.speechId, text: sent };
    // Typing that went on while saving stays a draft; what was saved becomes the shown text.
    void send('summary', command).then((ok) => {
      if (ok) setDraft((now) => (now === sent ? null : now));
    });
  };
  return (
    <li className="summary-row" data-speech-id={speech.speechId}>
      <label htmlFor={fieldId}>
        {t('ui:chair.summary.row', { seq, name, time: format.time(speech.startedAt) })}
        {speech.endedAt === null ? (
          <span className="badge">{t('ui:chair.summary.speaking')}</span>
        ) : null}
      </label>
      <textarea
        id={fieldId}
        aria-label={t('ui:chair.summary.field', { name })}
        rows={2}
        maxLength={MAX_SUMMARY_CHARS}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
      />
      <div className="row">
        <button type="button" className="secondary small" disabled={!dirty} onClick={save}>
          {t('ui:chair.summary.save')}
        </button>
        {dirty || saved !== '' ? (
          <span className="muted">
            {dirty ? t('ui:chair.notes.unsaved') : t('ui:chair.notes.saved')}
          </span>
        ) : null}
      </div>
    </li>
  );
});
