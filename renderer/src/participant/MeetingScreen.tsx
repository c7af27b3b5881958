import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../projector/Countdown';
import { usePhone } from './context';
import { FloorCard } from './FloorCard';
import { PhoneError } from './JoinScreens';
import { ResultCard } from './ResultCard';
import { VoteCard } from './VoteCard';

/** The server's clock on this phone, ticking only while a countdown is shown. */
function useServerNow(running: boolean): number {
  const offset = usePhone((view) => view.state.clockOffsetMs);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    if (!running) return undefined;
    const tick = () => setNow(Date.now() + offset);
    // At once when a speech starts (not half a second later), then twice a second.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 500);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [offset, running]);
  return now;
}

/** Who this phone is, and that the sign-in is recorded. */
function SelfLine() {
  const { t } = useTranslation();
  const self = usePhone((view) => view.state.self);
  if (!self) return null;
  return (
    <p className="ph-self" data-testid="phone-self">
      <strong>{self.name}</strong>
      {self.role === 'observer' ? (
        <span className="ph-chip">{t('participant:signIn.observer')}</span>
      ) : null}
      {self.signedIn ? (
        <span className="ph-chip ok" data-testid="phone-signed-in">
          ✓{' '}
          {self.signedInVia === 'chair'
            ? t('participant:status.signedInByChair')
            : t('participant:status.signedIn')}
        </span>
      ) : null}
    </p>
  );
}

/** The current item, who has the floor with the countdown, and the queue with one's place. */
function NowCard() {
  const { t } = useTranslation();
  const view = usePhone((state) => state.state.view);
  const status = usePhone((state) => state.state.self?.meetingStatus);
  const queue = usePhone((state) => state.state.self?.queue ?? null);
  const speech = view?.speech ?? null;
  const now = useServerNow(speech !== null && speech.endedAt === null);
  if (status === 'draft' || !view)
    return (
      <section className="ph-card" data-testid="phone-now">
        <p className="ph-lead">{t('participant:meeting.notStarted')}</p>
      </section>
    );
  const item = view.agenda.find((entry) => entry.itemId === view.currentItemId);
  return (
    <section className="ph-card" data-testid="phone-now" aria-label={t('participant:meeting.item')}>
      <p className="ph-label">{t('participant:meeting.item')}</p>
      <h2 className="ph-item" data-testid="phone-item">
        {item ? item.title : t('participant:meeting.noItem')}
      </h2>
      {item ? (
        <div className="ph-floor">
          <p className="ph-label">{t('participant:meeting.speaker')}</p>
          {speech ? (
            <>
              <p className="ph-speaker" data-testid="phone-speaker">
                {speech.pointOfOrder ? (
                  <span className="ph-chip warn">{t('participant:floor.pointOfOrder')}</span>
                ) : null}
                {speech.name}
                {speech.stance !== 'neutral' ? (
                  <span className={`ph-chip ${speech.stance}`}>
                    {t(`domain:stance.${speech.stance}`)}
                  </span>
                ) : null}
              </p>
              <Countdown speech={speech} now={now} />
            </>
          ) : (
            <p className="ph-muted">{t('participant:meeting.nobody')}</p>
          )}
          <p className="ph-queue" data-testid="phone-queue">
            {view.queueLength > 0
              ? t('participant:meeting.queue', { count: view.queueLength })
              : t('participant:meeting.queueEmpty')}
          </p>
          {queue ? (
            <p className="ph-place" data-testid="phone-place">
              {queue.position === 1
                ? t('participant:meeting.nextUp')
                : queue.position === null
                  ? t('participant:meeting.speakingNow')
                  : t('participant:meeting.yourPlace', { position: queue.position })}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** Signed in (or an observer): the meeting as it goes, the open vote first. */
export function MeetingScreen() {
  const open = usePhone((view) => view.state.self?.vote ?? null);
  const hasItem = usePhone((view) => Boolean(view.state.view?.currentItemId));
  return (
    <div className="ph-stack" data-testid="phone-meeting">
      <SelfLine />
      <PhoneError />
      {open ? <VoteCard vote={open} /> : <ResultCard />}
      <NowCard />
      {hasItem ? <FloorCard /> : null}
    </div>
  );
}
