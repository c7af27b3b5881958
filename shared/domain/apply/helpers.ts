import type { Interval, MeetingState, Speech } from '../state/types';

/** A record with one entry replaced or added. */
export function put<T>(
  record: Readonly<Record<string, T>>,
  id: string,
  value: T,
): Readonly<Record<string, T>> {
  return { ...record, [id]: value };
}

/** A record without one entry. */
export function without<T>(
  record: Readonly<Record<string, T>>,
  id: string,
): Readonly<Record<string, T>> {
  const { [id]: _gone, ...rest } = record;
  return rest;
}

/** Intervals with the open one (if any) closed at `at`. */
export function closeOpen(intervals: readonly Interval[], at: number): readonly Interval[] {
  const last = intervals[intervals.length - 1];
  if (last === undefined || last.to !== null) return intervals;
  return [...intervals.slice(0, -1), { from: last.from, to: at }];
}

/** A speech with `change` applied, found by id under its item. */
export function updateSpeech(
  state: MeetingState,
  itemId: string,
  speechId: string,
  change: (s: Speech) => Speech,
): MeetingState {
  const list = state.speeches[itemId];
  if (!list) return state;
  const index = list.findIndex((s) => s.speechId === speechId);
  const speech = list[index];
  if (speech === undefined) return state;
  const next = [...list];
  next[index] = change(speech);
  return { ...state, speeches: put(state.speeches, itemId, next) };
}

/** Ends the speech on the floor at `at` (closing a pause in progress), if any. */
export function endFloor(state: MeetingState, at: number): MeetingState {
  const floor = state.floor;
  if (floor === null) return state;
  const ended = updateSpeech(state, floor.itemId, floor.speechId, (s) => ({
    ...s,
    endedAt: at,
    pauses: closeOpen(s.pauses, at),
  }));
  return { ...ended, floor: null };
}

/** Takes the current item off the floor with `status`, ending its running speech. */
export function leaveItem(
  state: MeetingState,
  itemId: string,
  status: 'deferred' | 'closed',
  at: number,
): MeetingState {
  const item = state.items[itemId];
  if (!item) return state;
  const s = state.floor?.itemId === itemId ? endFloor(state, at) : state;
  return {
    ...s,
    items: put(s.items, itemId, { ...item, status, intervals: closeOpen(item.intervals, at) }),
    currentItemId: s.currentItemId === itemId ? null : s.currentItemId,
  };
}
