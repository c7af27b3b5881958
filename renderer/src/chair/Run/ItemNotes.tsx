import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { ErrorNote } from '../ErrorNote';
import { useMeeting } from '../meeting-hooks';

type Kind = 'minutes' | 'private';

/**
 * The item on the floor's two notes: what goes into the minutes, and the chair's private memo
 * (never printed). Each is saved when the chair leaves its box or clicks its button.
 */
export function ItemNotes() {
  const itemId = useMeeting((state) => state.currentItemId);
  if (!itemId) return null;
  // A fresh editor per item, so a draft never jumps to another item.
  return (
    <>
      <NotesEditor key={`minutes-${itemId}`} itemId={itemId} kind="minutes" />
      <NotesEditor key={`private-${itemId}`} itemId={itemId} kind="private" />
    </>
  );
}

/** The chair's private memo on the whole meeting (not on one item): never printed either. */
export function MeetingMemo() {
  return <NotesEditor itemId={null} kind="private" />;
}

/** Words and ids of one editor: the item's note for the minutes, its memo, or the meeting's memo. */
function wordsOf(itemId: string | null, kind: Kind) {
  if (itemId === null)
    return {
      id: 'meeting-private',
      heading: 'ui:chair.notes.meetingPrivateHeading',
      hint: 'ui:chair.notes.meetingPrivateHint',
      save: 'ui:chair.notes.savePrivate',
    } as const;
  if (kind === 'private')
    return {
      id: 'item-private',
      heading: 'ui:chair.notes.privateHeading',
      hint: 'ui:chair.notes.privateHint',
      save: 'ui:chair.notes.savePrivate',
    } as const;
  return { id: 'item', heading: 'ui:chair.notes.heading', hint: null, save: 'ui:chair.notes.save' };
}

function NotesEditor({ itemId, kind }: { itemId: string | null; kind: Kind }) {
  const { t } = useTranslation();
  const saved =
    useMeeting((state) => {
      if (kind === 'minutes') return itemId ? state.items[itemId]?.chairNote : state.chairNote;
      return itemId ? state.privateNotes?.items[itemId] : state.privateNotes?.meeting;
    }) ?? '';
  const send = useAppStore((state) => state.send);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? saved;
  const dirty = draft !== null && draft !== saved;
  const words = wordsOf(itemId, kind);
  const source = `notes:${words.id}`;
  const heading = `${words.id}-notes-heading`;
  const save = () => {
    if (!dirty) return;
    const sent = draft ?? '';
    const command = { type: 'notes/set' as const, ...(itemId ? { itemId } : {}), text: sent };
    // Typing that went on while saving stays a draft; what was saved becomes the shown text.
    void send(source, kind === 'private' ? { ...command, private: true } : command).then((ok) => {
      if (ok) setDraft((now) => (now === sent ? null : now));
    });
  };
  return (
    <section
      className={`panel notes notes-${kind}`}
      aria-labelledby={heading}
      data-testid={`${words.id}-notes`}
    >
      <h2 id={heading}>{t(words.heading)}</h2>
      {words.hint ? <p className="muted">{t(words.hint)}</p> : null}
      <textarea
        id={`${words.id}-notes`}
        aria-labelledby={heading}
        rows={kind === 'private' ? 2 : 4}
        maxLength={5000}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
      />
      <div className="row">
        <button type="button" className="secondary" disabled={!dirty} onClick={save}>
          {t(words.save)}
        </button>
        <span className="muted">
          {dirty ? t('ui:chair.notes.unsaved') : t('ui:chair.notes.saved')}
        </span>
      </div>
      <ErrorNote source={source} />
    </section>
  );
}
