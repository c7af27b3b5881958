import { memo } from 'react';
import { useTranslation } from 'react-i18next';

type TopBarProps = Readonly<{
  title: string;
  present: number;
  expected: number;
  quorumMet: boolean | null;
  /** 'HH:MM' on the meeting's clock (format.ts timeOfDay). */
  clock: string;
}>;

/**
 * Title, clock and attendance: always on screen, so the room knows where it is at a glance.
 * Memoised on what it shows: a room of phones voting sends a new view fifty times a second and
 * the clock ticks five times, while these words change a few times in a meeting.
 */
export const TopBar = memo(function TopBar({
  title,
  present,
  expected,
  quorumMet,
  clock,
}: TopBarProps) {
  const { t } = useTranslation();
  const quorum =
    quorumMet === null ? null : quorumMet ? 'ui:projector.quorumMet' : 'ui:projector.quorumNotMet';
  return (
    <header className="pj-top">
      <h1 className="pj-title">{title}</h1>
      <div className="pj-top-side">
        <span className="pj-attendance" data-testid="projector-attendance">
          {t('ui:projector.present', { present, expected })}
        </span>
        {quorum ? (
          <span
            className={quorumMet ? 'pj-chip ok' : 'pj-chip warn'}
            data-testid="projector-quorum"
          >
            {t(quorum)}
          </span>
        ) : null}
        <time className="pj-clock">{clock}</time>
      </div>
    </header>
  );
});
