import type { MeetingEvent } from '../event';
import { applyUndone, recordUndo } from '../history/undo';
import type { MeetingState } from '../state/types';
import { applyAgenda } from './agenda';
import { applyMeeting } from './meeting';
import { applyQueue } from './queue';
import { applyRoster } from './roster';
import { applyVote } from './vote';

function applyArea(state: MeetingState, e: MeetingEvent): MeetingState {
  switch (e.type) {
    case 'meeting/created':
    case 'meeting/updated':
    case 'meeting/opened':
    case 'meeting/closed':
    case 'notes/chairNoteSet':
    case 'display/messageSet':
    case 'display/messageCleared':
      return applyMeeting(state, e);
    case 'roster/memberAdded':
    case 'roster/membersImported':
    case 'roster/memberUpdated':
    case 'roster/memberRemoved':
    case 'roster/signedIn':
    case 'roster/signedOut':
    case 'roster/excused':
      return applyRoster(state, e);
    case 'agenda/itemAdded':
    case 'agenda/itemUpdated':
    case 'agenda/reordered':
    case 'agenda/itemOpened':
    case 'agenda/itemDeferred':
    case 'agenda/itemClosed':
    case 'agenda/itemRemoved':
    case 'agenda/advanced':
      return applyAgenda(state, e);
    case 'queue/speakerAdded':
    case 'queue/speakerWithdrawn':
    case 'queue/reordered':
    case 'speech/started':
    case 'speech/paused':
    case 'speech/resumed':
    case 'speech/ended':
    case 'speech/limitSet':
    case 'speech/summarySet':
      return applyQueue(state, e);
    case 'vote/opened':
    case 'vote/countsEntered':
    case 'vote/ballotRecorded':
    case 'vote/ballotCast':
    case 'vote/markedVoted':
    case 'vote/closed':
    case 'vote/voided':
    case 'vote/resolutionSet':
    case 'vote/tellersSet':
    case 'action/added':
    case 'action/updated':
      return applyVote(state, e);
    case 'history/undone':
      return state;
  }
}

/**
 * Applies one event to the state. Pure and total: events are facts `decide` already checked,
 * so this only records them; it never validates, never throws and never reads a clock.
 * The version rises by one on every event.
 */
export function apply(state: MeetingState, event: MeetingEvent): MeetingState {
  const bookkept = (s: MeetingState): MeetingState => ({
    ...s,
    version: state.version + 1,
    lastAt: Math.max(state.lastAt, event.at),
  });
  if (event.type === 'history/undone') return bookkept(applyUndone(state));
  return bookkept(recordUndo(state, applyArea(state, event), event));
}
