import type { Problem } from '../../errors';
import type { LocalizedText } from '../../i18n/types';

/** What a count measures. Area is an integer in 0.01 m² units so every comparison stays exact. */
export type Measure = 'heads' | 'households' | 'area';

/** One count in every measure at once, so two-base rules (owners: heads AND area) read one value. */
export type Tally = Readonly<{ heads: number; households: number; area: number }>;

/**
 * How a threshold compares, after 民法典 art. 1259: 以上 includes the number, 过/超过 excludes it.
 * gt: strictly more than the fraction (过半数, 超过…); gte: the fraction or more (…以上).
 */
export type Comparator = 'gt' | 'gte';

/** A threshold as a ratio of integers, never a float, so 2/3 is exactly two-thirds. */
export type Fraction = Readonly<{ num: number; den: number }>;

/**
 * A quorum condition, always compared against the members (应到) in its measure.
 * counted: 'present' for meetings that must be attended, 'participating' (yes+no+abstain) where
 * the law counts those who take part in the vote (业主大会, 民法典 art. 278).
 */
export type QuorumCondition = Readonly<{
  measure: Measure;
  counted: 'present' | 'participating';
  comparator: Comparator;
  fraction: Fraction;
}>;

/** The denominator a pass threshold names: 应到, 到会, those taking part, or 有效票. */
export type PassBase = 'members' | 'present' | 'participating' | 'votesCast';

/** A pass condition: yes[measure] compared against base[measure]. */
export type PassCondition = Readonly<{
  measure: Measure;
  base: PassBase;
  comparator: Comparator;
  fraction: Fraction;
}>;

/**
 * A rule preset: the quorum, the pass rule, notice and posting periods and the legal source of
 * one kind of body. Presets are data so a chair can pick or define one without a code change.
 */
export type RulePreset = Readonly<{
  id: string;
  name: LocalizedText;
  source: LocalizedText;
  kind: 'decision' | 'evaluation';
  /** All conditions must hold. */
  quorum: readonly QuorumCondition[];
  /** All conditions must hold; empty for 'evaluation' presets, which report shares instead. */
  pass: readonly PassCondition[];
  /** Whether 'votesCast' (有效票) includes abstentions. */
  abstentionsAreCast: boolean;
  noticeDaysBefore: number | null;
  posting: Readonly<{ days: number; counting: 'calendar' | 'workingDays' }>;
  /** May the room see who voted how once a roll call closes. */
  rollCallNamesPublic: boolean;
  /** Roster fields beyond heads this preset needs ('households', 'area'). */
  needs: readonly Measure[];
  custom: boolean;
}>;

/** Counts entered for one yes/no vote. Observers (列席) are never in any of them. */
export type VoteInput = Readonly<{
  members: Tally;
  present: Tally;
  yes: Tally;
  no: Tally;
  abstain: Tally;
}>;

/** What a check counted: people present, people taking part, or yes votes. */
export type CountedKind = 'present' | 'participating' | 'yes';

/** One quorum or pass condition applied to real numbers, kept so minutes can show the working. */
export type ConditionCheck = Readonly<{
  measure: Measure;
  counted: number;
  base: number;
  /** 'members' for quorum checks, the PassBase for pass checks. */
  baseKind: string;
  comparator: Comparator;
  fraction: Fraction;
  met: boolean;
  /** Addition to the agreed API: what 'counted' counted, so the check can be put into words. */
  countedKind: CountedKind;
}>;

/** The result of a yes/no vote. A vote below quorum is 'invalid', never 'passed'. */
export type VoteOutcome = Readonly<{
  result: 'passed' | 'failed' | 'invalid';
  invalidReason: 'belowQuorum' | null;
  quorum: readonly ConditionCheck[];
  pass: readonly ConditionCheck[];
}>;

/** A typed rejection; 'code' maps to the catalogue key 'rules:errors.<code after "rules.">'. */
export type RulesError = Problem;

/** Counts entered for a choice among options (比选): one vote, several options. */
export type ChoiceInput = Readonly<{
  members: Tally;
  present: Tally;
  options: readonly Readonly<{ optionId: string; votes: Tally }>[];
  abstain: Tally;
}>;

/** The result of a choice among options. */
export type ChoiceOutcome = Readonly<{
  result: 'passed' | 'failed' | 'invalid';
  winner: string | null;
  tie: boolean;
  quorum: readonly ConditionCheck[];
  pass: readonly ConditionCheck[];
}>;

/** Counts entered for a satisfaction evaluation (民主评议), in heads. */
export type SatisfactionInput = Readonly<{
  members: Tally;
  present: Tally;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
}>;

/** The result of a satisfaction evaluation. */
export type SatisfactionOutcome = Readonly<{
  valid: boolean;
  quorum: readonly ConditionCheck[];
  total: number;
  /** (satisfied + basicallySatisfied) * 1000 / total, rounded half up; null when total is 0. */
  satisfactionPermille: number | null;
  /** Addition to the agreed API: why the counts were refused, when they were. */
  error: RulesError | null;
}>;
