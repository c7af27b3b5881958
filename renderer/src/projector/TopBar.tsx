import { useTranslation } from 'react-i18next';
import type { ProjectorView } from '../../../shared/domain';
import { timeOfDay } from './format';

/** Title, clock and attendance: always on screen, so the room knows where it is at a glance. */
export function TopBar({ view, now }: { view: ProjectorView; now: number }) {
  const { t } = useTranslation();
  const { attendance } = view;
  const quorum =
    attendance.quorumMet === null
      ? null
      : attendance.quorumMet
        ? 'ui:projector.quorumMet'
        : 'ui:projector.quorumNotMet';
  return (
    <header className="pj-top">
      <h1 className="pj-title">{view.meeting?.title ?? ''}</h1>
      <div className="pj-top-side">
        <span className="pj-attendance" data-testid="projector-attendance">
          {t('ui:projector.present', {
            present: attendance.present,
            expected: attendance.expected,
          })}
        </span>
        {quorum ? (
          <span
            className={attendance.quorumMet ? 'pj-chip ok' : 'pj-chip warn'}
            data-testid="projector-quorum"
          >
            {t(quorum)}
          </span>
        ) : null}
        <time className="pj-clock">{timeOfDay(now, view.meeting?.timeZone)}</time>
      </div>
    </header>
  );
}
