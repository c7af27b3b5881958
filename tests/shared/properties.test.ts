import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dispatch,
  emptyState,
  eventSchema,
  FINAL_EVENTS,
  MEMBERS_OWN_EVENTS,
  replay,
  type MeetingEvent,
  type MeetingState,
} from './imports';
import { commandArb, setup } from './arbitraries';
import { deepFreeze, violations } from './invariants';

function content(state: MeetingState) {
  const { version: _v, lastAt: _l, undo: _u, ...rest } = state;
  return rest;
}

/** Runs set-up then the random commands one minute-ish apart, checking everything at each step. */
function check(presetId: string, steps: readonly { command: object; gap: number }[]) {
  let state = deepFreeze(emptyState('prop'));
  let now = 1_778_400_000_000;
  const events: MeetingEvent[] = [];
  for (const command of setup(presetId)) {
    const r = dispatch(state, { ...command, at: now });
    if (!r.ok) throw new Error(r.error.code);
    state = deepFreeze(r.state);
    events.push(...r.events);
  }
  for (const { command, gap } of steps) {
    now += gap;
    const before = state;
    const written = JSON.stringify(state);
    const r = dispatch(state, { ...command, at: now });
    if (!r.ok) {
      // A rejection is a typed error, never an internal failure, and the state is as it was
      // (deepFreeze makes a mutation throw; the comparison also catches one that is swallowed).
      expect(r.error.code).not.toBe('command.failed');
      expect(JSON.stringify(state)).toBe(written);
      continue;
    }
    state = deepFreeze(r.state);
    events.push(...r.events);
    expect(state.version).toBe(events.length);
    expect(violations(state)).toEqual([]);
    const event = r.events[0];
    // A member's own ballot is not the chair's to undo (vote-device.test.ts covers that).
    const undoable = event && !FINAL_EVENTS.has(event.type) && !MEMBERS_OWN_EVENTS.has(event.type);
    if (event && undoable && event.type !== 'history/undone') {
      // Every undoable step undoes exactly: the meeting is as it was before.
      const undone = dispatch(state, { type: 'history/undo', at: now });
      expect(undone.ok).toBe(true);
      if (undone.ok) expect(content(undone.state)).toEqual(content(before));
    }
  }
  // Closing the meeting at the end (if it can close) keeps every invariant too.
  const closed = dispatch(state, { type: 'meeting/close', at: now });
  if (closed.ok) {
    state = closed.state;
    events.push(...closed.events);
    expect(violations(state)).toEqual([]);
  }
  expect(replay('prop', events)).toEqual(state);
  // What storage writes and restores: JSON through the event schema, then replay.
  const restored = events.map((e) => eventSchema.parse(JSON.parse(JSON.stringify(e))));
  expect(replay('prop', restored)).toEqual(state);
}

const steps = fc.array(fc.record({ command: commandArb, gap: fc.nat({ max: 120_000 }) }), {
  minLength: 20,
  maxLength: 120,
});

describe('properties over random command sequences', () => {
  it('council preset: invariants hold, rejections change nothing, undo is exact, replay is identical', () => {
    fc.assert(
      fc.property(steps, (s) => check('council-default', s)),
      { numRuns: 150 },
    );
  });

  it('villagers’ representatives preset (quorum of those present)', () => {
    fc.assert(
      fc.property(steps, (s) => check('villager-reps-meeting', s)),
      { numRuns: 80 },
    );
  });

  it('owners’ two-base preset (heads and area)', () => {
    fc.assert(
      fc.property(steps, (s) => check('owners-general', s)),
      { numRuns: 80 },
    );
  });

  it('household preset (one vote per household)', () => {
    fc.assert(
      fc.property(steps, (s) => check('villagers-meeting-household', s)),
      { numRuns: 80 },
    );
  });
});
