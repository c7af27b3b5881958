import type { CommandOf } from '../commands';
import { measuresUsed, type Tally } from '../rules';
import { fail, ok, type Result } from '../result';
import { attendanceSummary, tallyOf } from '../selectors/attendance';
import { countKeys, countsTotal, deviceCounts, enteredCounts } from '../selectors/vote';
import type { Member, MeetingState, Vote } from '../state/types';
import { emit, meetingIn, memberOf, type Decision } from './context';

type Counts = Readonly<Record<string, Tally>>;

/** The vote a member's command names; it must be open. */
export function openVoteById(state: MeetingState, voteId: string): Result<Vote> {
  const vote = state.votes[voteId];
  if (!vote) return fail('vote.unknown', { voteId });
  if (vote.status !== 'open') return fail('vote.notOpen', { voteId });
  return ok(vote);
}

/** A member who may vote now: on the roster, a member (not an observer), and present. */
export function presentVoter(state: MeetingState, memberId: string): Result<Member> {
  const member = memberOf(state, memberId);
  if (!member.ok) return member;
  if (member.value.role !== 'member')
    return fail('vote.observerCannotVote', { name: member.value.name });
  if (state.attendance[memberId]?.status !== 'present') {
    return fail('roster.notPresent', { name: member.value.name });
  }
  return member;
}

/**
 * The phones' part of a vote for the "no one counted twice" rule: the tally of the device
 * ballots of members present, or for a secret vote of the members marked as having voted.
 */
export function deviceShare(state: MeetingState, vote: Vote): Tally {
  if (vote.method !== 'secret') return countsTotal(deviceCounts(state, vote));
  return tallyOf(vote.deviceVoters.flatMap((id) => state.members[id] ?? []));
}

/**
 * No one counted twice: in every measure the preset uses, what the chair entered (hands, paper
 * or recorded roll-call ballots) plus what the phones cast may not exceed those present. A
 * member who voted on the phone must not raise a hand too; the chair's count excludes them.
 */
export function checkNotCountedTwice(
  state: MeetingState,
  vote: Vote,
  entered: Counts | null,
  device: Tally,
): Result<true> {
  const enteredTotal = countsTotal(entered);
  const present = attendanceSummary(state).presentTally;
  for (const measure of measuresUsed(vote.preset)) {
    if (enteredTotal[measure] + device[measure] > present[measure]) {
      return fail('vote.countedTwice', {
        measure,
        entered: enteredTotal[measure],
        device: device[measure],
        base: present[measure],
      });
    }
  }
  return ok(true);
}

/**
 * Under a preset that counts households, a household votes as one (一户一票): a member's choice
 * may not differ from another member's of the same household, whether the other's ballot was
 * recorded by the chair or cast on a phone. Returns that household, or null.
 */
export function splitHousehold(
  state: MeetingState,
  vote: Vote,
  memberId: string,
  choice: string | null,
): string | null {
  const household = state.members[memberId]?.household ?? '';
  if (choice === null || household === '' || !measuresUsed(vote.preset).includes('households'))
    return null;
  const others = new Map<string, string>(Object.entries(vote.ballots));
  for (const [id, b] of Object.entries(vote.deviceBallots)) others.set(id, b.choice);
  for (const [otherId, other] of others) {
    if (
      otherId !== memberId &&
      other !== choice &&
      state.members[otherId]?.household === household
    ) {
      return household;
    }
  }
  return null;
}

/** A member's own ballot from their phone; changeable until close, idempotent by ballotId. */
export function castBallot(state: MeetingState, c: CommandOf<'vote/cast'>): Decision {
  // The same ballot again (a phone re-sending after a reconnect, even one that finds the vote
  // closed meanwhile): it was counted, so the answer is yes and nothing is stored.
  // An older ballot the member has since changed (a re-send that arrives late) is spent: the
  // newer choice stands, and the answer is still yes, since that ballot was counted in its time.
  const spentBy = state.votes[c.voteId]?.spentBallots?.[c.ballotId];
  if (spentBy === c.memberId) return ok([]);
  if (spentBy !== undefined) return fail('vote.ballotIdTaken');
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const found = openVoteById(state, c.voteId);
  if (!found.ok) return found;
  const vote = found.value;
  // A secret choice goes to main's ballot box, never into the record next to a member.
  if (vote.method === 'secret') return fail('vote.secretUsesBox');
  const member = presentVoter(state, c.memberId);
  if (!member.ok) return member;
  if (!countKeys(vote).includes(c.choice)) return fail('vote.unknownCountKey', { key: c.choice });
  const split = splitHousehold(state, vote, c.memberId, c.choice);
  if (split) return fail('vote.householdSplit', { name: member.value.name, household: split });
  const after: Vote = {
    ...vote,
    deviceBallots: {
      ...vote.deviceBallots,
      [c.memberId]: { choice: c.choice, ballotId: c.ballotId },
    },
    ballots: Object.fromEntries(Object.entries(vote.ballots).filter(([id]) => id !== c.memberId)),
  };
  const within = checkNotCountedTwice(
    state,
    after,
    enteredCounts(state, after),
    deviceShare(state, after),
  );
  if (!within.ok) return within;
  return emit(state, c, 'vote/ballotCast', {
    voteId: vote.voteId,
    memberId: c.memberId,
    ballotId: c.ballotId,
    choice: c.choice,
  });
}

/** A secret vote's "has voted" for a member whose choice main put in the ballot box. */
export function markVoted(state: MeetingState, c: CommandOf<'vote/markVoted'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const found = openVoteById(state, c.voteId);
  if (!found.ok) return found;
  const vote = found.value;
  if (vote.method !== 'secret') return fail('vote.notSecret');
  const member = presentVoter(state, c.memberId);
  if (!member.ok) return member;
  if (vote.deviceVoters.includes(c.memberId))
    return fail('vote.alreadyVoted', { name: member.value.name });
  // The box adds each voter's own tally: a second member of a household would count the
  // household twice. One household, one ballot (一户一票), and which of them cast it stays secret.
  const household = member.value.household;
  if (household !== '' && measuresUsed(vote.preset).includes('households')) {
    const voted = vote.deviceVoters.some((id) => state.members[id]?.household === household);
    if (voted) return fail('vote.householdVoted', { name: member.value.name, household });
  }
  const after: Vote = { ...vote, deviceVoters: [...vote.deviceVoters, c.memberId] };
  const within = checkNotCountedTwice(state, after, vote.counts, deviceShare(state, after));
  if (!within.ok) return within;
  return emit(state, c, 'vote/markedVoted', { voteId: vote.voteId, memberId: c.memberId });
}
