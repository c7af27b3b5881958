import { describe, expect, it } from 'vitest';
import {
  commandSchema,
  dispatch,
  emptyState,
  ERROR_CODES,
  replay,
  type MeetingEvent,
} from './imports';
import { setup } from './arbitraries';
import { violations } from './invariants';

/** mulberry32: a tiny seeded PRNG, so a failure can be reproduced from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  'meeting/create',
  'meeting/update',
  'meeting/open',
  'meeting/close',
  'notes/set',
  'display/setMessage',
  'display/clearMessage',
  'history/undo',
  'roster/addMember',
  'roster/updateMember',
  'roster/removeMember',
  'roster/signIn',
  'roster/signOut',
  'roster/excuse',
  'agenda/addItem',
  'agenda/updateItem',
  'agenda/reorder',
  'agenda/openItem',
  'agenda/deferItem',
  'agenda/closeItem',
  'queue/request',
  'queue/withdraw',
  'queue/reorder',
  'queue/callNext',
  'speech/start',
  'speech/pause',
  'speech/resume',
  'speech/end',
  'speech/setLimit',
  'speech/setSummary',
  'vote/open',
  'vote/enterCounts',
  'vote/recordBallot',
  'vote/close',
  'vote/void',
  'vote/setResolution',
  'action/add',
  'action/update',
  'nope/nothing',
  '',
  'ROSTER/SIGNIN',
];
const KEYS = [
  'memberId',
  'itemId',
  'voteId',
  'speechId',
  'actionId',
  'title',
  'name',
  'text',
  'reason',
  'category',
  'method',
  'question',
  'counts',
  'ballot',
  'stance',
  'pointOfOrder',
  'limitSec',
  'itemIds',
  'memberIds',
  'options',
  'bodyKind',
  'date',
  'role',
  'area',
  'household',
  'presetId',
  'position',
  'status',
  'budget',
  '__proto__',
  'constructor',
];
const IDS = [
  'm0',
  'm1',
  'm2',
  'm3',
  'm4',
  'o0',
  'i0',
  'i1',
  'v0',
  'v1',
  's1',
  'a1',
  'yes',
  'abstain',
  'residentRep',
  'hands',
  'rollCall',
  'choice',
  'satisfaction',
  'secret',
  'pro',
  'member',
  'observer',
  '2026-05-10',
  'custom',
  'constructor',
  'toString',
  'hasOwnProperty',
];

function fuzzer(seed: number) {
  const r = prng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const value = (depth: number): unknown => {
    switch (int(depth > 2 ? 8 : 11)) {
      case 0:
        return null;
      case 1:
        return undefined;
      case 2:
        return pick([0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 60, Number.MAX_SAFE_INTEGER, 3, 7]);
      case 3:
        return pick([true, false]);
      case 4:
        return pick(IDS);
      case 5:
        return pick(['', ' ', '😀', 'x'.repeat(300), '<script>', '\u0000', '议题']);
      case 6:
        return int(10);
      case 7:
        return pick(IDS);
      case 8:
        return Array.from({ length: int(4) }, () => value(depth + 1));
      case 9:
        return Object.fromEntries(
          Array.from({ length: int(4) }, () => [pick(KEYS), value(depth + 1)]),
        );
      default:
        return { heads: value(depth + 1), households: int(3), area: int(3) };
    }
  };
  /** Something shaped like a command: a type, a time (mostly valid) and random fields. */
  const commandLike = (now: number): Record<string, unknown> => {
    const c: Record<string, unknown> = { type: pick(TYPES), at: r() < 0.9 ? now : value(3) };
    for (let i = int(5); i > 0; i--) c[pick(KEYS)] = r() < 0.6 ? pick(IDS) : value(1);
    if (r() < 0.2) delete c.type;
    return c;
  };
  const id = (xs: readonly string[]) => pick(xs);
  const members = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
  /** A well-formed command, so the meeting also moves on while being fuzzed. */
  const valid = (now: number): Record<string, unknown> => {
    const n = int(1_000_000);
    const templates: (() => Record<string, unknown>)[] = [
      () => ({ type: 'roster/signIn', memberId: id(members) }),
      () => ({ type: 'roster/signOut', memberId: id(members) }),
      () => ({
        type: 'queue/request',
        memberId: id(members),
        stance: pick(['pro', 'contra', 'neutral']),
      }),
      () => ({ type: 'queue/callNext', speechId: `s${n}` }),
      () => ({ type: 'speech/end' }),
      () => ({ type: 'agenda/openItem', itemId: id(['i0', 'i1', 'i2']) }),
      () => ({ type: 'agenda/closeItem', itemId: id(['i0', 'i1', 'i2']) }),
      () => ({
        type: 'vote/open',
        voteId: `v${n}`,
        method: pick(['hands', 'rollCall', 'secret']),
        question: 'q',
      }),
      () => ({
        type: 'vote/enterCounts',
        counts: { yes: { heads: int(5) }, no: { heads: int(2) } },
      }),
      () => ({
        type: 'vote/recordBallot',
        memberId: id(members),
        ballot: pick(['yes', 'no', 'abstain']),
      }),
      () => ({ type: 'vote/close' }),
      () => ({ type: 'display/setMessage', text: '请安静' }),
      () => ({ type: 'history/undo' }),
    ];
    return { ...pick(templates)(), at: now };
  };
  return { r, value, commandLike, valid };
}

describe('fuzz', () => {
  it('100,000 random and malformed commands: no exception escapes, each gets a typed error', () => {
    const known = new Set<string>(ERROR_CODES);
    let state = emptyState('fuzz');
    let now = 1_778_400_000_000;
    const events: MeetingEvent[] = [];
    for (const c of setup()) {
      const res = dispatch(state, { ...c, at: now });
      if (!res.ok) throw new Error(res.error.code);
      state = res.state;
      events.push(...res.events);
    }
    const { r, value, commandLike, valid } = fuzzer(20260510);
    const tally = { malformed: 0, refused: 0, accepted: 0 };
    for (let i = 0; i < 100_000; i++) {
      now += 1000;
      const roll = r();
      const input = roll < 0.15 ? value(0) : roll < 0.3 ? valid(now) : commandLike(now);
      let res: ReturnType<typeof dispatch>;
      try {
        res = dispatch(state, input);
      } catch (cause) {
        throw new Error(`exception escaped at ${i}: ${String(cause)} for ${JSON.stringify(input)}`);
      }
      if (res.ok) {
        tally.accepted++;
        state = res.state;
        events.push(...res.events);
        continue;
      }
      if (res.error.code === 'command.malformed') {
        tally.malformed++;
        if (
          typeof res.error.params.path !== 'string' ||
          typeof res.error.params.issue !== 'string'
        ) {
          throw new Error('command.malformed without path/issue');
        }
        continue;
      }
      // Any other rejection must be a well-formed command refused by a rule, with a known code.
      tally.refused++;
      if (!commandSchema.safeParse(input).success)
        throw new Error(`malformed input got ${res.error.code}`);
      if (!known.has(res.error.code) || res.error.code === 'command.failed') {
        throw new Error(`unexpected error ${res.error.code} for ${JSON.stringify(input)}`);
      }
    }
    expect(tally.malformed).toBeGreaterThan(50_000);
    expect(tally.refused).toBeGreaterThan(1_000);
    expect(tally.accepted).toBeGreaterThan(100);
    expect(violations(state)).toEqual([]);
    expect(replay('fuzz', events)).toEqual(state);
  });
});
