import { useTranslation } from 'react-i18next';
import type { ProjectorView } from '../../../shared/domain';
import { Countdown } from './Countdown';

type Item = ProjectorView['agenda'][number];

/** The current item with whoever holds the floor, and the next three in the queue. */
export function SpeakerBoard({
  view,
  item,
  now,
}: {
  view: ProjectorView;
  item: Item;
  now: number;
}) {
  const { t } = useTranslation();
  const speech = view.speech;
  const next = view.queue.slice(0, 3);
  return (
    <section className="pj-speaker" aria-label={t('ui:projector.currentItem')}>
      <div className="pj-item">
        <span className="pj-chip stage">{t(`domain:stage.${item.stage}`)}</span>
        <h2 className="pj-item-title" data-testid="projector-item">
          {item.title}
        </h2>
      </div>
      {speech ? (
        <div className="pj-floor">
          <div className="pj-speaker-name" data-testid="projector-speaker">
            {speech.pointOfOrder ? (
              <span className="pj-chip warn">{t('ui:projector.pointOfOrder')}</span>
            ) : null}
            {speech.name}
            {speech.stance !== 'neutral' ? (
              <span className={`pj-chip ${speech.stance}`}>
                {t(`domain:stance.${speech.stance}`)}
              </span>
            ) : null}
          </div>
          <Countdown speech={speech} now={now} />
        </div>
      ) : item.description ? (
        <p className="pj-item-description">{item.description}</p>
      ) : null}
      <div className="pj-queue">
        <h3>{t('ui:projector.next')}</h3>
        {next.length === 0 ? (
          <p className="pj-muted">{t('ui:projector.queueEmpty')}</p>
        ) : (
          <ol data-testid="projector-queue">
            {next.map((entry) => (
              <li key={entry.memberId}>
                {entry.name}
                {entry.pointOfOrder ? (
                  <span className="pj-chip warn">{t('ui:projector.pointOfOrder')}</span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {view.queueLength > 3 ? (
          <p className="pj-muted">
            {t('ui:projector.moreQueued', { count: view.queueLength - 3 })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
