import type { EventOf } from '../event';
import type { MeetingState, QueueEntry } from '../state/types';
import { closeOpen, endFloor, put, updateSpeech } from './helpers';

type QueueEvents = EventOf<
  | 'queue/speakerAdded'
  | 'queue/speakerWithdrawn'
  | 'queue/reordered'
  | 'speech/started'
  | 'speech/paused'
  | 'speech/resumed'
  | 'speech/ended'
  | 'speech/limitSet'
  | 'speech/summarySet'
>;

function setQueue(state: MeetingState, itemId: string, queue: readonly QueueEntry[]): MeetingState {
  return { ...state, queues: put(state.queues, itemId, queue) };
}

/** Applies queue and speech events. */
export function applyQueue(state: MeetingState, e: QueueEvents): MeetingState {
  switch (e.type) {
    case 'queue/speakerAdded': {
      const queue = [...(state.queues[e.itemId] ?? [])];
      const { memberId, stance, pointOfOrder } = e;
      queue.splice(e.position, 0, { memberId, stance, pointOfOrder, requestedAt: e.at });
      return setQueue(state, e.itemId, queue);
    }
    case 'queue/speakerWithdrawn': {
      const queue = state.queues[e.itemId] ?? [];
      return setQueue(
        state,
        e.itemId,
        queue.filter((q) => q.memberId !== e.memberId),
      );
    }
    case 'queue/reordered': {
      const queue = state.queues[e.itemId] ?? [];
      const byId = new Map(queue.map((q) => [q.memberId, q]));
      return setQueue(
        state,
        e.itemId,
        e.memberIds.flatMap((id) => byId.get(id) ?? []),
      );
    }
    case 'speech/started': {
      // Calling the next speaker ends the one before: one voice on the floor at a time.
      const s = endFloor(state, e.at);
      const queue = s.queues[e.itemId] ?? [];
      const queued = queue.some((q) => q.memberId === e.memberId);
      const dequeued = queued
        ? setQueue(
            s,
            e.itemId,
            queue.filter((q) => q.memberId !== e.memberId),
          )
        : s;
      const speech = {
        speechId: e.speechId,
        itemId: e.itemId,
        memberId: e.memberId,
        stance: e.stance,
        pointOfOrder: e.pointOfOrder,
        startedAt: e.at,
        endedAt: null,
        pauses: [],
        limitMs: e.limitMs,
      };
      return {
        ...dequeued,
        speeches: put(dequeued.speeches, e.itemId, [
          ...(dequeued.speeches[e.itemId] ?? []),
          speech,
        ]),
        floor: { itemId: e.itemId, speechId: e.speechId },
      };
    }
    case 'speech/paused':
    case 'speech/resumed':
    case 'speech/limitSet': {
      const itemId = state.floor?.itemId;
      if (itemId === undefined) return state;
      return updateSpeech(state, itemId, e.speechId, (s) => {
        if (e.type === 'speech/limitSet') return { ...s, limitMs: e.limitMs };
        if (e.type === 'speech/paused')
          return { ...s, pauses: [...s.pauses, { from: e.at, to: null }] };
        return { ...s, pauses: closeOpen(s.pauses, e.at) };
      });
    }
    case 'speech/ended':
      return endFloor(state, e.at);
    case 'speech/summarySet':
      return updateSpeech(state, e.itemId, e.speechId, (s) => ({ ...s, summary: e.text }));
  }
}
