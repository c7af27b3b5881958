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

const lasting = new Map<string, { parts: readonly unknown[]; value: unknown }>();

/**
 * A derived value kept across snapshots while the parts of the state it reads are the same
 * objects (the core replaces only what an event changes): a speaker called leaves the roster
 * alone, so 500 members are not counted again on each step.
 */
function deriveLasting<T>(
  state: MeetingState,
  key: string,
  compute: (state: MeetingState) => T,
  parts: (state: MeetingState) => readonly unknown[],
): T {
  return derive(state, key, (s) => {
    const now = parts(s);
    const last = lasting.get(key);
    if (last?.parts.length === now.length && last.parts.every((part, i) => part === now[i]))
      return last.value as T;
    const value = compute(s);
    lasting.set(key, { parts: now, value });
    return value;
  });
}

/** 实到 / 应到 and the quorum, from what attendanceSummary reads: roster, attendance, preset. */
export function attendanceOf(state: MeetingState): AttendanceSummary {
  return deriveLasting(state, 'attendance', attendanceSummary, (s) => [
    s.memberOrder,
    s.members,
    s.attendance,
    s.meeting?.preset,
  ]);
}

/** The open meeting's attendance summary; null while no meeting is open. */
export function useAttendance(): AttendanceSummary | null {
  return useAppStore((store) => {
    const state = store.snapshot?.state;
    return state ? attendanceOf(state) : null;
  });
}
