import type { EventOf } from '../event';
import type { MeetingState } from '../state/types';
import { leaveItem, put } from './helpers';

type AgendaEvents = EventOf<
  | 'agenda/itemAdded'
  | 'agenda/itemUpdated'
  | 'agenda/reordered'
  | 'agenda/itemOpened'
  | 'agenda/itemDeferred'
  | 'agenda/itemClosed'
>;

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
    case 'agenda/itemOpened': {
      const item = state.items[e.itemId];
      if (!item) return state;
      return {
        ...state,
        items: put(state.items, e.itemId, {
          ...item,
          status: 'open',
          intervals: [...item.intervals, { from: e.at, to: null }],
        }),
        currentItemId: e.itemId,
      };
    }
    case 'agenda/itemDeferred':
      return leaveItem(state, e.itemId, 'deferred', e.at);
    case 'agenda/itemClosed':
      return leaveItem(state, e.itemId, 'closed', e.at);
  }
}
