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

function NotesEditor({ itemId, kind }: { itemId: string; kind: Kind }) {
  const { t } = useTranslation();
  const saved =
    useMeeting((state) =>
      kind === 'private' ? state.privateNotes?.items[itemId] : state.items[itemId]?.chairNote,
    ) ?? '';
  const send = useAppStore((state) => state.send);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? saved;
  const dirty = draft !== null && draft !== saved;
  const source = kind === 'private' ? 'private-notes' : 'notes';
  const heading = kind === 'private' ? 'private-notes-heading' : 'notes-heading';
  const save = () => {
    if (!dirty) return;
    const sent = draft ?? '';
    const command = { type: 'notes/set' as const, itemId, text: sent };
    // Typing that went on while saving stays a draft; what was saved becomes the shown text.
    void send(source, kind === 'private' ? { ...command, private: true } : command).then((ok) => {
      if (ok) setDraft((now) => (now === sent ? null : now));
    });
  };
  return (
    <section className={`panel notes notes-${kind}`} aria-labelledby={heading}>
      <h2 id={heading}>
        {t(kind === 'private' ? 'ui:chair.notes.privateHeading' : 'ui:chair.notes.heading')}
      </h2>
      {kind === 'private' ? <p className="muted">{t('ui:chair.notes.privateHint')}</p> : null}
      <textarea
        id={kind === 'private' ? 'item-private-notes' : 'item-notes'}
        aria-labelledby={heading}
        rows={kind === 'private' ? 2 : 4}
        maxLength={5000}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
      />
      <div className="row">
        <button type="button" className="secondary" disabled={!dirty} onClick={save}>
          {t(kind === 'private' ? 'ui:chair.notes.savePrivate' : 'ui:chair.notes.save')}
        </button>
        <span className="muted">
          {dirty ? t('ui:chair.notes.unsaved') : t('ui:chair.notes.saved')}
        </span>
      </div>
      <ErrorNote source={source} />
    </section>
  );
}
