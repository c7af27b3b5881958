import type { CommandOf } from '../commands';
import { measuresUsed, presetById, type RulePreset, type Tally } from '../rules';
import { fail, ok, type Result } from '../result';
import { presentMembers, tallyOf, votingMembers } from '../selectors/attendance';
import { countKeys } from '../selectors/vote';
import type { MeetingState, Vote } from '../state/types';
import { ABSTAIN_KEY, type VoteMethod } from '../vocabulary';
import { emit, meetingIn, memberOf, targetItem, type Decision } from './context';
import { checkNotCountedTwice, deviceShare, splitHousehold } from './vote-device';

/** Evaluations need an evaluation preset; a meeting's decision preset falls back to this one. */
const DEFAULT_EVALUATION_PRESET = 'evaluation-reps';

function votePreset(
  meetingPreset: RulePreset,
  method: VoteMethod,
  presetId: string | undefined,
  custom: RulePreset | undefined,
): Result<RulePreset> {
  const evaluation = method === 'satisfaction';
  let preset: RulePreset | undefined = meetingPreset;
  if (custom !== undefined) preset = custom;
  else if (presetId !== undefined) preset = presetById(presetId);
  else if (evaluation && meetingPreset.kind !== 'evaluation')
    preset = presetById(DEFAULT_EVALUATION_PRESET);
  if (!preset)
    return fail('meeting.unknownPreset', { presetId: presetId ?? DEFAULT_EVALUATION_PRESET });
  if ((preset.kind === 'evaluation') !== evaluation) {
    return fail('vote.presetKindMismatch', { presetId: preset.id, method });
  }
  return ok(preset);
}

/** Opens a vote on the open item under the meeting's preset or an override. */
export function openVote(state: MeetingState, c: CommandOf<'vote/open'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const item = targetItem(state, c.itemId);
  if (!item.ok) return item;
  if (state.openVoteId !== null) return fail('vote.anotherOpen', { voteId: state.openVoteId });
  if (state.votes[c.voteId]) return fail('vote.duplicateId', { voteId: c.voteId });
  const preset = votePreset(meeting.value.preset, c.method, c.presetId, c.customPreset);
  if (!preset.ok) return preset;
  const options = c.method === 'choice' ? (c.options ?? []) : [];
  if (c.method === 'choice') {
    if (options.length < 2) return fail('vote.needsOptions');
    const ids = new Set(options.map((o) => o.optionId));
    if (ids.size !== options.length || ids.has(ABSTAIN_KEY)) return fail('vote.duplicateOption');
  }
  // The roster must carry what the preset counts, or the bases would be silently short.
  for (const measure of measuresUsed(preset.value)) {
    if (measure === 'heads') continue;
    const lacking = votingMembers(state).find((m) =>
      measure === 'area' ? m.area === 0 : m.household === '',
    );
    if (lacking) return fail('vote.rosterMissing', { measure, name: lacking.name });
  }
  return emit(state, c, 'vote/opened', {
    voteId: c.voteId,
    itemId: item.value.itemId,
    method: c.method,
    question: c.question,
    preset: preset.value,
    options,
    ...(c.teller ? { teller: c.teller } : {}),
    ...(c.scrutineer ? { scrutineer: c.scrutineer } : {}),
  });
}

/** The vote a command names, or the open one; it must still be open. */
function openVoteOf(state: MeetingState, voteId: string | undefined): Result<Vote> {
  const id = voteId ?? state.openVoteId;
  if (id === null) return fail('vote.noneOpen');
  const vote = state.votes[id];
  if (!vote) return fail('vote.unknown', { voteId: id });
  if (vote.status !== 'open') return fail('vote.notOpen', { voteId: id });
  return ok(vote);
}

export { countKeys };

/** Refuses counts above those present in any measure the preset uses (RULES.md). */
export function checkWithinBase(
  preset: RulePreset,
  counts: Readonly<Record<string, Tally>>,
  present: Tally,
): Result<true> {
  for (const measure of measuresUsed(preset)) {
    let counted = 0;
    for (const t of Object.values(counts)) counted += t[measure];
    if (counted > present[measure]) {
      return fail('vote.countsExceedBase', { measure, counted, base: present[measure] });
    }
  }
  return ok(true);
}

/** Records the counts of a show of hands, secret ballot, choice or evaluation. */
export function enterCounts(state: MeetingState, c: CommandOf<'vote/enterCounts'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const vote = openVoteOf(state, c.voteId);
  if (!vote.ok) return vote;
  if (vote.value.method === 'rollCall') return fail('vote.rollCallTakesBallots');
  const keys = countKeys(vote.value);
  const unknown = Object.keys(c.counts).find((k) => !keys.includes(k));
  if (unknown !== undefined) return fail('vote.unknownCountKey', { key: unknown });
  const counts: Record<string, Tally> = {};
  for (const key of keys) counts[key] = c.counts[key] ?? { heads: 0, households: 0, area: 0 };
  const within = checkWithinBase(vote.value.preset, counts, tallyOf(presentMembers(state)));
  if (!within.ok) return within;
  // Those who voted on a phone are not in the hands or paper count.
  const once = checkNotCountedTwice(state, vote.value, counts, deviceShare(state, vote.value));
  if (!once.ok) return once;
  return emit(state, c, 'vote/countsEntered', { voteId: vote.value.voteId, counts });
}

/** Records (or clears) one member's roll-call ballot; changeable until close. */
export function recordBallot(state: MeetingState, c: CommandOf<'vote/recordBallot'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const vote = openVoteOf(state, c.voteId);
  if (!vote.ok) return vote;
  if (vote.value.method !== 'rollCall') return fail('vote.notRollCall');
  const member = memberOf(state, c.memberId);
  if (!member.ok) return member;
  if (member.value.role !== 'member')
    return fail('vote.observerCannotVote', { name: member.value.name });
  if (state.attendance[c.memberId]?.status !== 'present') {
    return fail('roster.notPresent', { name: member.value.name });
  }
  const split = splitHousehold(state, vote.value, c.memberId, c.ballot);
  if (split) return fail('vote.householdSplit', { name: member.value.name, household: split });
  return emit(state, c, 'vote/ballotRecorded', {
    voteId: vote.value.voteId,
    memberId: c.memberId,
    ballot: c.ballot,
  });
}

/** Voiding is the only way back from a closed vote: recorded, with its reason, never undone. */
export function voidVote(state: MeetingState, c: CommandOf<'vote/void'>): Decision {
  const meeting = meetingIn(state, ['open', 'closed']);
  if (!meeting.ok) return meeting;
  const vote = state.votes[c.voteId];
  if (!vote) return fail('vote.unknown', { voteId: c.voteId });
  if (vote.status === 'voided') return fail('vote.alreadyVoided', { voteId: c.voteId });
  return emit(state, c, 'vote/voided', { voteId: c.voteId, reason: c.reason });
}

/** A closed, passed, not voided vote: the only kind that has a resolution. */
export function passedVote(state: MeetingState, voteId: string): Result<Vote> {
  const vote = state.votes[voteId];
  if (!vote) return fail('vote.unknown', { voteId });
  if (vote.status !== 'closed' || vote.outcome?.result !== 'passed') {
    return fail('vote.notPassed', { voteId });
  }
  return ok(vote);
}

export function setResolution(state: MeetingState, c: CommandOf<'vote/setResolution'>): Decision {
  const meeting = meetingIn(state, ['open', 'closed']);
  if (!meeting.ok) return meeting;
  const vote = passedVote(state, c.voteId);
  if (!vote.ok) return vote;
  return emit(state, c, 'vote/resolutionSet', { voteId: c.voteId, text: c.text });
}

/**
 * Names a vote's 计票人 / 监票人, also after it closed or the meeting ended: they are often
 * written down only when the minutes are prepared. A field left out keeps its value.
 */
export function setTellers(state: MeetingState, c: CommandOf<'vote/setTellers'>): Decision {
  const meeting = meetingIn(state, ['open', 'closed']);
  if (!meeting.ok) return meeting;
  const vote = state.votes[c.voteId];
  if (!vote) return fail('vote.unknown', { voteId: c.voteId });
  return emit(state, c, 'vote/tellersSet', {
    voteId: c.voteId,
    teller: c.teller ?? vote.teller,
    scrutineer: c.scrutineer ?? vote.scrutineer,
  });
}
