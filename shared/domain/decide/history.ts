import type { CommandOf } from '../commands';
import { fail } from '../result';
import type { MeetingState } from '../state/types';
import { emit, type Decision } from './context';

/**
 * Reverts the last undoable event. Undoable steps are kept on the state (see history/undo.ts);
 * closing a vote or the meeting and voiding a vote clear them, so those can never be undone.
 */
export function undo(state: MeetingState, c: CommandOf<'history/undo'>): Decision {
  if (state.meeting === null) return fail('meeting.notCreated');
  const last = state.undo[state.undo.length - 1];
  if (last === undefined) return fail('history.nothingToUndo');
  // Undoing the opening of a vote removes the vote. Members' ballots from their phones are theirs,
  // not the chair's to take back (MEMBERS_OWN_EVENTS), and the ballot events would stay in the
  // record for a vote that no longer exists, naming each member's choice under an id a later vote
  // (even a secret one) may reuse. Once a phone has voted, the vote can only be closed (and voided).
  for (const patch of last.patches) {
    if (patch.kind !== 'entry' || patch.key !== 'votes' || patch.existed) continue;
    const vote = state.votes[patch.id];
    const phones = vote ? Object.keys(vote.deviceBallots).length + vote.deviceVoters.length : 0;
    if (phones > 0) return fail('history.phonesVoted', { count: phones });
  }
  return emit(state, c, 'history/undone', { undoneSeq: last.seq, undoneType: last.type });
}
