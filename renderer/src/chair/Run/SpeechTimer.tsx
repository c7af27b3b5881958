import { useTranslation } from 'react-i18next';
import { countdownView, currentSpeech, isPaused, type Speech } from '../../../../shared/domain';
import { useAppStore } from '../../store/context';
import { useDerived } from '../../store/derived';
import { useNow } from '../clock';
import { ErrorNote } from '../ErrorNote';
import { useMeeting } from '../meeting-hooks';

/** The speaker holding the floor and their time; every control also has a key (see Shortcuts). */
export function SpeechTimer() {
  const { t } = useTranslation();
  const speech = useDerived('speech', currentSpeech);
  const name = useMeeting((state) => (speech ? state.members[speech.memberId]?.name : undefined));
  const queued = useMeeting((state) =>
    state.currentItemId ? (state.queues[state.currentItemId]?.length ?? 0) : 0,
  );
  const callNext = useAppStore((state) => state.callNext);
  const toggleTimer = useAppStore((state) => state.toggleTimer);
  const endSpeech = useAppStore((state) => state.endSpeech);
  const extendSpeech = useAppStore((state) => state.extendSpeech);
  const paused = speech ? isPaused(speech) : false;
  return (
    <section className="panel timer" aria-labelledby="timer-heading">
      <h2 id="timer-heading">{t('ui:chair.timer.heading')}</h2>
      {speech ? (
        <div className="timer-body">
          <p className="timer-speaker" data-testid="speaker">
            {name}
            {speech.pointOfOrder ? (
              <span className="badge warn">{t('ui:chair.queue.pointOfOrder')}</span>
            ) : null}
          </p>
          <TimerClock speech={speech} />
        </div>
      ) : (
        <p className="muted">{t('ui:chair.timer.nobody')}</p>
      )}
      <div className="row wrap">
        <button type="button" onClick={() => void callNext()} disabled={!queued}>
          {t('ui:chair.timer.next')} <kbd>N</kbd>
        </button>
        <button type="button" onClick={() => void toggleTimer()} disabled={!speech && !queued}>
          {!speech
            ? t('ui:chair.timer.start')
            : paused
              ? t('ui:chair.timer.resume')
              : t('ui:chair.timer.pause')}{' '}
          <kbd>T</kbd>
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void extendSpeech(60)}
          disabled={!speech}
        >
          {t('ui:chair.timer.extend')} <kbd>X</kbd>
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void endSpeech()}
          disabled={!speech}
        >
          {t('ui:chair.timer.end')} <kbd>E</kbd>
        </button>
      </div>
      <ErrorNote source="timer" />
    </section>
  );
}

/**
 * The countdown is computed from the recorded start and pauses against the clock each frame it
 * shows; nothing in the store ticks. The server's clock offset keeps it in step with main, and
 * countdownView is the projector's own computation: amber near the limit, red past it, and the
 * same second on both screens.
 */
function TimerClock({ speech }: { speech: Speech }) {
  const { t } = useTranslation();
  const offset = useAppStore((state) => state.clockOffsetMs);
  const paused = isPaused(speech);
  const running = !paused && speech.endedAt === null;
  const clock = countdownView(speech, Math.max(useNow(running) + offset, speech.startedAt));
  return (
    <div className={`timer-clock ${clock.phase}`} data-phase={clock.phase}>
      <span className="timer-digits" data-testid="timer" aria-label={t('ui:chair.timer.clock')}>
        {clock.text}
      </span>
      <span className="timer-state">
        {clock.phase === 'overrun'
          ? t('ui:chair.timer.overrun', { time: clock.text.slice(1) })
          : paused
            ? t('ui:chair.timer.paused')
            : clock.phase === 'free'
              ? t('ui:chair.timer.noLimit')
              : t('ui:chair.timer.limit', { time: limitText(speech.limitMs) })}
      </span>
    </div>
  );
}

/** The limit as the clock face writes it (m:ss). */
function limitText(limitMs: number): string {
  const total = Math.round(limitMs / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
