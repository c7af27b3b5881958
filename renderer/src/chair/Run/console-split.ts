import type { Vote, VoteResult } from '../../../../shared/domain';
import type { Tally } from '../../../../shared/domain/rules';
import {
  closedSplit,
  deviceTally,
  openSplit,
  type ChannelSplit,
} from '../../projector/channel-split';

type SplitVote = Pick<Vote, 'method' | 'counts' | 'ballots' | 'deviceBallots' | 'deviceVoters'>;

/**
 * The open vote's ballots by channel as the console has them: the core's would-be outcome when
 * there is one (its counts are entered + phones, its `device` the phones' share), else the entered
 * counts (or the chair's roll-call ballots) plus the phones' ballots. A secret vote's phone
 * ballots are sealed in main's ballot box until it closes: only how many voted is known here, so
 * the bars show the paper and the total adds the phones' voters.
 */
export function consoleSplit(
  vote: SplitVote,
  outcome: Pick<VoteResult, 'counts' | 'device'> | null,
): ChannelSplit & { tallies: Record<string, Tally> } {
  const split = splitOf(vote, outcome);
  const tallies: Record<string, Tally> = {};
  for (const [key, heads] of Object.entries(split.totals))
    tallies[key] = { heads, households: 0, area: 0 };
  return { ...split, tallies };
}

function splitOf(
  vote: SplitVote,
  outcome: Pick<VoteResult, 'counts' | 'device'> | null,
): ChannelSplit {
  if (vote.method === 'secret')
    return openSplit(outcome?.counts ?? vote.counts, null, vote.deviceVoters?.length ?? 0);
  const phones = deviceTally(vote.deviceBallots);
  const voted = Object.keys(vote.deviceBallots ?? {}).length;
  if (outcome) return closedSplit(outcome.counts, outcome.device ?? phones, voted);
  const entered = vote.method === 'rollCall' ? deviceTally(choices(vote.ballots)) : vote.counts;
  return openSplit(entered, phones, voted);
}

const choices = (ballots: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(ballots).map(([id, choice]) => [id, { choice }]));
