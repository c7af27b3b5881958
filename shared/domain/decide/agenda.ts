import type { CommandOf } from '../commands';
import { fail } from '../result';
import { itemRecord, nextItemId } from '../selectors/agenda';
import type { MeetingState } from '../state/types';
import { emit, itemOf, meetingIn, type Decision } from './context';

/** Items may be added to a running meeting: they are then urgent (紧急事项). */
export function addItem(state: MeetingState, c: CommandOf<'agenda/addItem'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  if (state.items[c.itemId]) return fail('agenda.duplicateItem', { itemId: c.itemId });
  return emit(state, c, 'agenda/itemAdded', {
    itemId: c.itemId,
    details: {
      title: c.title,
      description: c.description ?? '',
      triage: c.triage ?? 'minor',
      stage: c.stage ?? 'deliberate',
      presenter: c.presenter ?? '',
      plannedMin: c.plannedMin ?? 0,
    },
    urgent: meeting.value.status === 'open',
    position: Math.min(c.position ?? state.agendaOrder.length, state.agendaOrder.length),
  });
}

/** Edits an item: wording, triage, five-step stage, presenter, planned time. */
export function updateItem(state: MeetingState, c: CommandOf<'agenda/updateItem'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const item = itemOf(state, c.itemId);
  if (!item.ok) return item;
  const { type: _t, at: _a, itemId, ...changes } = c;
  return emit(state, c, 'agenda/itemUpdated', { itemId, changes });
}

/** The new order must name every item exactly once. */
export function reorderItems(state: MeetingState, c: CommandOf<'agenda/reorder'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const wanted = new Set(c.itemIds);
  const same =
    wanted.size === c.itemIds.length &&
    c.itemIds.length === state.agendaOrder.length &&
    state.agendaOrder.every((id) => wanted.has(id));
  if (!same) return fail('agenda.reorderMismatch');
  return emit(state, c, 'agenda/reordered', { itemIds: c.itemIds });
}

/** One item on the floor at a time: defer or close the current one first. */
export function openItem(state: MeetingState, c: CommandOf<'agenda/openItem'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const item = itemOf(state, c.itemId);
  if (!item.ok) return item;
  if (state.currentItemId !== null) {
    const current = state.items[state.currentItemId];
    return fail('agenda.anotherItemOpen', { title: current?.title ?? state.currentItemId });
  }
  if (item.value.status === 'closed') return fail('agenda.itemClosed', { title: item.value.title });
  return emit(state, c, 'agenda/itemOpened', { itemId: c.itemId });
}

/** Deferring a pending or open item; a running speech on it ends with it. */
export function deferItem(state: MeetingState, c: CommandOf<'agenda/deferItem'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const item = itemOf(state, c.itemId);
  if (!item.ok) return item;
  if (item.value.status !== 'open' && item.value.status !== 'pending') {
    return fail('agenda.cannotDefer', { title: item.value.title });
  }
  const vote = openVoteOn(state, c.itemId);
  if (vote !== null) return fail('vote.stillOpen', { voteId: vote });
  return emit(state, c, 'agenda/itemDeferred', { itemId: c.itemId });
}

/** Closes the item on the floor; its vote must be closed first. */
export function closeItem(state: MeetingState, c: CommandOf<'agenda/closeItem'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const item = itemOf(state, c.itemId);
  if (!item.ok) return item;
  if (item.value.status !== 'open') return fail('agenda.itemNotOpen', { itemId: c.itemId });
  const vote = openVoteOn(state, c.itemId);
  if (vote !== null) return fail('vote.stillOpen', { voteId: vote });
  return emit(state, c, 'agenda/itemClosed', { itemId: c.itemId });
}

const RECORD_ERRORS = {
  votes: 'agenda.itemHasVotes',
  speeches: 'agenda.itemHasSpeeches',
  notes: 'agenda.itemHasNotes',
  opened: 'agenda.itemWasOpened',
} as const;

/**
 * Takes an item off the agenda while it has no record: once it was on the floor, or holds
 * votes, speeches or notes, the minutes must show it (defer it instead), so removal is refused
 * with the reason.
 */
export function removeItem(state: MeetingState, c: CommandOf<'agenda/removeItem'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const item = itemOf(state, c.itemId);
  if (!item.ok) return item;
  const record = itemRecord(state, c.itemId);
  if (record !== null) return fail(RECORD_ERRORS[record], { title: item.value.title });
  return emit(state, c, 'agenda/itemRemoved', { itemId: c.itemId });
}

/**
 * 进入下一议题 as one event: the item on the floor is closed (its vote must be closed first) and
 * the next pending or deferred one opened. On the last item it only closes it; with nothing on
 * the floor and nothing left it is refused.
 */
export function nextItem(state: MeetingState, c: CommandOf<'agenda/next'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const current = state.currentItemId;
  if (current !== null) {
    const vote = openVoteOn(state, current);
    if (vote !== null) return fail('vote.stillOpen', { voteId: vote });
  }
  const next = nextItemId(state);
  if (current === null && next === null) return fail('agenda.noNextItem');
  return emit(state, c, 'agenda/advanced', { closedItemId: current, openedItemId: next });
}

function openVoteOn(state: MeetingState, itemId: string): string | null {
  const id = state.openVoteId;
  return id !== null && state.votes[id]?.itemId === itemId ? id : null;
}
