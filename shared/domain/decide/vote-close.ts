import type { CommandOf } from '../commands';
import {
  addTallies,
  evaluateChoice,
  evaluateSatisfaction,
  evaluateVote,
  validateChoiceInput,
  validateVoteInput,
  ZERO_TALLY,
  type RulesError,
  type Tally,
} from '../rules';
import { fail, ok, type Result } from '../result';
import { presentMembers, tallyOf } from '../selectors/attendance';
import type { MeetingState, Member, Vote, VoteResult } from '../state/types';
import { emit, meetingIn, type Decision } from './context';
import { checkWithinBase } from './vote';

/** Roll-call counts from the ballots of those present; a ballot of someone gone is an error. */
function rollCallCounts(
  state: MeetingState,
  vote: Vote,
  present: readonly Member[],
): Result<Record<string, Tally>> {
  const here = new Set(present.map((m) => m.memberId));
  const by: Record<'yes' | 'no' | 'abstain', Member[]> = { yes: [], no: [], abstain: [] };
  for (const [memberId, ballot] of Object.entries(vote.ballots)) {
    const member = state.members[memberId];
    if (!member) continue;
    if (!here.has(memberId)) return fail('vote.voterNotPresent', { name: member.name });
    by[ballot].push(member);
  }
  return ok({ yes: tallyOf(by.yes), no: tallyOf(by.no), abstain: tallyOf(by.abstain) });
}

function rulesError(error: RulesError): Result<never> {
  if (error.code === 'rules.countsExceedBase')
    return fail('vote.countsExceedBase', { ...error.params });
  return fail('vote.invalidCounts', { reason: error.code, ...error.params });
}

const get = (counts: Readonly<Record<string, Tally>>, key: string): Tally =>
  counts[key] ?? ZERO_TALLY;

/**
 * Freezes the vote: members and those present now are its base for good (later sign-outs do
 * not change it), then the preset decides. Below quorum is 'invalid', never 'passed'.
 */
export function closeVote(state: MeetingState, c: CommandOf<'vote/close'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const id = c.voteId ?? state.openVoteId;
  if (id === null) return fail('vote.noneOpen');
  const vote = state.votes[id];
  if (!vote) return fail('vote.unknown', { voteId: id });
  if (vote.status !== 'open') return fail('vote.notOpen', { voteId: id });
  const outcome = evaluate(state, vote);
  if (!outcome.ok) return outcome;
  const passed = outcome.value.result === 'passed';
  return emit(state, c, 'vote/closed', {
    voteId: id,
    outcome: outcome.value,
    resolution: passed ? (c.resolution ?? '') : '',
  });
}

function evaluate(state: MeetingState, vote: Vote): Result<VoteResult> {
  const present = presentMembers(state);
  const voting = state.memberOrder.flatMap((id) => {
    const m = state.members[id];
    return m && m.role === 'member' ? [m] : [];
  });
  const members = tallyOf(voting);
  const presentTally = tallyOf(present);
  let counts: Readonly<Record<string, Tally>>;
  if (vote.method === 'rollCall') {
    const computed = rollCallCounts(state, vote, present);
    if (!computed.ok) return computed;
    counts = computed.value;
  } else {
    if (vote.counts === null) return fail('vote.noCounts');
    counts = vote.counts;
  }
  // Someone may have left since the counts were entered: the base at close is what counts.
  const within = checkWithinBase(vote.preset, counts, presentTally);
  if (!within.ok) return within;
  const frozen = {
    members,
    present: presentTally,
    voters: present.map((m) => m.memberId),
    counts,
    winner: null,
    tie: false,
    satisfactionPermille: null,
  };
  const preset = vote.preset;
  if (vote.method === 'choice') {
    const input = {
      members,
      present: presentTally,
      options: vote.options.map((o) => ({ optionId: o.optionId, votes: get(counts, o.optionId) })),
      abstain: get(counts, 'abstain'),
    };
    const bad = validateChoiceInput(preset, input);
    if (bad) return rulesError(bad);
    const r = evaluateChoice(preset, input);
    const invalidReason = r.result === 'invalid' ? 'belowQuorum' : null;
    return ok({
      ...frozen,
      result: r.result,
      invalidReason,
      quorum: r.quorum,
      pass: r.pass,
      winner: r.winner,
      tie: r.tie,
    });
  }
  if (vote.method === 'satisfaction') {
    const input = {
      members,
      present: presentTally,
      satisfied: get(counts, 'satisfied').heads,
      basicallySatisfied: get(counts, 'basicallySatisfied').heads,
      dissatisfied: get(counts, 'dissatisfied').heads,
    };
    const r = evaluateSatisfaction(preset, input);
    if (r.error) return rulesError(r.error);
    return ok({
      ...frozen,
      result: r.valid ? 'evaluated' : 'invalid',
      invalidReason: r.valid ? null : 'belowQuorum',
      quorum: r.quorum,
      pass: [],
      satisfactionPermille: r.satisfactionPermille,
    });
  }
  const input = {
    members,
    present: presentTally,
    yes: get(counts, 'yes'),
    no: get(counts, 'no'),
    abstain: get(counts, 'abstain'),
  };
  const bad = validateVoteInput(preset, input);
  if (bad) return rulesError(bad);
  const r = evaluateVote(preset, input);
  return ok({
    ...frozen,
    result: r.result,
    invalidReason: r.invalidReason,
    quorum: r.quorum,
    pass: r.pass,
  });
}

/** Sum of all counts of a vote, for summaries. */
export function totalCast(counts: Readonly<Record<string, Tally>>): Tally {
  return addTallies(...Object.values(counts));
}
