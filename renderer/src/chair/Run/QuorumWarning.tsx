import { useTranslation } from 'react-i18next';
import { checkQuorum, PRESETS } from '../../../../shared/domain/rules';
import { useAttendance } from '../../store/derived';
import { useFormat } from '../format';
import { useMeeting } from '../meeting-hooks';

/**
 * Before a vote opens: says when the quorum of the rule it will use is not met. A warning, not a
 * block: people may still be arriving, and the core records a vote that closes below quorum as
 * invalid rather than passed.
 */
export function QuorumWarning({ presetId }: { presetId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const attendance = useAttendance();
  const meetingPreset = useMeeting((state) => state.meeting?.preset);
  const preset = PRESETS.find((p) => p.id === presetId) ?? meetingPreset;
  if (!attendance || !preset || preset.kind === 'evaluation') return null;
  const quorum = checkQuorum(preset, {
    members: attendance.members,
    present: attendance.presentTally,
  });
  if (quorum.met) return null;
  return (
    <p className="quorum-warning" role="status" data-testid="quorum-warning">
      {t('ui:chair.safety.belowQuorum', {
        present: t('ui:chair.attendance.present', {
          present: format.number(attendance.present),
          expected: format.number(attendance.expected),
        }),
      })}
    </p>
  );
}
