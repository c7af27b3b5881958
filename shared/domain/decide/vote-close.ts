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
import { attendanceSummary, presentMembers, tallyOf } from '../selectors/attendance';
import type { MeetingState, Member, Vote, VoteResult } from '../state/types';
import { countKeys, countsTotal, deviceCounts, sumCounts, zeroCounts } from '../selectors/vote';
import { emit, meetingIn, type Decision } from './context';
import { checkWithinBase } from './vote';
import { checkNotCountedTwice, deviceShare } from './vote-device';

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
  const sealed = sealedCounts(vote, c.sealed);
  if (!sealed.ok) return sealed;
  const outcome = evaluate(state, vote, sealed.value);
  if (!outcome.ok) return outcome;
  const passed = outcome.value.result === 'passed';
  return emit(state, c, 'vote/closed', {
    voteId: id,
    outcome: outcome.value,
    resolution: passed ? (c.resolution ?? '') : '',
  });
}

const hasVotes = (counts: Readonly<Record<string, Tally>>): boolean =>
  countsTotal(counts).heads > 0;

/**
 * The ballot box's aggregate a secret vote closes with (main sets it; zero when absent). It must
 * hold exactly one ballot per member marked as having voted: no phone ballot lost or doubled.
 * Other methods have no box: a non-empty one there is refused.
 */
function sealedCounts(
  vote: Vote,
  sealed: Readonly<Record<string, Tally>> | undefined,
): Result<Readonly<Record<string, Tally>> | null> {
  if (vote.method !== 'secret') {
    return sealed && hasVotes(sealed) ? fail('vote.notSecret') : ok(null);
  }
  const keys = countKeys(vote);
  const unknown = Object.keys(sealed ?? {}).find((k) => !keys.includes(k));
  if (unknown !== undefined) return fail('vote.unknownCountKey', { key: unknown });
  const box = sumCounts(zeroCounts(vote), sealed);
  const inBox = countsTotal(box).heads;
  if (inBox !== vote.deviceVoters.length) {
    return fail('vote.sealedMismatch', { marked: vote.deviceVoters.length, sealed: inBox });
  }
  return ok(box);
}

function evaluate(
  state: MeetingState,
  vote: Vote,
  sealed: Readonly<Record<string, Tally>> | null,
): Result<VoteResult> {
  const present = presentMembers(state);
  // The kept summary's tallies (the same roster and attendance give the same households and
  // area): the console's live preview closes the vote in a dry run on every ballot.
  const { members, presentTally } = attendanceSummary(state);
  let entered: Readonly<Record<string, Tally>> | null;
  if (vote.method === 'rollCall') {
    const computed = rollCallCounts(state, vote, present);
    if (!computed.ok) return computed;
    entered = computed.value;
  } else {
    entered = vote.counts;
  }
  // Phones' share: device ballots of those present, or a secret vote's sealed box.
  const device = sealed ?? deviceCounts(state, vote) ?? zeroCounts(vote);
  if (entered === null && !hasVotes(device) && vote.deviceVoters.length === 0) {
    return fail('vote.noCounts');
  }
  // Someone may have left since the counts were entered: the base at close is what counts.
  const enteredWithin = checkWithinBase(vote.preset, entered ?? {}, presentTally);
  if (!enteredWithin.ok) return enteredWithin;
  const once = checkNotCountedTwice(state, vote, entered, deviceShare(state, vote));
  if (!once.ok) return once;
  const counts = sumCounts(entered ?? zeroCounts(vote), device);
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
    // Recorded only when phones took part, so votes without them read as before.
    ...(hasVotes(device) ? { device } : {}),
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
