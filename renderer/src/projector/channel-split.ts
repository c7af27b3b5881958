import type { VoteMethod } from '../../../shared/domain';

type Heads = Readonly<Record<string, Readonly<{ heads: number }>>> | null | undefined;

/** How the ballots not cast on phones reach the record, by the vote's method. */
export type EnteredChannel = 'hands' | 'paper' | 'rollCall';

export function enteredChannel(method: VoteMethod): EnteredChannel {
  if (method === 'secret') return 'paper';
  if (method === 'rollCall') return 'rollCall';
  return 'hands';
}

/** A vote's ballots by channel: phones, and those the chair entered (hands, paper, roll call). */
export type ChannelSplit = Readonly<{
  /** Heads by key, phones and entered together (what the bars show). */
  totals: Readonly<Record<string, number>>;
  /** How many voted on phones (secret: how many are marked voted, never what they chose). */
  device: number;
  /** How many ballots the chair entered or recorded. */
  entered: number;
  total: number;
}>;

const sum = (counts: Heads) =>
  Object.values(counts ?? {}).reduce((total, tally) => total + tally.heads, 0);

function add(a: Heads, b: Heads): Record<string, number> {
  const out: Record<string, number> = {};
  for (const counts of [a, b])
    for (const [key, tally] of Object.entries(counts ?? {}))
      out[key] = (out[key] ?? 0) + tally.heads;
  return out;
}

/**
 * The split of an open vote: the entered counts plus the phones' ballots by key. A secret vote's
 * phone ballots are sealed in the ballot box until it closes, so only how many voted is known
 * (`deviceCounts` null): the totals by key are then the entered ones, and the total adds the voters.
 */
export function openSplit(entered: Heads, deviceCounts: Heads, deviceVoted: number): ChannelSplit {
  const enteredHeads = sum(entered);
  return {
    totals: add(entered, deviceCounts),
    device: deviceVoted,
    entered: enteredHeads,
    total: enteredHeads + deviceVoted,
  };
}

/**
 * The split of a closed vote from its outcome: `totals` are final (entered + phones), the phones'
 * share is what the outcome or the view says came from phones; the rest was entered.
 */
export function closedSplit(totals: Heads, deviceCounts: Heads, deviceVoted: number): ChannelSplit {
  const total = sum(totals);
  const device = deviceCounts ? sum(deviceCounts) : deviceVoted;
  return {
    totals: add(totals, null),
    device,
    entered: Math.max(0, total - device),
    total,
  };
}

/** The phones' ballots of a non-secret vote as heads by key (one ballot per member). */
export function deviceTally(
  ballots: Readonly<Record<string, Readonly<{ choice: string }>>> | undefined,
): Record<string, { heads: number }> {
  const out: Record<string, { heads: number }> = {};
  for (const { choice } of Object.values(ballots ?? {}))
    out[choice] = { heads: (out[choice]?.heads ?? 0) + 1 };
  return out;
}

type ViewVote = Readonly<{
  counts: Heads;
  outcome: Readonly<{ counts: Heads }> | null;
  device?: Readonly<{ voted: number; counts: Heads }>;
}>;

/**
 * A projector vote's split: while open the view's `counts` are the entered ones and the phones'
 * come apart (none by key for a secret vote); once closed the outcome's counts are the total.
 */
export function projectorSplit(vote: ViewVote): ChannelSplit {
  const voted = vote.device?.voted ?? 0;
  const phones = vote.device?.counts ?? null;
  return vote.outcome
    ? closedSplit(vote.outcome.counts, phones, voted)
    : openSplit(vote.counts, phones, voted);
}
