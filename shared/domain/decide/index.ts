import { decideBy, type DecideTable } from '../../kernel/core';
import type { Command } from '../commands';
import type { MeetingEvent } from '../event';
import type { MeetingState } from '../state/types';
import { addAction, updateAction } from './action';
import {
  addItem,
  closeItem,
  deferItem,
  nextItem,
  openItem,
  removeItem,
  reorderItems,
  updateItem,
} from './agenda';
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
import {
  callNext,
  reorder,
  request,
  setSummary,
  speechControl,
  startSpeech,
  withdraw,
} from './queue';
import {
  addMember,
  excuse,
  importMembers,
  removeMember,
  signIn,
  signOut,
  updateMember,
} from './roster';
import { enterCounts, openVote, recordBallot, setResolution, setTellers, voidVote } from './vote';
import { closeVote } from './vote-close';
import { castBallot, markVoted } from './vote-device';

export type { Decision } from './context';

/** One decide function per command; the compiler checks every command type has exactly one. */
const table: DecideTable<MeetingState, Command, MeetingEvent> = {
  'meeting/create': createMeeting,
  'meeting/update': updateMeeting,
  'meeting/open': openMeeting,
  'meeting/close': closeMeeting,
  'notes/set': setNote,
  'display/setMessage': setMessage,
  'display/clearMessage': clearMessage,
  'history/undo': undo,
  'roster/addMember': addMember,
  'roster/importMembers': importMembers,
  'roster/updateMember': updateMember,
  'roster/removeMember': removeMember,
  'roster/signIn': signIn,
  'roster/signOut': signOut,
  'roster/excuse': excuse,
  'agenda/addItem': addItem,
  'agenda/updateItem': updateItem,
  'agenda/reorder': reorderItems,
  'agenda/openItem': openItem,
  'agenda/deferItem': deferItem,
  'agenda/closeItem': closeItem,
  'agenda/removeItem': removeItem,
  'agenda/next': nextItem,
  'queue/request': request,
  'queue/withdraw': withdraw,
  'queue/reorder': reorder,
  'queue/callNext': callNext,
  'speech/start': startSpeech,
  'speech/pause': speechControl,
  'speech/resume': speechControl,
  'speech/end': speechControl,
  'speech/setLimit': speechControl,
  'speech/setSummary': setSummary,
  'vote/open': openVote,
  'vote/enterCounts': enterCounts,
  'vote/recordBallot': recordBallot,
  'vote/cast': castBallot,
  'vote/markVoted': markVoted,
  'vote/close': closeVote,
  'vote/void': voidVote,
  'vote/setResolution': setResolution,
  'vote/setTellers': setTellers,
  'action/add': addAction,
  'action/update': updateAction,
};

/**
 * Validates a command against the current state and returns the event it becomes, or a typed
 * rejection. Pure: the same state and command always give the same answer; state is untouched.
 */
export const decide: (state: MeetingState, c: Command) => Decision = decideBy(table);
