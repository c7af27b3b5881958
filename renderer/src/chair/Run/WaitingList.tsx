import '../../styles/chair-room.css';
import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StoreContext, useAppStore } from '../../store/context';
import { roomHere } from '../../store/room-slice';
import { ErrorNote } from '../ErrorNote';

/** Enter from nowhere in particular (no field, no button, no dialog): the first in line is confirmed. */
export function confirmsFirst(
  event: Pick<KeyboardEvent, 'key' | 'isComposing' | 'defaultPrevented' | 'target'>,
  modalOpen: boolean,
): boolean {
  if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented || modalOpen)
    return false;
  const target = event.target as { tagName?: string; dataset?: Record<string, string> } | null;
  // The page itself, or the waiting list's own box: a focused button or field keeps its Enter.
  return !target?.tagName || target.tagName === 'BODY' || target.dataset?.waiting === '';
}

/**
 * Phones waiting for the chair (picked a name after the room QR or the short code): one click
 * confirms or turns away; Enter confirms the first while the focus is on nothing else. Shown on
 * the run screen beside the sign-in grid while someone waits, and in the 现场互动 panel.
 */
export function WaitingList({ id }: { id: string }) {
  const { t } = useTranslation();
  const waiting = useAppStore((state) => roomHere(state)?.waiting ?? null);
  const api = useAppStore((state) => state.api);
  const roomAct = useAppStore((state) => state.roomAct);
  const store = useContext(StoreContext);
  const source = `room-waiting:${id}`;
  const decide = (joinId: string, accept: boolean) =>
    void roomAct(source, api.call(accept ? 'room/confirm' : 'room/reject', { joinId }));

  const someone = (waiting?.length ?? 0) > 0;
  useEffect(() => {
    // Only one list listens (the run screen's), or one Enter would confirm two people.
    if (!someone || id !== 'run' || !store) return;
    const onKey = (event: KeyboardEvent) => {
      if (!confirmsFirst(event, document.querySelector('dialog:modal') !== null)) return;
      const first = roomHere(store.getState())?.waiting[0];
      if (!first) return;
      event.preventDefault();
      void store
        .getState()
        .roomAct(source, store.getState().api.call('room/confirm', { joinId: first.joinId }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [someone, id, store, source]);

  if (!waiting || waiting.length === 0) return null;
  return (
    <section
      className="room-waiting"
      aria-labelledby={`${source}-heading`}
      data-testid={`room-waiting-${id}`}
      data-waiting=""
      tabIndex={-1}
    >
      <h3 id={`${source}-heading`}>{t('ui:room.waiting', { count: waiting.length })}</h3>
      {id === 'run' ? <p className="muted">{t('ui:room.waitingHint')}</p> : null}
      <ul>
        {waiting.map((entry) => (
          <li key={entry.joinId} className="room-waiting-row">
            <span className="room-waiting-name">{entry.name}</span>
            <button
              type="button"
              aria-label={t('ui:room.confirmName', { name: entry.name })}
              onClick={() => decide(entry.joinId, true)}
            >
              {t('ui:room.confirm')}
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={t('ui:room.rejectName', { name: entry.name })}
              onClick={() => decide(entry.joinId, false)}
            >
              {t('ui:room.reject')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorNote source={source} />
    </section>
  );
}
