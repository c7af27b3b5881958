import {
  dispatch,
  emptyState,
  type CommandInput,
  type MeetingEvent,
  type MeetingState,
} from '../../shared/domain';
import type { Category } from '../../shared/domain';

/** mulberry32: seeded, so the benchmark meeting is the same on every run. */
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

export type GeneratedMeeting = Readonly<{
  state: MeetingState;
  events: readonly MeetingEvent[];
  /** The chair's commands with their times, in order: the meeting as a script to replay. */
  commands: readonly (CommandInput & { at: number })[];
  end: number;
}>;

const CATEGORIES: readonly Category[] = [
  'committee',
  'residentRep',
  'residentRep',
  'residentRep',
  'nonLocalRep',
  'socialOrg',
  'ownersCommittee',
  'propertyManager',
  'stakeholder',
];
const METHODS = [
  'hands',
  'hands',
  'hands',
  'secret',
  'rollCall',
  'hands',
  'choice',
  'hands',
  'satisfaction',
  'hands',
] as const;

/**
 * A four-hour meeting: 200 members (190 come), 40 items of six minutes, 15 speeches per item
 * (600 in all) and one vote per item (40: show of hands, secret, roll call of everyone present,
 * choice and satisfaction), with sign-outs and late arrivals along the way. Every command goes
 * through `dispatch`, so the events are exactly what a real session would store.
 */
export function generateMeeting(seed = 42): GeneratedMeeting {
  const r = prng(seed);
  const int = (n: number) => Math.floor(r() * n);
  let state = emptyState('bench');
  const events: MeetingEvent[] = [];
  const commands: (CommandInput & { at: number })[] = [];
  let now = Date.parse('2026-05-10T13:00:00+08:00');
  const run = (command: CommandInput, advance = 0) => {
    now += advance;
    commands.push({ ...command, at: now });
    const result = dispatch(state, { ...command, at: now });
    if (!result.ok)
      throw new Error(
        `${command.type}: ${result.error.code} ${JSON.stringify(result.error.params)}`,
      );
    state = result.state;
    events.push(...result.events);
  };
  run({
    type: 'meeting/create',
    title: '大型居民议事会',
    bodyKind: 'residentsCouncil',
    date: '2026-05-10',
  });
  const members = Array.from({ length: 200 }, (_, i) => `m${i}`);
  members.forEach((memberId, i) =>
    run({
      type: 'roster/addMember',
      memberId,
      name: `居民${i}`,
      category: CATEGORIES[i % CATEGORIES.length] ?? 'residentRep',
    }),
  );
  for (let i = 0; i < 40; i++)
    run({ type: 'agenda/addItem', itemId: `i${i}`, title: `议题${i}`, plannedMin: 6 });
  const present = new Set<string>();
  for (const m of members.slice(0, 185)) {
    run({ type: 'roster/signIn', memberId: m }, 500);
    present.add(m);
  }
  run({ type: 'meeting/open' }, 60_000);
  let speech = 0;
  for (let i = 0; i < 40; i++) {
    const itemId = `i${i}`;
    run({ type: 'agenda/openItem', itemId }, 5_000);
    const here = [...present];
    for (let k = 0; k < 15; k++) {
      const memberId = here[int(here.length)] ?? 'm0';
      const queued = state.queues[itemId]?.some((q) => q.memberId === memberId);
      const speaking = state.floor && state.speeches[itemId]?.at(-1)?.memberId === memberId;
      if (!queued && !speaking)
        run({ type: 'queue/request', memberId, stance: k % 2 ? 'pro' : 'contra' }, 1_000);
      else
        run(
          {
            type: 'speech/start',
            speechId: `s${++speech}`,
            memberId: here[(k * 7) % here.length] ?? 'm1',
          },
          1_000,
        );
      if (state.queues[itemId]?.length)
        run({ type: 'queue/callNext', speechId: `s${++speech}` }, 2_000);
      if (k % 5 === 2) {
        run({ type: 'speech/pause' }, 5_000);
        run({ type: 'speech/resume' }, 3_000);
      }
      now += 14_000 + int(6_000);
    }
    if (state.floor) run({ type: 'speech/end' }, 1_000);
    // Members come and go between items; the votes see it.
    if (i % 4 === 1) {
      const leaving = [...present][int(present.size)];
      if (leaving) {
        run({ type: 'roster/signOut', memberId: leaving }, 1_000);
        present.delete(leaving);
      }
    }
    if (i % 3 === 0 && present.size < 200) {
      const arriving = members.find((m) => !present.has(m));
      if (arriving) {
        run({ type: 'roster/signIn', memberId: arriving }, 1_000);
        present.add(arriving);
      }
    }
    const method = METHODS[i % METHODS.length] ?? 'hands';
    const voteId = `v${i}`;
    const n = present.size;
    if (method === 'choice') {
      run(
        {
          type: 'vote/open',
          voteId,
          method,
          question: '比选',
          options: [
            { optionId: 'a', label: '甲' },
            { optionId: 'b', label: '乙' },
          ],
        },
        5_000,
      );
      run(
        {
          type: 'vote/enterCounts',
          counts: { a: { heads: n - 20 }, b: { heads: 15 }, abstain: { heads: 5 } },
        },
        60_000,
      );
    } else if (method === 'satisfaction') {
      run({ type: 'vote/open', voteId, method, question: '满意度' }, 5_000);
      run(
        {
          type: 'vote/enterCounts',
          counts: {
            satisfied: { heads: n - 30 },
            basicallySatisfied: { heads: 20 },
            dissatisfied: { heads: 10 },
          },
        },
        60_000,
      );
    } else if (method === 'rollCall') {
      run({ type: 'vote/open', voteId, method, question: '记名表决' }, 5_000);
      for (const memberId of present)
        run({ type: 'vote/recordBallot', memberId, ballot: int(4) ? 'yes' : 'no' }, 300);
    } else {
      run({ type: 'vote/open', voteId, method, question: '是否同意' }, 5_000);
      const yes = 100 + int(n - 110);
      run(
        {
          type: 'vote/enterCounts',
          counts: { yes: { heads: yes }, no: { heads: n - yes - 5 }, abstain: { heads: 5 } },
        },
        60_000,
      );
    }
    run({ type: 'vote/close' }, 5_000);
    run({ type: 'agenda/closeItem', itemId }, 5_000);
  }
  return { state, events, commands, end: now };
}
