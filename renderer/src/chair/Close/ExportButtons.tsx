import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../../shared/i18n';
import { saveFile } from '../../settings/files';
import { useAppStore } from '../../store/context';
import { ErrorNote } from '../ErrorNote';
import { useIds, useMeeting } from '../meeting-hooks';

type Kind = 'minutes' | 'notice' | 'signin';

/**
 * Signed PDFs (minutes, the notice of one decision, the sign-in sheet) and the meeting's archive,
 * saved as files: a download in a browser, a save dialog in the desktop app.
 */
export function ExportButtons() {
  const { t, i18n } = useTranslation();
  const api = useAppStore((state) => state.api);
  const meetingId = useAppStore((state) => state.snapshot?.meetingId ?? '');
  const reportError = useAppStore((state) => state.reportError);
  // Ids compared element by element; each vote object is taken as is from the state.
  const closedIds = useIds((state) =>
    state.voteOrder.filter((id) => state.votes[id]?.status === 'closed'),
  );
  const allVotes = useMeeting((state) => state.votes);
  const votes = closedIds.flatMap((id) => (allVotes?.[id] ? [allVotes[id]] : []));
  const [voteId, setVoteId] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const chosenVote = voteId || votes[votes.length - 1]?.voteId || '';

  const run = async (
    work: () => Promise<
      | { ok: true; value: { fileName: string; base64: string } }
      | { ok: false; error: { code: string; params: Record<string, string | number> } }
    >,
    type: string,
  ) => {
    setBusy(true);
    setSaved(null);
    const result = await work();
    setBusy(false);
    reportError('export', result.ok ? null : result.error);
    if (!result.ok) return;
    saveFile(result.value.fileName, result.value.base64, type);
    setSaved(result.value.fileName);
  };

  const exportPdf = (kind: Kind) =>
    run(
      () =>
        api.call('documents/export', {
          meetingId,
          kind,
          locale: isLocale(i18n.language) ? i18n.language : 'zh-CN',
          ...(kind === 'notice' && chosenVote ? { voteId: chosenVote } : {}),
        }),
      'application/pdf',
    );

  return (
    <div className="export-buttons">
      <div className="row wrap">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void exportPdf('minutes')}
        >
          {t('ui:chair.close.exportMinutes')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void exportPdf('signin')}
        >
          {t('ui:chair.close.exportSignIn')}
        </button>
      </div>
      <div className="row wrap">
        <label>
          {t('ui:chair.close.noticeVote')}
          <select
            value={chosenVote}
            onChange={(event) => setVoteId(event.target.value)}
            disabled={votes.length === 0}
          >
            {votes.map((vote) => (
              <option key={vote?.voteId} value={vote?.voteId}>
                {vote?.question}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="secondary"
          disabled={busy || votes.length === 0}
          onClick={() => void exportPdf('notice')}
        >
          {t('ui:chair.close.exportNotice')}
        </button>
      </div>
      <div className="row wrap">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() =>
            void run(() => api.call('meetings/exportArchive', { meetingId }), 'application/zip')
          }
        >
          {t('ui:chair.close.exportArchive')}
        </button>
      </div>
      {busy ? <p className="muted">{t('ui:chair.close.exporting')}</p> : null}
      {saved ? (
        <p className="muted" role="status" data-testid="export-saved">
          {t('ui:chair.close.exportDone', { file: saved })}
        </p>
      ) : null}
      <ErrorNote source="export" />
    </div>
  );
}
