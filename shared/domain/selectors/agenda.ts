import type { MeetingState } from '../state/types';

/**
 * The item 进入下一议题 opens: the first pending item after the one on the floor (or from the
 * top), wrapping round; when none is pending, the first deferred one, so deferred items come
 * back at the end of the agenda rather than before the items still waiting their turn.
 */
export function nextItemId(state: MeetingState): string | null {
  const order = state.agendaOrder;
  const start = state.currentItemId ? order.indexOf(state.currentItemId) + 1 : 0;
  const rest = [...order.slice(start), ...order.slice(0, start)].filter(
    (id) => id !== state.currentItemId,
  );
  const withStatus = (status: 'pending' | 'deferred') =>
    rest.find((id) => state.items[id]?.status === status);
  return withStatus('pending') ?? withStatus('deferred') ?? null;
}

/** Why an item may not be taken off the agenda: the first record it has, or null if none. */
export type ItemRecord = 'votes' | 'speeches' | 'notes' | 'opened';

/**
 * What an item already has on record. Votes carry their action items, and queue entries,
 * speeches and votes all need the item on the floor, so an item never opened has at most notes.
 */
export function itemRecord(state: MeetingState, itemId: string): ItemRecord | null {
  const item = state.items[itemId];
  if (!item) return null;
  if (state.voteOrder.some((id) => state.votes[id]?.itemId === itemId)) return 'votes';
  if ((state.speeches[itemId]?.length ?? 0) > 0) return 'speeches';
  // Notes for the minutes and the chair's private memo alike: deleting would lose them unseen.
  const memo = state.privateNotes.items[itemId] ?? '';
  if (item.chairNote.trim() !== '' || memo.trim() !== '') return 'notes';
  if (item.status === 'open' || item.status === 'closed' || item.intervals.length > 0)
    return 'opened';
  return null;
}
