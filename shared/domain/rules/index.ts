// The rules module's public surface: rule presets and the vote/quorum arithmetic. Pure: no
// clock, no I/O; every user-facing word comes from the 'rules' namespace of the catalogue.
export type {
  Measure,
  Tally,
  Comparator,
  Fraction,
  QuorumCondition,
  PassBase,
  PassCondition,
  RulePreset,
  VoteInput,
  CountedKind,
  ConditionCheck,
  VoteOutcome,
  RulesError,
  ChoiceInput,
  ChoiceOutcome,
  SatisfactionInput,
  SatisfactionOutcome,
} from './types';
export { meets, MEASURES, ZERO_TALLY, addTallies, measuresUsed } from './threshold';
export {
  checkQuorum,
  evaluateVote,
  quorumShortfall,
  type QuorumResult,
  type QuorumShortfall,
} from './evaluate';
export { validateVoteInput } from './validate';
export { evaluateChoice, validateChoiceInput } from './choice';
export { evaluateSatisfaction, validateSatisfactionInput } from './satisfaction';
export {
  describeRule,
  describeQuorum,
  describePassCondition,
  describeQuorumCondition,
  describeCheck,
  describeRulesError,
  formatPercent,
  formatShare,
  presetNote,
  formatCount,
} from './words';
export { dateOf, parseDay, postingPeriod } from './posting';
export { PRESETS, presetById } from './presets';
export { customPresetSchema, rulePresetSchema } from './schema';
