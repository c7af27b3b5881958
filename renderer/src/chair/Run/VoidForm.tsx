import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';

/** 作废: a vote is only ever voided with a recorded reason; it cannot be undone. */
export function VoidForm({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const send = useAppStore((state) => state.send);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <button type="button" className="secondary danger" onClick={() => setOpen(true)}>
        {t('ui:chair.vote.void')}
      </button>
    );
  }
  return (
    <form
      className="void-form row wrap"
      onSubmit={(event) => {
        event.preventDefault();
        void send('vote', { type: 'vote/void', voteId, reason }).then((ok) => {
          if (ok) setOpen(false);
        });
      }}
    >
      <label htmlFor={`void-${voteId}`}>{t('ui:chair.vote.voidReason')}</label>
      <input
        id={`void-${voteId}`}
        value={reason}
        maxLength={2000}
        required
        autoFocus
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className="danger" disabled={reason.trim() === ''}>
        {t('ui:chair.vote.voidConfirm')}
      </button>
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        {t('ui:chair.common.cancel')}
      </button>
    </form>
  );
}
