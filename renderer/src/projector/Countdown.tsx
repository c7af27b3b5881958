import { useTranslation } from 'react-i18next';
import { remainingMs, elapsedMs, isPaused, type ProjectorSpeech } from '../../../shared/domain';
import { clockText } from './format';

/** The last this many ms of a speech show amber, so a speaker sees the end coming. */
export const WARN_MS = 30_000;

/**
 * The speaker's countdown, from the recorded start time and pauses: amber near the limit, red
 * with '+m:ss' on overrun; without a limit it counts up.
 */
export function Countdown({ speech, now }: { speech: ProjectorSpeech; now: number }) {
  const { t } = useTranslation();
  const left = remainingMs(speech, now);
  const phase = left === null ? 'free' : left < 0 ? 'overrun' : left <= WARN_MS ? 'warn' : 'normal';
  const text = left === null ? clockText(elapsedMs(speech, now)) : clockText(left);
  return (
    <div
      className={`pj-countdown ${phase}`}
      data-testid="projector-countdown"
      data-phase={phase}
      role="timer"
      aria-live="off"
    >
      <span className="pj-countdown-digits">{text}</span>
      <span className="pj-countdown-note">
        {isPaused(speech)
          ? t('ui:projector.paused')
          : phase === 'overrun'
            ? t('ui:projector.overrun')
            : left === null
              ? t('ui:projector.noLimit')
              : ''}
      </span>
    </div>
  );
}
