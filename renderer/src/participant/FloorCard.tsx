import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stance } from '../../../shared/domain/vocabulary';
import { useSession, usePhone } from './context';

const STANCES: readonly Stance[] = ['pro', 'contra', 'neutral'];

/** Asking for the floor with a stance (or a point of order), and taking it back. */
export function FloorCard() {
  const { t } = useTranslation();
  const session = useSession();
  const queue = usePhone((view) => view.state.self?.queue ?? null);
  const busy = usePhone((view) => view.busy || !view.state.connected);
  const [stance, setStance] = useState<Stance>('neutral');
  const [pointOfOrder, setPointOfOrder] = useState(false);
  if (queue)
    return (
      <section
        className="ph-card"
        data-testid="phone-floor"
        aria-label={t('participant:floor.heading')}
      >
        <p className="ph-lead ph-requested" data-testid="phone-requested">
          {t('participant:floor.requested')}
          {queue.pointOfOrder ? (
            <span className="ph-chip warn">{t('participant:floor.pointOfOrder')}</span>
          ) : (
            <span className={`ph-chip ${queue.stance}`}>{t(`domain:stance.${queue.stance}`)}</span>
          )}
        </p>
        {/* Holding the floor (no place in the queue): the chair ends the speech, not the phone. */}
        {queue.position === null ? null : (
          <button
            type="button"
            className="ph-secondary"
            disabled={busy}
            onClick={() => void session.withdraw()}
            data-testid="phone-withdraw"
          >
            {t('participant:floor.withdraw')}
          </button>
        )}
      </section>
    );
  return (
    <section className="ph-card" data-testid="phone-floor">
      <h2>{t('participant:floor.heading')}</h2>
      <fieldset className="ph-choices ph-stances" disabled={pointOfOrder}>
        <legend>{t('participant:floor.stance')}</legend>
        {STANCES.map((value) => (
          <button
            key={value}
            type="button"
            className={`ph-choice ${value}`}
            aria-pressed={stance === value}
            onClick={() => setStance(value)}
            data-testid={`phone-stance-${value}`}
          >
            {t(`domain:stance.${value}`)}
          </button>
        ))}
      </fieldset>
      <label className="ph-toggle">
        <input
          type="checkbox"
          checked={pointOfOrder}
          onChange={(event) => setPointOfOrder(event.target.checked)}
          data-testid="phone-point-of-order"
        />
        <span>
          <strong>{t('participant:floor.pointOfOrder')}</strong>
          <small>{t('participant:floor.pointOfOrderHint')}</small>
        </span>
      </label>
      <button
        type="button"
        className="ph-primary"
        disabled={busy}
        onClick={() => void session.requestFloor(pointOfOrder ? 'neutral' : stance, pointOfOrder)}
        data-testid="phone-request-floor"
      >
        {t('participant:floor.request')}
      </button>
    </section>
  );
}
