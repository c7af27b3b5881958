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
  return emit(state, c, 'history/undone', { undoneSeq: last.seq, undoneType: last.type });
}
