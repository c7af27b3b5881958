import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorNote } from '../ErrorNote';
import { useFormat } from '../format';
import { useMeeting } from '../meeting-hooks';
import { ExportButtons } from './ExportButtons';

/** Ends the meeting (the 散会 time the minutes print) and offers the exports. */
export function CloseMeeting() {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useMeeting((state) => state.meeting?.status);
  const closedAt = useMeeting((state) => state.meeting?.closedAt ?? null);
  const openedAt = useMeeting((state) => state.meeting?.openedAt ?? null);
  const openVote = useMeeting((state) => state.openVoteId !== null);
  const send = useAppStore((state) => state.send);
  const [confirming, setConfirming] = useState(false);
  const cancel = useCallback(() => setConfirming(false), []);
  return (
    <section className="panel close-meeting" aria-labelledby="close-heading">
      <h2 id="close-heading">{t('ui:chair.close.heading')}</h2>
      {openedAt ? <p>{t('ui:chair.close.openedAt', { time: format.time(openedAt) })}</p> : null}
      {status === 'closed' && closedAt ? (
        <p className="close-time" data-testid="closed-at">
          {t('ui:chair.close.closedAt', { time: format.time(closedAt) })}
        </p>
      ) : null}
      {status === 'open' ? (
        <>
          <p className="muted">{t('ui:chair.close.explain')}</p>
          {openVote ? <p className="error-note">{t('ui:chair.close.voteStillOpen')}</p> : null}
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('ui:chair.close.end')}
          </button>
          {/* 散会 cannot be undone: asked once more, Enter confirms. */}
          <ConfirmDialog
            open={confirming}
            title={t('ui:chair.safety.adjourn.title')}
            body={t('ui:chair.safety.adjourn.body')}
            confirmLabel={t('ui:chair.safety.adjourn.confirm')}
            onConfirm={() => {
              setConfirming(false);
              void send('close', { type: 'meeting/close' });
            }}
            onCancel={cancel}
          />
        </>
      ) : null}
      {status === 'draft' ? <p className="muted">{t('ui:chair.close.notStarted')}</p> : null}
      <ErrorNote source="close" />
      <h3>{t('ui:chair.close.export')}</h3>
      <ExportButtons />
    </section>
  );
}
