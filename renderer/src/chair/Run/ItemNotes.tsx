import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { ErrorNote } from '../ErrorNote';
import { useMeeting } from '../meeting-hooks';

/** Notes for the minutes on the item on the floor; saved when the chair leaves the box or clicks. */
export function ItemNotes() {
  const itemId = useMeeting((state) => state.currentItemId);
  if (!itemId) return null;
  // A fresh editor per item, so a draft never jumps to another item.
  return <NotesEditor key={itemId} itemId={itemId} />;
}

function NotesEditor({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const saved = useMeeting((state) => state.items[itemId]?.chairNote) ?? '';
  const send = useAppStore((state) => state.send);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? saved;
  const dirty = draft !== null && draft !== saved;
  const save = () => {
    if (!dirty) return;
    const sent = draft ?? '';
    // Typing that went on while saving stays a draft; what was saved becomes the shown text.
    void send('notes', { type: 'notes/set', itemId, text: sent }).then((ok) => {
      if (ok) setDraft((now) => (now === sent ? null : now));
    });
  };
  return (
    <section className="panel notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('ui:chair.notes.heading')}</h2>
      <textarea
        id="item-notes"
        aria-labelledby="notes-heading"
        rows={4}
        maxLength={5000}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
      />
      <div className="row">
        <button type="button" className="secondary" disabled={!dirty} onClick={save}>
          {t('ui:chair.notes.save')}
        </button>
        <span className="muted">
          {dirty ? t('ui:chair.notes.unsaved') : t('ui:chair.notes.saved')}
        </span>
      </div>
      <ErrorNote source="notes" />
    </section>
  );
}
