import type { Comparator, Fraction, Measure, RulePreset, Tally } from './types';

/**
 * Whether `count` meets `fraction` of `base`, compared by cross-multiplication in integers
 * (RULES.md: never compare floating-point ratios). gt 1/2 is `2*count > base`; gte 2/3 is
 * `3*count >= 2*base`. A base of 0 never meets a threshold: a rule over nobody decides nothing.
 * Non-integer or negative input also never meets one, so bad counts cannot pass a vote.
 */
export function meets(
  count: number,
  base: number,
  comparator: Comparator,
  fraction: Fraction,
): boolean {
  const { num, den } = fraction;
  if (![count, base, num, den].every((n) => Number.isSafeInteger(n) && n >= 0)) return false;
  if (base === 0 || den === 0) return false;
  const left = den * count;
  const right = num * base;
  // Products above 2^53 lose precision as floats; fall back to BigInt only when they might.
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) {
    return comparator === 'gt' ? left > right : left >= right;
  }
  const bigLeft = BigInt(den) * BigInt(count);
  const bigRight = BigInt(num) * BigInt(base);
  return comparator === 'gt' ? bigLeft > bigRight : bigLeft >= bigRight;
}

/** The measures in the order the UI and the minutes list them. */
export const MEASURES: readonly Measure[] = ['heads', 'households', 'area'];

/** An all-zero tally. */
export const ZERO_TALLY: Tally = { heads: 0, households: 0, area: 0 };

/** Sum of tallies, measure by measure. */
export function addTallies(...tallies: readonly Tally[]): Tally {
  return {
    heads: tallies.reduce((sum, t) => sum + t.heads, 0),
    households: tallies.reduce((sum, t) => sum + t.households, 0),
    area: tallies.reduce((sum, t) => sum + t.area, 0),
  };
}

/**
 * The measures a preset counts in: heads always (every vote has a head count), plus every
 * measure its conditions or roster needs name. Validation checks exactly these.
 */
export function measuresUsed(preset: RulePreset): readonly Measure[] {
  const named = new Set<Measure>(['heads', ...preset.needs]);
  for (const c of preset.quorum) named.add(c.measure);
  for (const c of preset.pass) named.add(c.measure);
  return MEASURES.filter((m) => named.has(m));
}

/**
 * part * 1000 / whole rounded half up, for non-negative integers and whole > 0; null for an empty
 * whole. BigInt so that large counts (areas) never round through a float.
 */
export function permilleOf(part: number, whole: number): bigint | null {
  if (whole <= 0) return null;
  // floor((2*part*1000 + whole) / (2*whole)) is round-half-up without floats.
  return (BigInt(part) * 2000n + BigInt(whole)) / (BigInt(whole) * 2n);
}
