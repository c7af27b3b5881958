import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { Icon } from '../../icons/Icon';
import { useMeeting } from '../meeting-hooks';

/**
 * "已为某某签退" with its undo, shown while undo would take back exactly that sign-out: once
 * another step is taken (or the person is back), the offer goes, so it never undoes anything else.
 */
export function SignOutToast({ memberId, onDone }: { memberId: string | null; onDone(): void }) {
  const { t } = useTranslation();
  const name = useMeeting((state) => (memberId ? state.members[memberId]?.name : undefined));
  const current = useMeeting((state) => {
    const top = state.undo[state.undo.length - 1]?.type;
    const status = memberId ? state.attendance[memberId]?.status : undefined;
    return top === 'roster/signedOut' && status !== 'present';
  });
  const undo = useAppStore((state) => state.undo);
  if (!memberId || !name || !current) return null;
  return (
    <div className="toast" role="status" data-testid="signout-toast">
      <span>{t('ui:chair.safety.signedOut', { name })}</span>
      <button
        type="button"
        onClick={() => {
          onDone();
          void undo();
        }}
      >
        {t('ui:chair.safety.undoSignOut')}
      </button>
      <button
        type="button"
        className="secondary"
        aria-label={t('ui:chair.safety.dismiss')}
        onClick={onDone}
      >
        <Icon name="cross" />
      </button>
    </div>
  );
}
