import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { DisplayMessage } from '../DisplayMessage';
import { ErrorNote } from '../ErrorNote';
import { HelpOverlay } from '../Shortcuts/HelpOverlay';
import { useShortcuts } from '../Shortcuts/useShortcuts';
import { useMeeting } from '../meeting-hooks';
import { SpeechSummaries } from '../SpeechSummaries';
import { AgendaSidebar } from './AgendaSidebar';
import { CurrentItem } from './CurrentItem';
import { ItemNotes, MeetingMemo } from './ItemNotes';
import { QuorumBadge } from './QuorumBadge';
import { SignInGrid } from './SignInGrid';
import { SpeakerQueue } from './SpeakerQueue';
import { SpeechTimer } from './SpeechTimer';
import { UndoButton } from './UndoButton';
import { VotePanel } from './VotePanel';

/** The live meeting on one screen: agenda, item, speakers and timer, votes, sign-in. */
export function RunScreen() {
  const { t } = useTranslation();
  const status = useMeeting((state) => state.meeting?.status);
  const send = useAppStore((state) => state.send);
  const setHelpOpen = useAppStore((state) => state.setHelpOpen);
  const live = status === 'open';
  useShortcuts(live);
  // The waiting list and the phone badges need the room as main has it (then pushes keep it).
  const meetingId = useAppStore((state) => state.snapshot?.meetingId);
  const connected = useAppStore((state) => state.connected);
  const loadRoom = useAppStore((state) => state.loadRoom);
  useEffect(() => {
    if (connected && meetingId) void loadRoom();
  }, [connected, meetingId, loadRoom]);
  return (
    <div className="run">
      <div className="run-bar">
        <QuorumBadge />
        {live ? <UndoButton /> : null}
        <button type="button" className="secondary" onClick={() => setHelpOpen(true)}>
          {t('ui:chair.shortcuts.button')} <kbd>H</kbd>
        </button>
      </div>
      {status === 'draft' ? (
        <div className="panel run-start">
          <p>{t('ui:chair.run.notStarted')}</p>
          <button type="button" onClick={() => void send('meeting', { type: 'meeting/open' })}>
            {t('ui:chair.run.start')}
          </button>
          <ErrorNote source="meeting" />
        </div>
      ) : null}
      {status === 'closed' ? <p className="panel muted">{t('ui:chair.run.closed')}</p> : null}
      <div className="run-grid">
        <div className="run-side">
          <AgendaSidebar />
          <DisplayMessage />
          <MeetingMemo />
        </div>
        <div className="run-main">
          <CurrentItem />
          <div className="run-live">
            <div className="run-speakers">
              <SpeechTimer />
              <SpeakerQueue />
            </div>
            <VotePanel />
          </div>
          <SpeechSummaries scope="current" />
          <ItemNotes />
        </div>
        <SignInGrid />
      </div>
      <HelpOverlay />
    </div>
  );
}
