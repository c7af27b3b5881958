import { useTranslation } from 'react-i18next';
import { countdownView, type ProjectorSpeech } from '../../../shared/domain';

/**
 * The speaker's countdown, from the recorded start time and pauses: amber near the limit, red
 * with '+m:ss' on overrun; without a limit it counts up. The chair's timer prints the same
 * countdownView, so the two never differ.
 */
export function Countdown({ speech, now }: { speech: ProjectorSpeech; now: number }) {
  const { t } = useTranslation();
  const clock = countdownView(speech, now);
  const { phase } = clock;
  return (
    <div
      className={`pj-countdown ${phase}`}
      data-testid="projector-countdown"
      data-phase={phase}
      role="timer"
      aria-live="off"
    >
      <span className="pj-countdown-digits">{clock.text}</span>
      <span className="pj-countdown-note">
        {clock.paused
          ? t('ui:projector.paused')
          : phase === 'overrun'
            ? t('ui:projector.overrun')
            : phase === 'free'
              ? t('ui:projector.noLimit')
              : ''}
      </span>
    </div>
  );
}
