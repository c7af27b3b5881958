import { passChecks, quorumChecks, verdict } from './evaluate';
import { checkCount, validateAttendance, validateCast } from './validate';
import { addTallies, measuresUsed } from './threshold';
import type { ChoiceInput, ChoiceOutcome, Measure, RulePreset, RulesError } from './types';

/**
 * The measure that ranks options: the first pass condition's. Under a two-base rule the ranking
 * needs one order, and the pass conditions then check every base for the leader anyway.
 */
function rankingMeasure(preset: RulePreset): Measure {
  return preset.pass[0]?.measure ?? 'heads';
}

/**
 * Checks a choice's counts: attendance as for a vote, option ids present and unique, every count
 * a non-negative integer, and all option votes plus abstentions within those present.
 */
export function validateChoiceInput(preset: RulePreset, input: ChoiceInput): RulesError | null {
  const attendance = validateAttendance(preset, input.members, input.present);
  if (attendance) return attendance;
  const seen = new Set<string>();
  for (const option of input.options) {
    if (option.optionId === '' || seen.has(option.optionId)) {
      return { code: 'rules.duplicateOption', params: { optionId: option.optionId } };
    }
    seen.add(option.optionId);
  }
  for (const measure of measuresUsed(preset)) {
    for (const option of input.options) {
      const bad = checkCount(option.optionId, measure, option.votes[measure]);
      if (bad) return bad;
    }
    const bad = checkCount('abstain', measure, input.abstain[measure]);
    if (bad) return bad;
  }
  const cast = addTallies(input.abstain, ...input.options.map((o) => o.votes));
  return validateCast(preset, input.present, cast);
}

/**
 * Decides a choice among options (比选). The option with the most votes wins if its own votes meet
 * every pass condition, with each option's votes standing in for 'yes'; a tie at the top leaves no
 * winner and the choice fails, since the rules name no tie-break. Below quorum it is 'invalid'.
 * The pass checks returned are the leading option's. Expects counts validateChoiceInput accepted.
 */
export function evaluateChoice(preset: RulePreset, input: ChoiceInput): ChoiceOutcome {
  const votes = input.options.map((o) => o.votes);
  const optionVotes = addTallies(...votes);
  const participating = addTallies(optionVotes, input.abstain);
  const votesCast = preset.abstentionsAreCast ? participating : optionVotes;
  const quorum = quorumChecks(preset, input.members, input.present, participating);

  const measure = rankingMeasure(preset);
  // Stable sort keeps the entered order among equals, so the reported leader is predictable.
  const ranked = [...input.options].sort((a, b) => b.votes[measure] - a.votes[measure]);
  const [leader, runnerUp] = ranked;
  if (leader === undefined) {
    return {
      result: quorum.met ? 'failed' : 'invalid',
      winner: null,
      tie: false,
      quorum: quorum.checks,
      pass: [],
    };
  }
  const tie = runnerUp !== undefined && runnerUp.votes[measure] === leader.votes[measure];
  const pass = passChecks(preset, leader.votes, {
    members: input.members,
    present: input.present,
    participating,
    votesCast,
  });
  const leaderResult = verdict(quorum, pass);
  const result = leaderResult === 'passed' && tie ? 'failed' : leaderResult;
  return {
    result,
    winner: result === 'passed' ? leader.optionId : null,
    tie,
    quorum: quorum.checks,
    pass,
  };
}
