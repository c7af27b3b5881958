import { useEffect } from 'react';
import { useAppStore } from '../store/context';
import { Header } from './Header';
import { Home } from './Home';
import { MeetingScreen } from './MeetingScreen';

/** The chair console: home until a meeting is open, then the meeting. A reload reopens it. */
export function ChairApp() {
  const hasMeeting = useAppStore((state) => state.snapshot !== null);
  const connected = useAppStore((state) => state.connected);
  const openMeeting = useAppStore((state) => state.openMeeting);

  // After a reload or a reconnect, reopen the meeting named in the URL and take main's snapshot.
  useEffect(() => {
    const match = /meeting=([^&]+)/.exec(location.hash);
    if (connected && match?.[1]) void openMeeting(decodeURIComponent(match[1]));
  }, [connected, openMeeting]);

  return (
    <div className="chair">
      <Header />
      {hasMeeting ? <MeetingScreen /> : <Home />}
    </div>
  );
}
