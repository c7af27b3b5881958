import { useTranslation } from 'react-i18next';
import { describeQuorum } from '../../../../shared/domain/rules';
import { useAttendance } from '../../store/derived';
import { useFormat } from '../format';
import { useMeeting } from '../meeting-hooks';

/** 实到 / 应到 and whether the quorum is met, as the core computes them; always on screen. */
export function QuorumBadge() {
  const { t } = useTranslation();
  const format = useFormat();
  const attendance = useAttendance();
  const preset = useMeeting((state) => state.meeting?.preset);
  if (!attendance) return null;
  const met = attendance.quorum?.met ?? false;
  return (
    <div className="quorum" aria-live="polite" data-testid="quorum">
      <span className="quorum-count">
        {t('ui:chair.attendance.present', {
          present: format.number(attendance.present),
          expected: format.number(attendance.expected),
        })}
      </span>
      <span className={met ? 'badge ok' : 'badge warn'} data-testid="quorum-badge">
        {met ? t('ui:chair.attendance.quorumMet') : t('ui:chair.attendance.quorumNotMet')}
      </span>
      {preset ? (
        <span className="quorum-rule muted">{describeQuorum(preset, format.locale)}</span>
      ) : null}
    </div>
  );
}
