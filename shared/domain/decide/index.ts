import type { Command } from '../commands';
import { fail } from '../result';
import type { MeetingState } from '../state/types';
import { addAction, updateAction } from './action';
import { addItem, closeItem, deferItem, openItem, reorderItems, updateItem } from './agenda';
import type { Decision } from './context';
import { undo } from './history';
import {
  clearMessage,
  closeMeeting,
  createMeeting,
  openMeeting,
  setMessage,
  setNote,
  updateMeeting,
} from './meeting';
import { callNext, reorder, request, speechControl, startSpeech, withdraw } from './queue';
import {
  addMember,
  excuse,
  importMembers,
  removeMember,
  signIn,
  signOut,
  updateMember,
} from './roster';
import { enterCounts, openVote, recordBallot, setResolution, voidVote } from './vote';
import { closeVote } from './vote-close';

export type { Decision } from './context';

/**
 * Validates a command against the current state and returns the event it becomes, or a typed
 * rejection. Pure: the same state and command always give the same answer; state is untouched.
 */
export function decide(state: MeetingState, c: Command): Decision {
  if (c.at < state.lastAt) return fail('command.timeWentBack', { at: c.at, lastAt: state.lastAt });
  switch (c.type) {
    case 'meeting/create':
      return createMeeting(state, c);
    case 'meeting/update':
      return updateMeeting(state, c);
    case 'meeting/open':
      return openMeeting(state, c);
    case 'meeting/close':
      return closeMeeting(state, c);
    case 'notes/set':
      return setNote(state, c);
    case 'display/setMessage':
      return setMessage(state, c);
    case 'display/clearMessage':
      return clearMessage(state, c);
    case 'history/undo':
      return undo(state, c);
    case 'roster/addMember':
      return addMember(state, c);
    case 'roster/importMembers':
      return importMembers(state, c);
    case 'roster/updateMember':
      return updateMember(state, c);
    case 'roster/removeMember':
      return removeMember(state, c);
    case 'roster/signIn':
      return signIn(state, c);
    case 'roster/signOut':
      return signOut(state, c);
    case 'roster/excuse':
      return excuse(state, c);
    case 'agenda/addItem':
      return addItem(state, c);
    case 'agenda/updateItem':
      return updateItem(state, c);
    case 'agenda/reorder':
      return reorderItems(state, c);
    case 'agenda/openItem':
      return openItem(state, c);
    case 'agenda/deferItem':
      return deferItem(state, c);
    case 'agenda/closeItem':
      return closeItem(state, c);
    case 'queue/request':
      return request(state, c);
    case 'queue/withdraw':
      return withdraw(state, c);
    case 'queue/reorder':
      return reorder(state, c);
    case 'queue/callNext':
      return callNext(state, c);
    case 'speech/start':
      return startSpeech(state, c);
    case 'speech/pause':
    case 'speech/resume':
    case 'speech/end':
    case 'speech/setLimit':
      return speechControl(state, c);
    case 'vote/open':
      return openVote(state, c);
    case 'vote/enterCounts':
      return enterCounts(state, c);
    case 'vote/recordBallot':
      return recordBallot(state, c);
    case 'vote/close':
      return closeVote(state, c);
    case 'vote/void':
      return voidVote(state, c);
    case 'vote/setResolution':
      return setResolution(state, c);
    case 'action/add':
      return addAction(state, c);
    case 'action/update':
      return updateAction(state, c);
  }
}
