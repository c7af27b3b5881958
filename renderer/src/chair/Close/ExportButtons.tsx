import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportStatus } from '../Documents/ExportStatus';
import { NoticeFields, useNoticeSettings } from '../Documents/NoticeFields';
import { useExport } from '../Documents/use-export';
import { useIds, useMeeting } from '../meeting-hooks';

/**
 * Signed PDFs (minutes, the notice of one decision, the sign-in sheet) and the meeting's archive,
 * saved as files: a download in a browser, a save dialog in the desktop app.
 */
export function ExportButtons() {
  const { t } = useTranslation();
  const { busy, saved, exportPdf, exportArchive } = useExport('export');
  const notice = useNoticeSettings();
  // Ids compared element by element; each vote object is taken as is from the state.
  const closedIds = useIds((state) =>
    state.voteOrder.filter((id) => state.votes[id]?.status === 'closed'),
  );
  const allVotes = useMeeting((state) => state.votes);
  const votes = closedIds.flatMap((id) => (allVotes?.[id] ? [allVotes[id]] : []));
  const [voteId, setVoteId] = useState('');
  const [attendeeSignatures, setAttendeeSignatures] = useState(false);
  const chosenVote = voteId || votes[votes.length - 1]?.voteId || '';

  return (
    <div className="export-buttons">
      <div className="row wrap">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void exportPdf({ kind: 'minutes', attendeeSignatures })}
        >
          {t('ui:chair.close.exportMinutes')}
        </button>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={attendeeSignatures}
            onChange={(event) => setAttendeeSignatures(event.target.checked)}
          />
          {t('ui:chair.documents.attendeeSignatures')}
        </label>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void exportPdf({ kind: 'signin' })}
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
          disabled={busy || votes.length === 0 || !notice.settings.postedOn}
          onClick={() =>
            void exportPdf({
              kind: 'notice',
              noticeKind: 'resolution',
              voteId: chosenVote,
              ...notice.settings,
            })
          }
        >
          {t('ui:chair.close.exportNotice')}
        </button>
      </div>
      <NoticeFields {...notice} />
      <div className="row wrap">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void exportArchive()}
        >
          {t('ui:chair.close.exportArchive')}
        </button>
      </div>
      <ExportStatus busy={busy} saved={saved} source="export" testId="export-saved" />
    </div>
  );
}
