import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addTallies, measuresUsed, meets, type Comparator } from '../../../shared/domain/rules';
import { preset, tally } from './helpers';

const HALF = { num: 1, den: 2 };
const TWO_THIRDS = { num: 2, den: 3 };

describe('meets', () => {
  it('exactly half is not more than half (18 of 36)', () => {
    expect(meets(18, 36, 'gt', HALF)).toBe(false);
    expect(meets(19, 36, 'gt', HALF)).toBe(true);
  });

  it('exactly half is half or more', () => {
    expect(meets(18, 36, 'gte', HALF)).toBe(true);
    expect(meets(17, 36, 'gte', HALF)).toBe(false);
  });

  it('exactly two-thirds passes >= 2/3 (24 of 36), 23 of 35 does not', () => {
    expect(meets(24, 36, 'gte', TWO_THIRDS)).toBe(true);
    expect(meets(23, 35, 'gte', TWO_THIRDS)).toBe(false);
    expect(meets(24, 36, 'gt', TWO_THIRDS)).toBe(false);
  });

  it('handles odd bases: more than half of 37 needs 19', () => {
    expect(meets(18, 37, 'gt', HALF)).toBe(false);
    expect(meets(19, 37, 'gt', HALF)).toBe(true);
  });

  it('never meets a threshold over a base of 0', () => {
    expect(meets(0, 0, 'gte', HALF)).toBe(false);
    expect(meets(5, 0, 'gt', { num: 1, den: 100 })).toBe(false);
  });

  it('refuses non-integer and negative input instead of guessing', () => {
    expect(meets(18.5, 36, 'gt', HALF)).toBe(false);
    expect(meets(-1, 36, 'gte', HALF)).toBe(false);
    expect(meets(30, 36, 'gt', { num: 1.5, den: 2 })).toBe(false);
    expect(meets(30, 36, 'gt', { num: 1, den: 0 })).toBe(false);
    expect(meets(Number.NaN, 36, 'gt', HALF)).toBe(false);
  });

  it('stays exact where float products would round (beyond 2^53)', () => {
    const base = Number.MAX_SAFE_INTEGER; // odd
    const half = (base - 1) / 2;
    expect(meets(half, base, 'gt', HALF)).toBe(false);
    expect(meets(half + 1, base, 'gt', HALF)).toBe(true);
    expect(meets(half + 1, base, 'gte', HALF)).toBe(true);
    expect(meets(half, base, 'gte', HALF)).toBe(false);
  });

  it('agrees with exact rational comparison (BigInt oracle)', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.maxSafeNat());
    fc.assert(
      fc.property(
        count,
        count,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom<Comparator>('gt', 'gte'),
        (c, b, num, den, comparator) => {
          const left = BigInt(den) * BigInt(c);
          const right = BigInt(num) * BigInt(b);
          const expected = b > 0 && (comparator === 'gt' ? left > right : left >= right);
          expect(meets(c, b, comparator, { num, den })).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('addTallies', () => {
  it('adds measure by measure', () => {
    expect(addTallies(tally(1, 2, 300), tally(4, 5, 600))).toEqual(tally(5, 7, 900));
    expect(addTallies()).toEqual(tally(0));
  });
});

describe('measuresUsed', () => {
  it('always includes heads and adds what the conditions and roster name', () => {
    expect(measuresUsed(preset('council-default'))).toEqual(['heads']);
    expect(measuresUsed(preset('villagers-meeting-household'))).toEqual(['heads', 'households']);
    expect(measuresUsed(preset('owners-general'))).toEqual(['heads', 'area']);
  });
});
