import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportStatus } from '../Documents/ExportStatus';
import { NoticeCheckNote, useNoticeCheck } from '../Documents/NoticeCheckNote';
import { NoticeFields, useNoticeSettings } from '../Documents/NoticeFields';
import { SignInPhone } from '../Documents/SignInPhone';
import { useExport } from '../Documents/use-export';
import { useLocale } from '../format';
import { useIds, useMeeting } from '../meeting-hooks';

/**
 * Signed PDFs (minutes, the notice of one decision, the sign-in sheet) and the meeting's archive,
 * saved as files: a download in a browser, a save dialog in the desktop app. One group per
 * document, stacked, so a long vote question wraps in its own line and never pushes a button out
 * of the column.
 */
export function ExportButtons() {
  const { t } = useTranslation();
  const { busy, saved, exportPdf, exportArchive } = useExport('export');
  const notice = useNoticeSettings();
  // Ids compared element by element; each vote object is taken as is from the state.
  const closedIds = useIds((state) =>
    state.voteOrder.filter((id) => state.votes[id]?.status === 'closed'),
  );
  const voteOrder = useIds((state) => state.voteOrder);
  const allVotes = useMeeting((state) => state.votes);
  const votes = closedIds.flatMap((id) => (allVotes?.[id] ? [allVotes[id]] : []));
  const [voteId, setVoteId] = useState('');
  const [attendeeSignatures, setAttendeeSignatures] = useState(false);
  const [phone, setPhone] = useState(false);
  const chosenVote = voteId || votes[votes.length - 1]?.voteId || '';
  const chosenQuestion = allVotes?.[chosenVote]?.question ?? '';
  // The guard rails the export applies, shown before it: a refusal disables the button.
  const locale = useLocale();
  const check = useNoticeCheck(
    chosenVote
      ? { locale, kind: 'resolution', voteId: chosenVote, postedOn: notice.settings.postedOn }
      : null,
  );

  return (
    <div className="export-buttons">
      <div className="export-group">
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
      </div>
      <div className="export-group">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void exportPdf({ kind: 'signin', phone })}
        >
          {t('ui:chair.close.exportSignIn')}
        </button>
        <SignInPhone checked={phone} onChange={setPhone} />
      </div>
      <div className="export-group">
        <label className="field">
          {t('ui:chair.close.noticeVote')}
          <select
            value={chosenVote}
            onChange={(event) => setVoteId(event.target.value)}
            disabled={votes.length === 0}
          >
            {votes.map((vote) => (
              <option key={vote.voteId} value={vote.voteId}>
                {t('ui:chair.close.voteOption', {
                  num: voteOrder.indexOf(vote.voteId) + 1,
                  question: vote.question,
                })}
              </option>
            ))}
          </select>
        </label>
        {chosenQuestion ? (
          <p className="chosen-question muted" data-testid="notice-question">
            {chosenQuestion}
          </p>
        ) : null}
        <NoticeFields {...notice} />
        <NoticeCheckNote check={check} />
        <button
          type="button"
          className="secondary"
          disabled={busy || votes.length === 0 || !notice.settings.postedOn || !!check.refusal}
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
      <div className="export-group">
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
