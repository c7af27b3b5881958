import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { useIds, useMeeting } from '../meeting-hooks';

/** The agenda beside the live screen: where the meeting stands, and a click opens an item. */
export function AgendaSidebar() {
  const { t } = useTranslation();
  const ids = useIds((state) => state.agendaOrder);
  return (
    <nav className="panel agenda-side" aria-labelledby="agenda-side-heading">
      <h2 id="agenda-side-heading">{t('ui:chair.agenda.heading')}</h2>
      {ids.length === 0 ? <p className="muted">{t('ui:chair.agenda.empty')}</p> : null}
      <ol className="agenda-side-list">
        {ids.map((id, index) => (
          <AgendaSideItem key={id} itemId={id} index={index} />
        ))}
      </ol>
    </nav>
  );
}

const AgendaSideItem = memo(function AgendaSideItem({
  itemId,
  index,
}: {
  itemId: string;
  index: number;
}) {
  const { t } = useTranslation();
  const title = useMeeting((state) => state.items[itemId]?.title) ?? '';
  const status = useMeeting((state) => state.items[itemId]?.status) ?? 'pending';
  const urgent = useMeeting((state) => state.items[itemId]?.urgent) ?? false;
  const current = useMeeting((state) => state.currentItemId === itemId) ?? false;
  const anotherOpen = useMeeting((state) => state.currentItemId !== null) ?? false;
  const send = useAppStore((state) => state.send);
  const canOpen = !anotherOpen && status !== 'closed';
  return (
    <li className={`agenda-side-item ${status}`} aria-current={current ? 'step' : undefined}>
      <button
        type="button"
        className="agenda-side-button"
        disabled={!canOpen && !current}
        onClick={() => {
          if (canOpen) void send('agenda', { type: 'agenda/openItem', itemId });
        }}
      >
        <span className="agenda-side-n">{index + 1}</span>
        <span className="agenda-side-title">
          {title}
          {urgent ? <span className="badge warn">{t('ui:chair.item.urgent')}</span> : null}
        </span>
        <span className={`badge status-${status}`}>{t(`ui:chair.vocab.itemStatus.${status}`)}</span>
      </button>
    </li>
  );
});
