import { UNDO_DEPTH } from '../defaults';
import type { EventType, MeetingEvent } from '../event';
import type { MeetingState, UndoEntry, UndoPatch, Vote } from '../state/types';

/**
 * Events that can never be undone. Closing a vote fixes its base and result (RULES.md: a closed
 * vote is only ever voided, with a recorded reason); voiding and closing the meeting are final
 * too. Each of them also clears the undo history, so nothing before them can be undone either.
 */
export const FINAL_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'meeting/created',
  'meeting/closed',
  'vote/closed',
  'vote/voided',
]);

/**
 * A member's own ballot from their phone: the chair cannot take it back (undo skips it), and the
 * chair's earlier steps stay undoable. Undoing one of those must not take the ballot with it, so
 * the steps' saved copies of the vote are brought up to date with the phones' ballots.
 */
export const MEMBERS_OWN_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'vote/ballotCast',
  'vote/markedVoted',
]);

/** A saved copy of a vote with the phones' ballots of `now` (one ballot per member kept). */
function withDeviceBallots(prev: Vote, now: Vote): Vote {
  const ballots = Object.fromEntries(
    Object.entries(prev.ballots).filter(([id]) => !Object.hasOwn(now.deviceBallots, id)),
  );
  return {
    ...prev,
    ballots,
    deviceBallots: now.deviceBallots,
    deviceVoters: now.deviceVoters,
    ...(now.spentBallots ? { spentBallots: now.spentBallots } : {}),
  };
}

/** The undo steps with every saved copy of `voteId` carrying the phones' ballots of `after`. */
function carryDeviceBallots(
  undo: readonly UndoEntry[],
  after: MeetingState,
  voteId: string,
): readonly UndoEntry[] {
  const now = after.votes[voteId];
  if (!now) return undo;
  return undo.map((entry) => {
    if (!entry.patches.some((p) => p.kind === 'entry' && p.key === 'votes' && p.id === voteId))
      return entry;
    const patches = entry.patches.map((p) =>
      p.kind === 'entry' && p.key === 'votes' && p.id === voteId && p.existed
        ? { ...p, prev: withDeviceBallots(p.prev as Vote, now) }
        : p,
    );
    return { ...entry, patches };
  });
}

/** Slices that are records by id: undo restores only the entries an event changed. */
const RECORD_KEYS = [
  'members',
  'attendance',
  'items',
  'queues',
  'speeches',
  'votes',
  'actions',
] as const;
/** Bookkeeping that undo leaves alone: the version and the clock only move forward. */
const KEPT_KEYS = new Set(['meetingId', 'version', 'lastAt', 'undo']);
const RECORDS = new Set<string>(RECORD_KEYS);

type Slices = Record<string, unknown>;

/**
 * What `after` changed relative to `before`, as patches that put `before` back. Thanks to
 * structural sharing an unchanged slice or entry is the same object, so comparing references
 * finds the changes without walking deep data, and the patches stay small.
 */
export function diff(before: MeetingState, after: MeetingState): readonly UndoPatch[] {
  const b = before as unknown as Slices;
  const a = after as unknown as Slices;
  const patches: UndoPatch[] = [];
  for (const key of Object.keys(a)) {
    if (KEPT_KEYS.has(key) || a[key] === b[key]) continue;
    if (!RECORDS.has(key)) {
      patches.push({ kind: 'value', key, prev: b[key] });
      continue;
    }
    const was = b[key] as Slices;
    const now = a[key] as Slices;
    for (const id in now) {
      if (now[id] !== was[id]) {
        const existed = Object.hasOwn(was, id);
        patches.push({ kind: 'entry', key, id, existed, prev: existed ? was[id] : null });
      }
    }
    for (const id in was) {
      if (!Object.hasOwn(now, id))
        patches.push({ kind: 'entry', key, id, existed: true, prev: was[id] });
    }
  }
  return patches;
}

/** Puts back what the patches recorded. */
export function restore(state: MeetingState, patches: readonly UndoPatch[]): MeetingState {
  const next = { ...state } as unknown as Slices;
  const copied = new Set<string>();
  for (const p of patches) {
    if (p.kind === 'value') {
      next[p.key] = p.prev;
      continue;
    }
    if (!copied.has(p.key)) {
      next[p.key] = { ...(next[p.key] as Slices) };
      copied.add(p.key);
    }
    const record = next[p.key] as Slices;
    if (p.existed) record[p.id] = p.prev;
    else delete record[p.id];
  }
  return next as unknown as MeetingState;
}

/**
 * The undo history after `event` turned `before` into `after`: undo pops and restores, a final
 * event clears, any other event pushes its patches (keeping the last UNDO_DEPTH).
 */
export function recordUndo(
  before: MeetingState,
  after: MeetingState,
  event: MeetingEvent,
): MeetingState {
  if (FINAL_EVENTS.has(event.type)) return { ...after, undo: [] };
  if (MEMBERS_OWN_EVENTS.has(event.type) && 'voteId' in event) {
    return { ...after, undo: carryDeviceBallots(before.undo, after, event.voteId) };
  }
  const entry: UndoEntry = {
    seq: event.seq,
    type: event.type,
    at: event.at,
    patches: diff(before, after),
  };
  const kept = before.undo.length >= UNDO_DEPTH ? before.undo.slice(1) : before.undo;
  return { ...after, undo: [...kept, entry] };
}

/** Applies 'history/undone': restores the newest undo entry and drops it. */
export function applyUndone(state: MeetingState): MeetingState {
  const last = state.undo[state.undo.length - 1];
  if (last === undefined) return state;
  return { ...restore(state, last.patches), undo: state.undo.slice(0, -1) };
}
