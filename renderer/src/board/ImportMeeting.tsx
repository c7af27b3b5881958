import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../chair/ErrorNote';
import { useAppStore } from '../store/context';

/** Imports a meeting's action items (its resolution's 行动事项) not yet on the board. */
export function ImportMeeting() {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const meetings = useAppStore((state) => state.meetings);
  const refreshMeetings = useAppStore((state) => state.refreshMeetings);
  const reportError = useAppStore((state) => state.reportError);
  const [meetingId, setMeetingId] = useState('');
  const [done, setDone] = useState<number | null>(null);
  useEffect(() => {
    void refreshMeetings();
  }, [refreshMeetings]);
  const run = async () => {
    if (!meetingId) return;
    const result = await api.call('followup/importMeeting', { meetingId });
    reportError('board:import', result.ok ? null : result.error);
    setDone(result.ok ? result.value.imported : null);
  };
  return (
    <fieldset className="board-import">
      <legend>{t('ui:board.import')}</legend>
      <label>
        {t('ui:board.importMeeting')}
        <select value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
          <option value="">{t('ui:board.chooseMeeting')}</option>
          {meetings.map((m) => (
            <option key={m.meetingId} value={m.meetingId}>
              {m.date} {m.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!meetingId} onClick={() => void run()}>
        {t('ui:board.importDo')}
      </button>
      {done !== null ? <span role="status">{t('ui:board.imported', { count: done })}</span> : null}
      <ErrorNote source="board:import" />
    </fieldset>
  );
}
