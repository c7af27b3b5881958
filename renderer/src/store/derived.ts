import {
  attendanceSummary,
  type AttendanceSummary,
  type MeetingState,
} from '../../../shared/domain';
import { useAppStore } from './context';

const cache = new WeakMap<MeetingState, Map<string, unknown>>();

/**
 * A value the core derives from a meeting state (attendance, composition, the open vote's
 * preview), computed once per snapshot and shared by every component that reads it. The same
 * snapshot gives the same object, so zustand sees no change and nothing re-renders.
 */
export function derive<T>(
  state: MeetingState,
  key: string,
  compute: (state: MeetingState) => T,
): T {
  let values = cache.get(state);
  if (!values) {
    values = new Map();
    cache.set(state, values);
  }
  if (values.has(key)) return values.get(key) as T;
  const value = compute(state);
  values.set(key, value);
  return value;
}

/** Reads a derived value of the open meeting; null while no meeting is open. */
export function useDerived<T>(key: string, compute: (state: MeetingState) => T): T | null {
  return useAppStore((store) => {
    const state = store.snapshot?.state;
    return state ? derive(state, key, compute) : null;
  });
}

/**
 * The open meeting's 实到 / 应到 and quorum; null while no meeting is open. The core keeps the
 * summary while roster, attendance and preset are the same objects (an event replaces only what
 * it changes): a speaker called leaves the roster alone, so 500 members are not counted again on
 * each step, and the same object means the badge does not render again.
 */
export function useAttendance(): AttendanceSummary | null {
  return useAppStore((store) => {
    const state = store.snapshot?.state;
    return state ? attendanceSummary(state) : null;
  });
}
