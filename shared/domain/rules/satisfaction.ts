import { quorumChecks } from './evaluate';
import { permilleOf, ZERO_TALLY } from './threshold';
import { checkCount, validateAttendance, validateCast } from './validate';
import type {
  RulePreset,
  RulesError,
  SatisfactionInput,
  SatisfactionOutcome,
  Tally,
} from './types';

function toNumber(value: bigint | null): number | null {
  // At most 1000 here: the share's part never exceeds its whole.
  return value === null ? null : Number(value);
}

/**
 * Checks evaluation counts: attendance as for a vote, each share a non-negative integer, and no
 * more answers than people present.
 */
export function validateSatisfactionInput(
  preset: RulePreset,
  input: SatisfactionInput,
): RulesError | null {
  const attendance = validateAttendance(preset, input.members, input.present);
  if (attendance) return attendance;
  const bad =
    checkCount('satisfied', 'heads', input.satisfied) ??
    checkCount('basicallySatisfied', 'heads', input.basicallySatisfied) ??
    checkCount('dissatisfied', 'heads', input.dissatisfied);
  if (bad) return bad;
  const total = input.satisfied + input.basicallySatisfied + input.dissatisfied;
  return validateCast(preset, input.present, { ...ZERO_TALLY, heads: total });
}

/**
 * Reports a satisfaction evaluation (民主评议): the quorum and the share of 满意 + 基本满意.
 * Answers are counted in heads only, so a 'participating' quorum counts the answers given and
 * other measures fall back to those present. Invalid counts or a missed quorum make it not valid.
 */
export function evaluateSatisfaction(
  preset: RulePreset,
  input: SatisfactionInput,
): SatisfactionOutcome {
  const error = validateSatisfactionInput(preset, input);
  const total = input.satisfied + input.basicallySatisfied + input.dissatisfied;
  const participating: Tally = { ...input.present, heads: total };
  const quorum = quorumChecks(preset, input.members, input.present, participating);
  return {
    valid: error === null && quorum.met,
    quorum: quorum.checks,
    total,
    satisfactionPermille:
      error === null
        ? toNumber(permilleOf(input.satisfied + input.basicallySatisfied, total))
        : null,
    error,
  };
}
