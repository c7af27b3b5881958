import { describe, expect, it } from 'vitest';
import { decideBy, dispatchWith, emitter, replayWith } from '../../shared/kernel/core';
import { coded, ok } from '../../shared/kernel/result';

// A toy core (a counter) drives the kernel on its own, so a fix to the kernel is checked once for
// both the meeting core and the follow-up registry.
type State = Readonly<{ version: number; lastAt: number; total: number }>;
type Command =
  Readonly<{ type: 'add'; at: number; by: number }> | Readonly<{ type: 'boom'; at: number }>;
type Event = Readonly<{ type: 'added'; seq: number; at: number; by: number }>;

const { fail, problem } = coded<'command.malformed' | 'add.negative'>();
const emit = emitter<State, Command, Event>();
const decide = decideBy<State, Command, Event>({
  add: (s, c) =>
    c.by < 0 ? fail('add.negative', { by: c.by }) : emit(s, c, 'added', { by: c.by }),
  boom: () => {
    throw new Error('bug');
  },
});
const apply = (s: State, e: Event): State => ({
  version: e.seq,
  lastAt: e.at,
  total: s.total + e.by,
});
const parse = (input: unknown) =>
  typeof input === 'object' && input !== null && 'type' in input
    ? ok(input as Command)
    : { ok: false as const, error: problem('command.malformed', { path: '', issue: 'invalid' }) };
const dispatch = dispatchWith<State, Command, Event>({ parse, decide, apply });
const empty: State = { version: 0, lastAt: 0, total: 0 };

describe('event-sourcing kernel', () => {
  it('decides, numbers, stamps and applies one event per command', () => {
    const result = dispatch(empty, { type: 'add', at: 5, by: 3 });
    expect(result).toEqual({
      ok: true,
      state: { version: 1, lastAt: 5, total: 3 },
      events: [{ type: 'added', seq: 1, at: 5, by: 3 }],
    });
  });

  it('returns malformed input, refusals, stale commands and exceptions as typed errors', () => {
    expect(dispatch(empty, 42)).toEqual({
      ok: false,
      error: { code: 'command.malformed', params: { path: '', issue: 'invalid' } },
    });
    expect(dispatch(empty, { type: 'add', at: 1, by: -1 })).toEqual({
      ok: false,
      error: { code: 'add.negative', params: { by: -1 } },
    });
    const later: State = { version: 1, lastAt: 10, total: 0 };
    expect(dispatch(later, { type: 'add', at: 9, by: 1 })).toEqual({
      ok: false,
      error: { code: 'command.timeWentBack', params: { at: 9, lastAt: 10 } },
    });
    expect(dispatch(empty, { type: 'boom', at: 1 })).toEqual({
      ok: false,
      error: { code: 'command.failed', params: { message: 'Error: bug' } },
    });
  });

  it('replays events in order from the initial state', () => {
    const events: Event[] = [
      { type: 'added', seq: 1, at: 1, by: 2 },
      { type: 'added', seq: 2, at: 2, by: 5 },
    ];
    expect(replayWith(empty, events, apply)).toEqual({ version: 2, lastAt: 2, total: 7 });
  });
});
