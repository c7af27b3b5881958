import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browserDeps } from './browser';
import { SessionContext, usePhone } from './context';
import { screenOf } from './machine';
import { createSession, type Session } from './session';
import { PhoneHeader } from './PhoneHeader';
import { CodeScreen, PickScreen, WaitingScreen } from './JoinScreens';
import { SignInScreen } from './SignInScreen';
import { MeetingScreen } from './MeetingScreen';
import { ClosedScreen, DeadScreen, NoticeScreen } from './EndScreens';
import '../styles/participant.css';

// One session per page load: React's StrictMode mounts twice, and a slip's code is redeemed once.
let pageSession: Session | null = null;

function Screen() {
  const { t } = useTranslation();
  const screen = usePhone((view) => screenOf(view.state));
  switch (screen) {
    case 'code':
      return <CodeScreen />;
    case 'slip':
      return <NoticeScreen text={t('participant:slip.joining')} />;
    case 'pick':
      return <PickScreen />;
    case 'waiting':
      return <WaitingScreen />;
    case 'connecting':
      return <NoticeScreen text={t('participant:connecting')} />;
    case 'signIn':
      return <SignInScreen />;
    case 'meeting':
      return <MeetingScreen />;
    case 'closed':
      return <ClosedScreen />;
    case 'dead':
      return <DeadScreen />;
  }
}

/** The banner while the socket is down: the page stays readable, its buttons wait. */
function Reconnecting() {
  const { t } = useTranslation();
  const shown = usePhone(
    (view) =>
      !view.state.connected &&
      view.state.everConnected &&
      (view.state.phase.kind === 'member' ||
        view.state.phase.kind === 'pick' ||
        view.state.phase.kind === 'waiting'),
  );
  if (!shown) return null;
  return (
    <p className="ph-banner" role="status" data-testid="phone-reconnecting">
      {t('participant:reconnecting')}
    </p>
  );
}

/**
 * The attendee's phone page (/join): joining the room, signing in, asking for the floor and
 * voting, with the meeting's current item, speaker and queue. It shows only what the server
 * pushes to this member: never notes, phone numbers or anyone's secret choice.
 */
export function ParticipantApp({ route }: { route: { room?: string; code?: string } }) {
  const [session] = useState(() => (pageSession ??= createSession(route, browserDeps())));
  useEffect(() => session.start(), [session]);
  return (
    <SessionContext.Provider value={session}>
      <div className="phone">
        <PhoneHeader />
        <Reconnecting />
        <main className="ph-main">
          <Screen />
        </main>
      </div>
    </SessionContext.Provider>
  );
}
