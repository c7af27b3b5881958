import type { Tally } from '../rules';
import type { Member, MeetingState, Vote } from '../state/types';
import { tallyOf } from './attendance';

/**
 * Live tallies of a vote while it is open (and its entered counts after): a roll call is
 * counted from the ballots in every measure, other methods show what the tellers entered.
 */
export function liveCounts(
  state: MeetingState,
  vote: Vote,
): Readonly<Record<string, Tally>> | null {
  if (vote.outcome) return vote.outcome.counts;
  if (vote.method !== 'rollCall') return vote.counts;
  const by: Record<'yes' | 'no' | 'abstain', Member[]> = { yes: [], no: [], abstain: [] };
  for (const [memberId, ballot] of Object.entries(vote.ballots)) {
    const member = state.members[memberId];
    if (member) by[ballot].push(member);
  }
  return { yes: tallyOf(by.yes), no: tallyOf(by.no), abstain: tallyOf(by.abstain) };
}
