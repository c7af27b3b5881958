import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/api';
import { afterFirstScreen, INTERACTIVE_MARK } from '../first-screen';
import { IssuerSetup } from '../settings/IssuerSetup';
import { useAppStore } from '../store/context';
import { CreateMeeting } from './CreateMeeting';
import { ErrorNote } from './ErrorNote';
import { ImportMeeting } from './ImportMeeting';
import { useFormat } from './format';

const GROUPS = ['draft', 'open', 'closed'] as const;

export function Home() {
  const { t } = useTranslation();
  const meetings = useAppStore((state) => state.meetings);
  const demos = useAppStore((state) => state.demos);
  const connected = useAppStore((state) => state.connected);
  const refreshMeetings = useAppStore((state) => state.refreshMeetings);
  const openDemo = useAppStore((state) => state.openDemo);

  const [listed, setListed] = useState(false);
  useEffect(() => {
    if (!connected) return;
    void refreshMeetings().then(() => setListed(true));
  }, [connected, refreshMeetings]);
  // The benchmark's 'interactive' point: the list from the backend rendered, and the frame that
  // shows it painted (a task after the next animation frame), so the chair can click it.
  useEffect(() => {
    if (!listed || performance.getEntriesByName(INTERACTIVE_MARK).length > 0) return;
    requestAnimationFrame(() => setTimeout(() => performance.mark(INTERACTIVE_MARK), 0));
  }, [listed]);

  const noMeetings = meetings.length === 0;
  const firstDemo = demos[0]?.seedId;
  // A first start (of this data folder, desktop or browser) opens a demo meeting, so there is
  // something real to try before anything is typed; main answers true only once. Asked once the
  // list is shown: the question changes state, so the early socket cannot ask it, and asking it
  // sooner would load the contract's schemas while the first screen waits.
  const api = useAppStore((state) => state.api);
  useEffect(() => {
    if (!connected || !noMeetings || !firstDemo || location.hash) return;
    return afterFirstScreen(() => {
      void api.call('meetings/firstRun', {}).then((result) => {
        if (result.ok && result.value.first) void openDemo(firstDemo);
      });
    });
  }, [api, connected, noMeetings, firstDemo, openDemo]);

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
        <IssuerSetup />
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
