import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/api';
import { useAppStore } from '../store/context';
import { CreateMeeting } from './CreateMeeting';
import { ErrorNote } from './ErrorNote';
import { ImportMeeting } from './ImportMeeting';
import { useFormat } from './format';

const FIRST_RUN_KEY = 'yishiting.firstRunDone';
const GROUPS = ['draft', 'open', 'closed'] as const;

/**
 * Opens a demo the very first time the desktop app starts with no meeting, so there is something
 * to try. Only in the desktop app for now: the browser console (npm run serve, its e2e tests)
 * keeps the home screen, see the chair-console report.
 */
function firstRun(): boolean {
  if (!window.yishitingChair) return false;
  try {
    if (localStorage.getItem(FIRST_RUN_KEY)) return false;
    localStorage.setItem(FIRST_RUN_KEY, '1');
    return true;
  } catch {
    return false;
  }
}

export function Home() {
  const { t } = useTranslation();
  const meetings = useAppStore((state) => state.meetings);
  const demos = useAppStore((state) => state.demos);
  const connected = useAppStore((state) => state.connected);
  const refreshMeetings = useAppStore((state) => state.refreshMeetings);
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

  const noMeetings = meetings.length === 0;
  const firstDemo = demos[0]?.seedId;
  useEffect(() => {
    if (connected && noMeetings && firstDemo && !location.hash && firstRun())
      void openDemo(firstDemo);
  }, [connected, noMeetings, firstDemo, openDemo]);

  return (
    <main className="home">
      <section aria-labelledby="meetings-heading" className="home-meetings">
        <h1 id="meetings-heading">{t('ui:home.meetings')}</h1>
        {noMeetings ? <p className="muted">{t('ui:home.noMeetings')}</p> : null}
        {GROUPS.map((status) => (
          <MeetingGroup
            key={status}
            status={status}
            meetings={meetings.filter((m) => m.status === status)}
          />
        ))}
        <ErrorNote source="meetings" />
        <ErrorNote source="open" />
      </section>
      <div className="home-side">
        <CreateMeeting />
        <section aria-labelledby="demos-heading" className="panel">
          <h2 id="demos-heading">{t('ui:home.demos')}</h2>
          {demos.length === 0 ? <p className="muted">{t('ui:chair.home.noDemos')}</p> : null}
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
        <ImportMeeting />
      </div>
    </main>
  );
}

function MeetingGroup({
  status,
  meetings,
}: {
  status: (typeof GROUPS)[number];
  meetings: readonly MeetingSummary[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const openMeeting = useAppStore((state) => state.openMeeting);
  if (meetings.length === 0) return null;
  return (
    <section aria-labelledby={`group-${status}`}>
      <h2 id={`group-${status}`} className="group-heading">
        {t(`ui:chair.home.group.${status}`)}
      </h2>
      <ul className="meeting-list">
        {meetings.map((meeting) => (
          <li key={meeting.meetingId}>
            <button type="button" onClick={() => void openMeeting(meeting.meetingId)}>
              <strong>{meeting.title}</strong>
              <span>{meeting.date ? format.date(meeting.date) : ''}</span>
              <span className={`badge status-${meeting.status}`}>
                {t(`ui:status.${meeting.status}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
