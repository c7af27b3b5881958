import { lazy, Suspense, useEffect } from 'react';
import '../styles/chair.css';
import '../styles/chair-run.css';
import '../styles/chair-people.css';
import '../styles/chair-vote.css';
import '../styles/chair-prepare.css';
import '../styles/chair-close.css';
import { useAppStore } from '../store/context';
import { Header } from './Header';
import { Home } from './Home';

// The meeting screens (preparation, the live run, minutes) load when a meeting opens, so the home
// screen is ready sooner on a cold start.
const MeetingScreen = lazy(() =>
  import('./MeetingScreen').then((module) => ({ default: module.MeetingScreen })),
);

/** The chair console: home until a meeting is open, then the meeting. A reload reopens it. */
export function ChairApp() {
  const meetingId = useAppStore((state) => state.snapshot?.meetingId ?? null);
  const connected = useAppStore((state) => state.connected);
  const openMeeting = useAppStore((state) => state.openMeeting);
  const setTab = useAppStore((state) => state.setTab);

  // After a reload or a reconnect, reopen the meeting named in the URL and take main's snapshot.
  useEffect(() => {
    const match = /meeting=([^&]+)/.exec(location.hash);
    if (connected && match?.[1]) void openMeeting(decodeURIComponent(match[1]));
  }, [connected, openMeeting]);

  // Another meeting opens on the screen that fits its status, not the one left from the last.
  useEffect(() => {
    setTab(null);
  }, [meetingId, setTab]);

  return (
    <div className="chair">
      <Header />
      {meetingId ? (
        <Suspense fallback={null}>
          <MeetingScreen />
        </Suspense>
      ) : (
        <Home />
      )}
    </div>
  );
}
