import {
  followupCommandSchema,
  replayFollowup,
  type FollowupCommand,
  type FollowupCommandInput,
  type FollowupEvent,
  type FollowupState,
} from '../../shared/followup';

/** Ten owners, as a community's follow-up board has: committee members, property, contractors. */
export const OWNERS = [
  '张主任',
  '李委员',
  '王委员',
  '物业',
  '业委会',
  '施工队',
  '赵师傅',
  '社工站',
  '网格员',
  '街道',
];

/** A small deterministic generator (LCG), so every run builds the same registry. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const dateOf = (day: number): string => {
  const d = new Date(Date.UTC(2022, 0, 1) + day * 86_400_000);
  return d.toISOString().slice(0, 10);
};

/**
 * The commands that build a follow-up registry of `meetings` meetings (one every two days from
 * 2022) with `perMeeting` action items each, every one imported and most carried forward:
 * started, noted, done and evaluated five meetings later, or dropped. Times one second apart.
 */
export function registryCommands(meetings = 1000, perMeeting = 5, seed = 42): FollowupCommand[] {
  const random = rng(seed);
  const commands: FollowupCommand[] = [];
  let at = Date.UTC(2022, 0, 1);
  const run = (command: FollowupCommandInput): void => {
    at += 1000;
    commands.push(followupCommandSchema.parse({ ...command, at }));
  };
  for (let m = 0; m < meetings; m++) {
    const meetingId = `m${m}`;
    const day = m * 2;
    for (let a = 0; a < perMeeting; a++) {
      const ref = { meetingId, actionId: `a${a}` };
      run({
        type: 'actionItem/import',
        ...ref,
        voteId: `v${a}`,
        itemId: `i${a}`,
        meetingTitle: `第${m + 1}次议事会`,
        meetingDate: dateOf(day),
        title: `落实事项 ${m}-${a}`,
        owner: OWNERS[Math.floor(random() * OWNERS.length)] ?? '',
        budgetPlanned: Math.floor(random() * 5_000_000),
        deadline: dateOf(day + 10 + Math.floor(random() * 60)),
      });
      const fate = random();
      if (fate < 0.15) continue; // planned
      if (fate < 0.2) {
        run({ type: 'actionItem/drop', ...ref, on: dateOf(day + 3), reason: '情况变化' });
        continue;
      }
      run({ type: 'actionItem/start', ...ref, on: dateOf(day + 1) });
      run({ type: 'actionItem/noteProgress', ...ref, on: dateOf(day + 5), note: '施工中' });
      if (fate < 0.45) continue; // in progress
      run({
        type: 'actionItem/complete',
        ...ref,
        on: dateOf(day + 9),
        budgetSpent: Math.floor(random() * 5_000_000),
        summary: '已完成',
      });
      if (m + 5 >= meetings) continue;
      const answers = () => Math.floor(random() * 20);
      run({
        type: 'actionItem/evaluate',
        ...ref,
        evaluation: {
          meetingId: `m${m + 5}`,
          voteId: `e${a}`,
          meetingDate: dateOf(day + 10),
          counts: {
            satisfied: answers() + 1,
            basicallySatisfied: answers(),
            dissatisfied: answers(),
          },
        },
      });
    }
  }
  return commands;
}

/** Command type → event type: every follow-up command becomes one event of the same payload. */
const EVENT_OF: Record<FollowupCommand['type'], FollowupEvent['type']> = {
  'topic/raise': 'topic/raised',
  'topic/triage': 'topic/triaged',
  'topic/route': 'topic/routed',
  'topic/schedule': 'topic/scheduled',
  'topic/close': 'topic/closed',
  'actionItem/import': 'actionItem/imported',
  'actionItem/update': 'actionItem/updated',
  'actionItem/start': 'actionItem/started',
  'actionItem/noteProgress': 'actionItem/progressNoted',
  'actionItem/complete': 'actionItem/completed',
  'actionItem/drop': 'actionItem/dropped',
  'actionItem/evaluate': 'actionItem/evaluated',
  'actionItem/receiveSupervision': 'actionItem/supervisionReceived',
};

/**
 * The events those commands become, without deciding each against a growing registry (which
 * copies the item table per command: minutes for 19,000 commands). Valid only for commands that
 * are all accepted and name no topic, as `registryCommands` are; a test checks it at small size.
 */
export function eventsOf(commands: readonly FollowupCommand[]): FollowupEvent[] {
  return commands.map((command, i) => {
    const event = { ...command, type: EVENT_OF[command.type], seq: i + 1 };
    return event as unknown as FollowupEvent;
  });
}

/** The benchmark registry: 5,000 action items over 1,000 meetings by default. */
export function generateRegistry(
  meetings = 1000,
  perMeeting = 5,
  seed = 42,
): { state: FollowupState; events: FollowupEvent[]; end: number } {
  const events = eventsOf(registryCommands(meetings, perMeeting, seed));
  return { state: replayFollowup(events), events, end: events.at(-1)?.at ?? 0 };
}
