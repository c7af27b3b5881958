import { addTallies, ZERO_TALLY, type Tally } from '../rules';
import type { Member, MeetingState, Vote } from '../state/types';
import { ABSTAIN_KEY, SATISFACTION_KEYS, YES_NO_KEYS } from '../vocabulary';
import { isPresent, tallyOf } from './attendance';

/** The count keys a method records, e.g. yes/no/abstain. */
export function countKeys(vote: Pick<Vote, 'method' | 'options'>): readonly string[] {
  if (vote.method === 'choice') return [...vote.options.map((o) => o.optionId), ABSTAIN_KEY];
  if (vote.method === 'satisfaction') return SATISFACTION_KEYS;
  return YES_NO_KEYS;
}

type Counts = Readonly<Record<string, Tally>>;

/** Members grouped by the key they chose, tallied per key (households counted within a key). */
function tallyByKey(
  state: MeetingState,
  keys: readonly string[],
  choices: Iterable<readonly [string, string]>,
): Record<string, Tally> {
  const by = new Map<string, Member[]>(keys.map((k) => [k, []]));
  for (const [memberId, key] of choices) {
    const member = state.members[memberId];
    if (member) by.get(key)?.push(member);
  }
  return Object.fromEntries([...by].map(([key, members]) => [key, tallyOf(members)]));
}

/**
 * What the chair entered while the vote is open: the hands or paper counts, or for a roll call
 * the ballots the chair recorded. Null when nothing was entered (a roll call is never null).
 */
export function enteredCounts(state: MeetingState, vote: Vote): Counts | null {
  if (vote.method !== 'rollCall') return vote.counts;
  return tallyByKey(state, YES_NO_KEYS, Object.entries(vote.ballots));
}

/**
 * The ballots cast on phones by members present now, tallied by key; a ballot leaves with its
 * member. Secret votes have none here (their choices are in main's ballot box, never in the
 * record): null.
 */
export function deviceCounts(state: MeetingState, vote: Vote): Counts | null {
  if (vote.method === 'secret') return null;
  const here = Object.entries(vote.deviceBallots).flatMap(([memberId, b]) =>
    isPresent(state, memberId) ? [[memberId, b.choice] as const] : [],
  );
  return tallyByKey(state, countKeys(vote), here);
}

/** How many members have voted on a phone: device ballots, or a secret vote's marked voters. */
export function deviceVotedCount(vote: Vote): number {
  return vote.method === 'secret'
    ? vote.deviceVoters.length
    : Object.keys(vote.deviceBallots).length;
}

/** Key by key sum of several count records (a key missing from one counts as zero there). */
export function sumCounts(...records: readonly (Counts | null | undefined)[]): Counts {
  const out: Record<string, Tally> = {};
  for (const record of records) {
    if (!record) continue;
    for (const [key, t] of Object.entries(record)) out[key] = addTallies(out[key] ?? ZERO_TALLY, t);
  }
  return out;
}

/** The sum of every key of some counts, measure by measure. */
export function countsTotal(counts: Counts | null | undefined): Tally {
  return addTallies(...Object.values(counts ?? {}));
}

/**
 * Live totals of a vote: what the chair entered plus the phones' ballots while it is open, the
 * frozen outcome after. Secret phone ballots only join at close (from the ballot box). Null
 * while nothing at all was counted.
 */
export function liveCounts(state: MeetingState, vote: Vote): Counts | null {
  if (vote.outcome) return vote.outcome.counts;
  const entered = enteredCounts(state, vote);
  const device = deviceCounts(state, vote);
  if (entered === null && deviceVotedCount(vote) === 0) return null;
  return sumCounts(entered ?? zeroCounts(vote), device);
}

/** Every key of the vote at zero. */
export function zeroCounts(vote: Pick<Vote, 'method' | 'options'>): Counts {
  return Object.fromEntries(countKeys(vote).map((k) => [k, ZERO_TALLY]));
}
