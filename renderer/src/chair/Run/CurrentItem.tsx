import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { useNow } from '../clock';
import { ErrorNote } from '../ErrorNote';
import { useFormat } from '../format';
import { useMeeting } from '../meeting-hooks';

/** The item on the floor: its details, time used against time planned, and how to leave it. */
export function CurrentItem() {
  const { t } = useTranslation();
  const format = useFormat();
  const item = useMeeting((state) =>
    state.currentItemId ? state.items[state.currentItemId] : null,
  );
  const position = useMeeting((state) =>
    state.currentItemId ? state.agendaOrder.indexOf(state.currentItemId) + 1 : 0,
  );
  const send = useAppStore((state) => state.send);
  const nextItem = useAppStore((state) => state.nextItem);
  // After 散会 no item can be taken up: the button stays, disabled, with the reason beside it.
  const closed = useMeeting((state) => state.meeting?.status === 'closed') ?? false;
  const offset = useAppStore((state) => state.clockOffsetMs);
  const now = useNow(item !== null && item !== undefined) + offset;
  if (!item) {
    return (
      <section className="panel current-item" aria-labelledby="item-heading">
        <h2 id="item-heading">{t('ui:chair.item.none')}</h2>
        {closed ? (
          <p className="muted" id="item-closed-reason" data-testid="item-closed-reason">
            {t('ui:chair.close.closedReason')}
          </p>
        ) : (
          <p className="muted">{t('ui:chair.item.pick')}</p>
        )}
        <div className="row">
          <button
            type="button"
            disabled={closed}
            aria-describedby={closed ? 'item-closed-reason' : undefined}
            onClick={() => void nextItem()}
          >
            {t('ui:chair.item.openNext')} <kbd>I</kbd>
          </button>
        </div>
        <ErrorNote source="agenda" />
      </section>
    );
  }
  let usedMs = 0;
  for (const interval of item.intervals)
    usedMs += Math.max(0, (interval.to ?? Math.max(now, interval.from)) - interval.from);
  return (
    <section className="panel current-item" aria-labelledby="item-heading">
      <p className="muted item-kicker">
        {t('ui:chair.item.number', { n: position })} · {t(`ui:chair.vocab.triage.${item.triage}`)} ·{' '}
        {t(`ui:chair.vocab.stage.${item.stage}`)}
        {item.urgent ? ` · ${t('ui:chair.item.urgent')}` : ''}
      </p>
      <h2 id="item-heading" className="item-title">
        {item.title}
      </h2>
      {item.description ? <p className="item-description">{item.description}</p> : null}
      <p className="muted">
        {item.presenter ? `${t('ui:chair.item.presenter', { name: item.presenter })} · ` : ''}
        {t('ui:chair.item.time', {
          used: format.duration(usedMs),
          planned: item.plannedMin ? t('ui:chair.item.minutes', { n: item.plannedMin }) : '—',
        })}
      </p>
      <div className="row wrap">
        <button type="button" onClick={() => void nextItem()}>
          {t('ui:chair.item.closeAndNext')} <kbd>I</kbd>
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void send('agenda', { type: 'agenda/closeItem', itemId: item.itemId })}
        >
          {t('ui:chair.item.close')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void send('agenda', { type: 'agenda/deferItem', itemId: item.itemId })}
        >
          {t('ui:chair.item.defer')}
        </button>
      </div>
      <ErrorNote source="agenda" />
    </section>
  );
}
