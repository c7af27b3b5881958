import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  evaluateSatisfaction,
  validateSatisfactionInput,
  type SatisfactionInput,
} from '../../../shared/domain/rules';
import { preset, tally } from './helpers';

const reps = preset('evaluation-reps'); // quorum > 2/3 present
const villagers = preset('evaluation-villagers'); // quorum > 1/2 present

function input(
  members: number,
  present: number,
  satisfied: number,
  basicallySatisfied: number,
  dissatisfied: number,
): SatisfactionInput {
  return {
    members: tally(members),
    present: tally(present),
    satisfied,
    basicallySatisfied,
    dissatisfied,
  };
}

describe('evaluateSatisfaction', () => {
  it('reports the share of satisfied and basically satisfied in permille', () => {
    expect(evaluateSatisfaction(reps, input(30, 27, 20, 3, 4))).toEqual({
      valid: true,
      quorum: [expect.objectContaining({ counted: 27, base: 30, met: true })],
      total: 27,
      satisfactionPermille: 852, // 23/27 = 0.85185…
      error: null,
    });
  });

  it('rounds half up', () => {
    // 1/8 = 125.0‰ exactly; 1/16 = 62.5‰ rounds to 63; 1/3 = 333.3‰ rounds to 333; 2/3 → 667.
    expect(evaluateSatisfaction(villagers, input(16, 16, 1, 0, 15)).satisfactionPermille).toBe(63);
    expect(evaluateSatisfaction(villagers, input(8, 8, 1, 0, 7)).satisfactionPermille).toBe(125);
    expect(evaluateSatisfaction(villagers, input(3, 3, 0, 1, 2)).satisfactionPermille).toBe(333);
    expect(evaluateSatisfaction(villagers, input(3, 3, 1, 1, 1)).satisfactionPermille).toBe(667);
  });

  it('is not valid when exactly 2/3 attend a "more than 2/3" evaluation', () => {
    const outcome = evaluateSatisfaction(reps, input(30, 20, 20, 0, 0));
    expect(outcome.valid).toBe(false);
    expect(outcome.satisfactionPermille).toBe(1000);
    expect(evaluateSatisfaction(reps, input(30, 21, 20, 0, 0)).valid).toBe(true);
  });

  it('has no share when nobody answered', () => {
    expect(evaluateSatisfaction(villagers, input(10, 10, 0, 0, 0))).toMatchObject({
      total: 0,
      satisfactionPermille: null,
    });
  });

  it('refuses more answers than people present', () => {
    const outcome = evaluateSatisfaction(reps, input(30, 25, 20, 3, 4));
    expect(outcome).toMatchObject({
      valid: false,
      satisfactionPermille: null,
      error: { code: 'rules.countsExceedBase' },
    });
    expect(validateSatisfactionInput(reps, input(30, 25, -1, 0, 0))?.code).toBe('rules.notACount');
  });

  it('permille stays within 0..1000 and matches the exact value within half a unit (property)', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), (s, b, d) => {
        const total = s + b + d;
        const outcome = evaluateSatisfaction(villagers, input(total, total, s, b, d));
        if (total === 0) return;
        const value = outcome.satisfactionPermille ?? -1;
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1000);
        // |value - 1000(s+b)/total| <= 1/2, with ties going up: 2*value*total in (2000(s+b) - total, 2000(s+b) + total].
        expect(2 * value * total).toBeGreaterThan(2000 * (s + b) - total);
        expect(2 * value * total).toBeLessThanOrEqual(2000 * (s + b) + total);
      }),
    );
  });
});
