import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { ConfirmDialog } from '../ConfirmDialog';

/** The question behind V or 结束表决 when the step cannot be taken back; Enter answers yes. */
export function VoteConfirm() {
  const { t } = useTranslation();
  const confirming = useAppStore((state) => state.confirming);
  const setConfirming = useAppStore((state) => state.setConfirming);
  const closeVote = useAppStore((state) => state.closeVote);
  const openVote = useAppStore((state) => state.openVote);
  const cancel = useCallback(() => setConfirming(null), [setConfirming]);
  const which = confirming ?? 'closeVote';
  return (
    <ConfirmDialog
      open={confirming !== null}
      title={t(`ui:chair.safety.${which}.title`)}
      body={t(`ui:chair.safety.${which}.body`)}
      confirmLabel={t(`ui:chair.safety.${which}.confirm`)}
      onConfirm={() => void (which === 'closeVote' ? closeVote() : openVote())}
      onCancel={cancel}
    />
  );
}
