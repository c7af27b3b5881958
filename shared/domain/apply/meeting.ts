import type { EventOf } from '../event';
import type { MeetingState } from '../state/types';
import { endFloor, leaveItem, put } from './helpers';
import { FALLBACK_TIME_ZONE } from '../../time';

type MeetingEvents = EventOf<
  | 'meeting/created'
  | 'meeting/updated'
  | 'meeting/opened'
  | 'meeting/closed'
  | 'notes/chairNoteSet'
  | 'display/messageSet'
  | 'display/messageCleared'
>;

/** The private notes with one of them replaced (the meeting's when itemId is null). */
function privateNoteSet(state: MeetingState, itemId: string | null, text: string) {
  const notes = state.privateNotes;
  return itemId === null
    ? { ...notes, meeting: text }
    : { ...notes, items: { ...notes.items, [itemId]: text } };
}

/** Applies meeting, note and display events. */
export function applyMeeting(state: MeetingState, e: MeetingEvents): MeetingState {
  switch (e.type) {
    case 'meeting/created':
      return {
        ...state,
        meeting: {
          ...e.details,
          // Journals from before zones were recorded: see FALLBACK_TIME_ZONE for why this zone.
          timeZone: e.details.timeZone ?? FALLBACK_TIME_ZONE,
          status: 'draft',
          createdAt: e.at,
          openedAt: null,
          closedAt: null,
        },
      };
    case 'meeting/updated':
      return state.meeting ? { ...state, meeting: { ...state.meeting, ...e.changes } } : state;
    case 'meeting/opened':
      return state.meeting
        ? { ...state, meeting: { ...state.meeting, status: 'open', openedAt: e.at } }
        : state;
    case 'meeting/closed': {
      if (!state.meeting) return state;
      const s = state.currentItemId
        ? leaveItem(state, state.currentItemId, 'closed', e.at)
        : endFloor(state, e.at);
      return { ...s, meeting: { ...state.meeting, status: 'closed', closedAt: e.at } };
    }
    case 'notes/chairNoteSet': {
      if (e.private) return { ...state, privateNotes: privateNoteSet(state, e.itemId, e.text) };
      if (e.itemId === null) return { ...state, chairNote: e.text };
      const item = state.items[e.itemId];
      return item
        ? { ...state, items: put(state.items, e.itemId, { ...item, chairNote: e.text }) }
        : state;
    }
    case 'display/messageSet':
      return { ...state, display: { text: e.text, at: e.at } };
    case 'display/messageCleared':
      return { ...state, display: null };
  }
}
