import { useTranslation } from 'react-i18next';
import {
  currentSpeech,
  elapsedMs,
  isPaused,
  remainingMs,
  type Speech,
} from '../../../../shared/domain';
import { useAppStore } from '../../store/context';
import { useDerived } from '../../store/derived';
import { useNow } from '../clock';
import { ErrorNote } from '../ErrorNote';
import { useFormat } from '../format';
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
 * shows; nothing in the store ticks. The server's clock offset keeps it in step with main.
 */
function TimerClock({ speech }: { speech: Speech }) {
  const { t } = useTranslation();
  const format = useFormat();
  const offset = useAppStore((state) => state.clockOffsetMs);
  const paused = isPaused(speech);
  const running = !paused && speech.endedAt === null;
  const clock = useNow(running) + offset;
  // Paused, the time stands where the pause began; running, it follows the clock (never before the start).
  const pausedAt = speech.pauses[speech.pauses.length - 1]?.from ?? speech.startedAt;
  const now = paused ? pausedAt : Math.max(clock, speech.startedAt);
  const left = remainingMs(speech, now);
  const spoken = elapsedMs(speech, now);
  const over = left !== null && left < 0;
  return (
    <div className={over ? 'timer-clock over' : 'timer-clock'}>
      <span className="timer-digits" data-testid="timer" aria-label={t('ui:chair.timer.clock')}>
        {left === null
          ? format.duration(spoken)
          : over
            ? `+${format.duration(left)}`
            : format.duration(left)}
      </span>
      <span className="timer-state">
        {over
          ? t('ui:chair.timer.overrun', { time: format.duration(left ?? 0) })
          : paused
            ? t('ui:chair.timer.paused')
            : left === null
              ? t('ui:chair.timer.noLimit')
              : t('ui:chair.timer.limit', { time: format.duration(speech.limitMs) })}
      </span>
    </div>
  );
}
