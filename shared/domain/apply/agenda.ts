import type { EventOf } from '../event';
import type { MeetingState } from '../state/types';
import { leaveItem, put, without } from './helpers';

type AgendaEvents = EventOf<
  | 'agenda/itemAdded'
  | 'agenda/itemUpdated'
  | 'agenda/reordered'
  | 'agenda/itemOpened'
  | 'agenda/itemDeferred'
  | 'agenda/itemClosed'
  | 'agenda/itemRemoved'
  | 'agenda/advanced'
>;

function openOnFloor(state: MeetingState, itemId: string, at: number): MeetingState {
  const item = state.items[itemId];
  if (!item) return state;
  return {
    ...state,
    items: put(state.items, itemId, {
      ...item,
      status: 'open',
      intervals: [...item.intervals, { from: at, to: null }],
    }),
    currentItemId: itemId,
  };
}

/** Applies agenda events; leaving an item ends its speech. */
export function applyAgenda(state: MeetingState, e: AgendaEvents): MeetingState {
  switch (e.type) {
    case 'agenda/itemAdded': {
      const order = [...state.agendaOrder];
      order.splice(e.position, 0, e.itemId);
      return {
        ...state,
        items: put(state.items, e.itemId, {
          ...e.details,
          itemId: e.itemId,
          urgent: e.urgent,
          status: 'pending',
          intervals: [],
          chairNote: '',
        }),
        agendaOrder: order,
      };
    }
    case 'agenda/itemUpdated': {
      const item = state.items[e.itemId];
      return item
        ? { ...state, items: put(state.items, e.itemId, { ...item, ...e.changes }) }
        : state;
    }
    case 'agenda/reordered':
      return { ...state, agendaOrder: e.itemIds };
    case 'agenda/itemOpened':
      return openOnFloor(state, e.itemId, e.at);
    case 'agenda/itemDeferred':
      return leaveItem(state, e.itemId, 'deferred', e.at);
    case 'agenda/itemClosed':
      return leaveItem(state, e.itemId, 'closed', e.at);
    case 'agenda/itemRemoved':
      // Only an item without records is removed (decide checks), so nothing else refers to it.
      return {
        ...state,
        items: without(state.items, e.itemId),
        agendaOrder: state.agendaOrder.filter((id) => id !== e.itemId),
        // An empty queue may be left from a deferral; kept references keep undo patches small.
        queues: Object.hasOwn(state.queues, e.itemId)
          ? without(state.queues, e.itemId)
          : state.queues,
      };
    case 'agenda/advanced': {
      const left =
        e.closedItemId === null ? state : leaveItem(state, e.closedItemId, 'closed', e.at);
      return e.openedItemId === null ? left : openOnFloor(left, e.openedItemId, e.at);
    }
  }
}
