import { useShallow } from 'zustand/react/shallow';
import type { MeetingState } from '../../../shared/domain';
import { useAppStore } from '../store/context';

const NONE: readonly string[] = [];

/**
 * One primitive (or stable reference) of the open meeting's state. Pass selectors that return a
 * string, number, boolean or an object taken as is from the state, never a new object.
 */
export function useMeeting<T>(select: (state: MeetingState) => T): T | undefined {
  return useAppStore((store) => (store.snapshot ? select(store.snapshot.state) : undefined));
}

/** A list of ids from the state, compared element by element so equal lists do not re-render. */
export function useIds(select: (state: MeetingState) => readonly string[]): readonly string[] {
  return useAppStore(useShallow((store) => (store.snapshot ? select(store.snapshot.state) : NONE)));
}

/** Whether `text` matches a name search: case-insensitive, ignoring spaces. */
export function matchesName(name: string, query: string): boolean {
  const q = query.replace(/\s+/g, '').toLowerCase();
  return q === '' || name.replace(/\s+/g, '').toLowerCase().includes(q);
}
