import type { MeetingState } from './types';

/** The state before 'meeting/created': everything empty, version 0. */
export function emptyState(meetingId: string): MeetingState {
  return {
    meetingId,
    version: 0,
    lastAt: 0,
    meeting: null,
    members: {},
    memberOrder: [],
    attendance: {},
    items: {},
    agendaOrder: [],
    currentItemId: null,
    queues: {},
    speeches: {},
    floor: null,
    votes: {},
    voteOrder: [],
    openVoteId: null,
    actions: {},
    actionOrder: [],
    display: null,
    chairNote: '',
    privateNotes: { meeting: '', items: {} },
    undo: [],
  };
}
