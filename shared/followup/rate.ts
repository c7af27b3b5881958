import { permilleOf } from '../domain/rules/threshold';
import type { SatisfactionCounts } from './fields';

/**
 * The satisfaction rate (满意率) of an evaluation, in integer per mille:
 *   (满意 + 基本满意) × 1000 ÷ (满意 + 基本满意 + 不满意), rounded half up,
 * with the rules module's integer arithmetic (the same figure the minutes print for the vote).
 * No answers give null: a rate over nobody is no rate. The formula's words are
 * 'followup:label.rateFormula'.
 */
export function satisfactionRate(counts: SatisfactionCounts): number | null {
  const { satisfied, basicallySatisfied, dissatisfied } = counts;
  const all = [satisfied, basicallySatisfied, dissatisfied];
  if (!all.every((n) => Number.isSafeInteger(n) && n >= 0)) return null;
  const value = permilleOf(
    satisfied + basicallySatisfied,
    satisfied + basicallySatisfied + dissatisfied,
  );
  // At most 1000: the part never exceeds the whole.
  return value === null ? null : Number(value);
}
