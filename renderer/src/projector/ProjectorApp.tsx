import { useTranslation } from 'react-i18next';
import type { ProjectorView } from '../../../shared/domain';
import { useAppStore } from '../store/context';
import { AgendaBoard } from './AgendaBoard';
import { timeOfDay } from './format';
import { RoomCorner } from './RoomCorner';
import { SpeakerBoard } from './SpeakerBoard';
import { TopBar } from './TopBar';
import { useRoomLocale } from './use-room-locale';
import { useServerNow } from './use-now';
import { VoteBoard } from './VoteBoard';

/** The vote the room should look at: the open one, else the last one on this item if no one speaks. */
function voteOnScreen(view: ProjectorView) {
  const open = view.votes.find((vote) => vote.status === 'open');
  if (open) return open;
  if (view.speech || !view.currentItemId) return null;
  const onItem = view.votes.filter((vote) => vote.itemId === view.currentItemId);
  return onItem[onItem.length - 1] ?? null;
}

function Main({ view, now }: { view: ProjectorView; now: number }) {
  const vote = voteOnScreen(view);
  if (vote) return <VoteBoard vote={vote} voters={view.attendance.present} />;
  const item = view.agenda.find((entry) => entry.itemId === view.currentItemId);
  if (item) return <SpeakerBoard view={view} item={item} now={now} />;
  return <AgendaBoard view={view} />;
}

/**
 * What the room sees, fed only by the projector view (no chair notes, no secret ballots): a
 * welcome screen until a meeting is open, then title, attendance, the item, the speaker with a
 * countdown, the queue, votes, and the chair's announcement.
 */
export function ProjectorApp() {
  const { t } = useTranslation();
  const view = useAppStore((state) => state.view);
  const control = useAppStore((state) => state.control);
  const connected = useAppStore((state) => state.connected);
  const roomJoin = useAppStore((state) => state.roomJoin);
  const now = useServerNow();
  useRoomLocale(control.locale);
  const theme = control.theme;
  if (control.blank)
    return (
      <main
        className={`projector blank theme-${theme}`}
        data-testid="projector-blank"
        aria-label={t('ui:projector.blank')}
      />
    );
  // A vote's result gets the whole width: the room corner steps aside until the board moves on.
  const vote = view?.meeting ? voteOnScreen(view) : null;
  const corner = view?.meeting && roomJoin && !(vote && vote.status !== 'open') ? roomJoin : null;
  return (
    <main
      className={`projector theme-${theme}${corner ? ' with-room' : ''}`}
      data-frozen={control.frozenAt !== null}
    >
      {view?.meeting ? (
        <>
          <TopBar
            title={view.meeting.title}
            present={view.attendance.present}
            expected={view.attendance.expected}
            quorumMet={view.attendance.quorumMet}
            clock={timeOfDay(now, view.meeting.timeZone)}
          />
          <div className="pj-main">
            <Main view={view} now={now} />
          </div>
          {view.display ? (
            <p className="pj-message" data-testid="projector-message">
              {view.display.text}
            </p>
          ) : null}
          {corner ? <RoomCorner room={corner} /> : null}
        </>
      ) : (
        <div className="pj-welcome">
          <h1>{t('ui:projector.welcome')}</h1>
          <p className="pj-muted">{t('ui:app.name')}</p>
        </div>
      )}
      {connected ? null : <p className="pj-offline">{t('ui:connection.offline')}</p>}
    </main>
  );
}
