import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/context';
import { ErrorNote } from './ErrorNote';

export function Home() {
  const { t } = useTranslation();
  const meetings = useAppStore((state) => state.meetings);
  const demos = useAppStore((state) => state.demos);
  const connected = useAppStore((state) => state.connected);
  const refreshMeetings = useAppStore((state) => state.refreshMeetings);
  const openMeeting = useAppStore((state) => state.openMeeting);
  const openDemo = useAppStore((state) => state.openDemo);

  useEffect(() => {
    if (!connected) return;
    void refreshMeetings().then(() => {
      // The benchmark's 'interactive' point: the list from the backend is on screen and clickable.
      if (performance.getEntriesByName('yishiting:interactive').length === 0) {
        performance.mark('yishiting:interactive');
      }
    });
  }, [connected, refreshMeetings]);

  return (
    <main className="home">
      <section aria-labelledby="meetings-heading">
        <h1 id="meetings-heading">{t('ui:home.meetings')}</h1>
        {meetings.length === 0 ? <p className="muted">{t('ui:home.noMeetings')}</p> : null}
        <ul className="meeting-list">
          {meetings.map((meeting) => (
            <li key={meeting.meetingId}>
              <button type="button" onClick={() => void openMeeting(meeting.meetingId)}>
                <strong>{meeting.title}</strong>
                <span>{meeting.date}</span>
                <span className="badge">{t(`ui:status.${meeting.status}`)}</span>
              </button>
            </li>
          ))}
        </ul>
        <ErrorNote source="meetings" />
        <ErrorNote source="open" />
      </section>
      <section aria-labelledby="demos-heading">
        <h2 id="demos-heading">{t('ui:home.demos')}</h2>
        <ul className="meeting-list">
          {demos.map((demo) => (
            <li key={demo.seedId}>
              <button type="button" onClick={() => void openDemo(demo.seedId)}>
                <strong>{demo.title}</strong>
                <span className="badge">{t('ui:home.demo')}</span>
              </button>
            </li>
          ))}
        </ul>
        <ErrorNote source="demo" />
      </section>
    </main>
  );
}
