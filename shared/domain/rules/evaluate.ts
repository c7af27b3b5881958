import { addTallies, meets, MEASURES } from './threshold';
import type {
  ConditionCheck,
  CountedKind,
  Measure,
  PassBase,
  RulePreset,
  Tally,
  VoteInput,
  VoteOutcome,
} from './types';

/** The quorum verdict with the working behind it. */
export type QuorumResult = Readonly<{ met: boolean; checks: readonly ConditionCheck[] }>;

/**
 * Applies the preset's quorum to the counts. 'participating' conditions need the vote counts;
 * before a vote (no yes/no/abstain given) they are checked against those present instead, the
 * most who could take part, and the check says so (countedKind 'present'). An empty quorum is met.
 */
export function checkQuorum(
  preset: RulePreset,
  input: Pick<VoteInput, 'members' | 'present'> & Partial<VoteInput>,
): QuorumResult {
  const { yes, no, abstain } = input;
  const participating =
    yes !== undefined && no !== undefined && abstain !== undefined
      ? addTallies(yes, no, abstain)
      : null;
  return quorumChecks(preset, input.members, input.present, participating);
}

/** Quorum checks given the participating tally, or null when no vote has been counted yet. */
export function quorumChecks(
  preset: RulePreset,
  members: Tally,
  present: Tally,
  participating: Tally | null,
): QuorumResult {
  const checks = preset.quorum.map((c): ConditionCheck => {
    const byParticipation = c.counted === 'participating' && participating !== null;
    const counted = byParticipation ? participating[c.measure] : present[c.measure];
    const base = members[c.measure];
    return {
      measure: c.measure,
      counted,
      base,
      baseKind: 'members',
      comparator: c.comparator,
      fraction: c.fraction,
      met: meets(counted, base, c.comparator, c.fraction),
      countedKind: byParticipation ? 'participating' : 'present',
    };
  });
  return { met: checks.every((c) => c.met), checks };
}

/** The tally each pass base stands for in one vote. */
export type PassBases = Readonly<Record<PassBase, Tally>>;

/** Pass checks of one yes count (a yes/no vote's yes, or one option of a choice). */
export function passChecks(
  preset: RulePreset,
  yes: Tally,
  bases: PassBases,
): readonly ConditionCheck[] {
  return preset.pass.map((c): ConditionCheck => {
    const counted = yes[c.measure];
    const base = bases[c.base][c.measure];
    return {
      measure: c.measure,
      counted,
      base,
      baseKind: c.base,
      comparator: c.comparator,
      fraction: c.fraction,
      met: meets(counted, base, c.comparator, c.fraction),
      countedKind: 'yes',
    };
  });
}

/**
 * Combines quorum and pass checks into a result. Below quorum is 'invalid' whatever the votes
 * (RULES.md). A preset without pass conditions (an evaluation) never passes a yes/no vote: an
 * empty "all of" would otherwise pass everything.
 */
export function verdict(
  quorum: QuorumResult,
  pass: readonly ConditionCheck[],
): 'passed' | 'failed' | 'invalid' {
  if (!quorum.met) return 'invalid';
  return pass.length > 0 && pass.every((c) => c.met) ? 'passed' : 'failed';
}

/**
 * Decides a yes/no vote under a preset. Expects counts that validateVoteInput accepted.
 * Abstentions are present and take part, so they sit in 'present' and 'participating' bases
 * but never count as yes; they are in 'votesCast' only when the preset says so.
 */
export function evaluateVote(preset: RulePreset, input: VoteInput): VoteOutcome {
  const participating = addTallies(input.yes, input.no, input.abstain);
  const votesCast = preset.abstentionsAreCast ? participating : addTallies(input.yes, input.no);
  const quorum = quorumChecks(preset, input.members, input.present, participating);
  const pass = passChecks(preset, input.yes, {
    members: input.members,
    present: input.present,
    participating,
    votesCast,
  });
  const result = verdict(quorum, pass);
  return {
    result,
    invalidReason: result === 'invalid' ? 'belowQuorum' : null,
    quorum: quorum.checks,
    pass,
  };
}

/** Why a vote fell short of its quorum: too few present, or too few taking part, and in what. */
export type QuorumShortfall = Readonly<{ counted: CountedKind; measures: readonly Measure[] }>;

/**
 * The unmet quorum checks of a vote, summarised for the words of an invalid result. An owners'
 * vote (民法典 art. 278) fails for lack of owners taking part, not for lack of people in the
 * room, and must say so; null when the quorum was met.
 */
export function quorumShortfall(checks: readonly ConditionCheck[]): QuorumShortfall | null {
  const unmet = checks.filter((c) => !c.met);
  if (unmet.length === 0) return null;
  const counted = unmet.some((c) => c.countedKind === 'participating')
    ? 'participating'
    : 'present';
  const measures = MEASURES.filter((m) => unmet.some((c) => c.measure === m));
  return { counted, measures };
}
