import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkQuorum,
  evaluateVote,
  measuresUsed,
  validateVoteInput,
  PRESETS,
  type Measure,
  type PassBase,
  type RulePreset,
  type VoteInput,
} from '../../../shared/domain/rules';
import { headVote, preset, tally } from './helpers';

const reps = preset('villager-reps-meeting'); // quorum >= 2/3 present; pass > 1/2 of present
const council = preset('council-default'); // quorum >= 2/3 present; pass > 1/2 of all members
const council23 = preset('council-two-thirds'); // pass >= 2/3 of all members
const owners = preset('owners-general');
const ownersSpecial = preset('owners-special');

describe('evaluateVote: RULES.md edge cases', () => {
  it('18 yes of 36 present fails "more than half of present"', () => {
    const outcome = evaluateVote(reps, headVote(40, 36, 18, 18, 0));
    expect(outcome.result).toBe('failed');
    expect(outcome.pass).toEqual([
      expect.objectContaining({ counted: 18, base: 36, baseKind: 'present', met: false }),
    ]);
  });

  it('19 yes of 36 present passes it', () => {
    expect(evaluateVote(reps, headVote(40, 36, 19, 17, 0)).result).toBe('passed');
  });

  it('24 of 36 members passes ">= 2/3 of all members"; 23 of 35 does not', () => {
    expect(evaluateVote(council23, headVote(36, 36, 24, 12, 0)).result).toBe('passed');
    expect(evaluateVote(council23, headVote(35, 35, 23, 12, 0)).result).toBe('failed');
  });

  it('the Chengdu case: 37 members need 25 yes (3*24=72 < 74)', () => {
    expect(evaluateVote(council23, headVote(37, 37, 24, 13, 0)).result).toBe('failed');
    expect(evaluateVote(council23, headVote(37, 30, 25, 5, 0)).result).toBe('passed');
  });

  it('abstentions count in the present base but not as yes', () => {
    // 19 yes, 5 no, 12 abstain of 36 present: 19 > 18, passes; abstainers are in the base.
    const passed = evaluateVote(reps, headVote(40, 36, 19, 5, 12));
    expect(passed.result).toBe('passed');
    expect(passed.pass[0]).toMatchObject({ counted: 19, base: 36 });
    // 18 yes, 2 no, 16 abstain: 18 of 36 is not more than half, though yes beats no 9 to 1.
    expect(evaluateVote(reps, headVote(40, 36, 18, 2, 16)).result).toBe('failed');
  });

  it('a vote below quorum is invalid, never passed, even when unanimous', () => {
    // 26 of 40 present is below 2/3 (3*26=78 < 80).
    const outcome = evaluateVote(reps, headVote(40, 26, 26, 0, 0));
    expect(outcome.result).toBe('invalid');
    expect(outcome.invalidReason).toBe('belowQuorum');
    expect(outcome.quorum).toEqual([
      expect.objectContaining({ counted: 26, base: 40, baseKind: 'members', met: false }),
    ]);
    expect(outcome.pass[0]?.met).toBe(true);
  });

  it('exactly 2/3 present meets a >= 2/3 quorum', () => {
    const outcome = evaluateVote(reps, headVote(36, 24, 13, 11, 0));
    expect(outcome.invalidReason).toBeNull();
    expect(outcome.result).toBe('passed');
  });

  it('a members base counts the absent: 19 yes of 36 members present out of 40 fails council-default', () => {
    expect(evaluateVote(council, headVote(40, 36, 20, 16, 0)).result).toBe('failed');
    expect(evaluateVote(council, headVote(40, 36, 21, 15, 0)).result).toBe('passed');
  });
});

describe('evaluateVote: owners’ two-base rule (民法典 art. 278)', () => {
  // 100 owners, 10000.00 m² in all; 80 owners with 8000.00 m² take part.
  const members = tally(100, 0, 1_000_000);
  const present = tally(80, 0, 800_000);

  it('passes when heads and area both pass', () => {
    const outcome = evaluateVote(owners, {
      members,
      present,
      yes: tally(50, 0, 500_000),
      no: tally(30, 0, 300_000),
      abstain: tally(0),
    });
    expect(outcome.result).toBe('passed');
    expect(outcome.pass.map((c) => c.measure)).toEqual(['area', 'heads']);
  });

  it('fails when heads pass but area fails', () => {
    const outcome = evaluateVote(owners, {
      members,
      present,
      yes: tally(60, 0, 350_000), // 60/80 heads, 3500/8000 m²
      no: tally(20, 0, 450_000),
      abstain: tally(0),
    });
    expect(outcome.result).toBe('failed');
    expect(outcome.pass).toEqual([
      expect.objectContaining({ measure: 'area', counted: 350_000, base: 800_000, met: false }),
      expect.objectContaining({ measure: 'heads', counted: 60, base: 80, met: true }),
    ]);
  });

  it('fails when area passes but heads fail', () => {
    const outcome = evaluateVote(owners, {
      members,
      present,
      yes: tally(40, 0, 600_000),
      no: tally(40, 0, 200_000),
      abstain: tally(0),
    });
    expect(outcome.result).toBe('failed');
  });

  it('counts participation, not presence, for the quorum', () => {
    // 70 owners present, but only 60 take part: 60 of 100 is below 2/3.
    const outcome = evaluateVote(owners, {
      members,
      present: tally(70, 0, 700_000),
      yes: tally(60, 0, 700_000),
      no: tally(0),
      abstain: tally(0),
    });
    expect(outcome.result).toBe('invalid');
    expect(outcome.quorum).toEqual([
      expect.objectContaining({
        measure: 'area',
        counted: 700_000,
        met: true,
        countedKind: 'participating',
      }),
      expect.objectContaining({
        measure: 'heads',
        counted: 60,
        met: false,
        countedKind: 'participating',
      }),
    ]);
  });

  it('special matters need three-quarters of both: exactly 3/4 passes', () => {
    const input = {
      members,
      present,
      yes: tally(60, 0, 600_000),
      no: tally(20, 0, 200_000),
      abstain: tally(0),
    };
    expect(evaluateVote(ownersSpecial, input).result).toBe('passed');
    expect(
      evaluateVote(ownersSpecial, {
        ...input,
        yes: tally(59, 0, 600_000),
        no: tally(21, 0, 200_000),
      }).result,
    ).toBe('failed');
  });
});

describe('evaluateVote: votes cast base', () => {
  const base: RulePreset = {
    ...council,
    id: 'votes-cast',
    pass: [{ measure: 'heads', base: 'votesCast', comparator: 'gt', fraction: { num: 1, den: 2 } }],
    custom: true,
  };

  it('includes abstentions when the preset says they are cast', () => {
    const outcome = evaluateVote({ ...base, abstentionsAreCast: true }, headVote(30, 30, 10, 8, 4));
    expect(outcome.pass[0]).toMatchObject({ counted: 10, base: 22, met: false });
  });

  it('leaves them out when it says not', () => {
    const outcome = evaluateVote(
      { ...base, abstentionsAreCast: false },
      headVote(30, 30, 10, 8, 4),
    );
    expect(outcome.pass[0]).toMatchObject({ counted: 10, base: 18, met: true });
    expect(outcome.result).toBe('passed');
  });
});

describe('evaluateVote: household rules', () => {
  it('counts households represented, not heads', () => {
    const rule = preset('one-matter-one-deliberation');
    // 12 reps present covering 140 of 200 households (>= 2/3); yes reps cover 71 of 140.
    const input: VoteInput = {
      members: tally(15, 200),
      present: tally(12, 140),
      yes: tally(4, 71),
      no: tally(8, 69),
      abstain: tally(0, 0),
    };
    expect(validateVoteInput(rule, input)).toBeNull();
    const outcome = evaluateVote(rule, input);
    expect(outcome.result).toBe('passed');
    expect(evaluateVote(rule, { ...input, yes: tally(8, 70), no: tally(4, 70) }).result).toBe(
      'failed',
    );
  });

  it('villagers meeting by household: 2/3 of households must be represented', () => {
    const rule = preset('villagers-meeting-household');
    const input: VoteInput = {
      members: tally(300, 120),
      present: tally(79, 79),
      yes: tally(50, 50),
      no: tally(29, 29),
      abstain: tally(0, 0),
    };
    expect(evaluateVote(rule, input).result).toBe('invalid'); // 79 of 120 < 80
    expect(evaluateVote(rule, { ...input, present: tally(80, 80), no: tally(30, 30) }).result).toBe(
      'passed',
    );
  });
});

describe('evaluateVote: evaluation presets', () => {
  it('never pass a yes/no vote: they have no pass condition', () => {
    expect(evaluateVote(preset('evaluation-reps'), headVote(10, 10, 10, 0, 0)).result).toBe(
      'failed',
    );
  });
});

describe('checkQuorum', () => {
  it('checks presence before any vote', () => {
    expect(checkQuorum(reps, { members: tally(37), present: tally(25) })).toMatchObject({
      met: true,
      checks: [{ counted: 25, base: 37, countedKind: 'present', met: true }],
    });
    expect(checkQuorum(reps, { members: tally(37), present: tally(24) }).met).toBe(false);
  });

  it('villagers meeting: more than half of adults, exactly half is not enough', () => {
    const rule = preset('villagers-meeting-individual');
    expect(checkQuorum(rule, { members: tally(500), present: tally(250) }).met).toBe(false);
    expect(checkQuorum(rule, { members: tally(500), present: tally(251) }).met).toBe(true);
  });

  it('uses those present as the most who could take part before a participation count exists', () => {
    const result = checkQuorum(owners, {
      members: tally(90, 0, 900_000),
      present: tally(60, 0, 600_000),
    });
    expect(result.met).toBe(true);
    expect(result.checks.every((c) => c.countedKind === 'present')).toBe(true);
  });

  it('uses the participation count once the vote counts are given', () => {
    const result = checkQuorum(owners, {
      members: tally(90, 0, 900_000),
      present: tally(60, 0, 600_000),
      yes: tally(50, 0, 500_000),
      no: tally(5, 0, 50_000),
      abstain: tally(4, 0, 40_000),
    });
    expect(result.met).toBe(false); // 59 of 90 owners, 5900 of 9000 m²
    expect(result.checks.map((c) => c.counted)).toEqual([590_000, 59]);
  });

  it('an empty quorum is met', () => {
    expect(checkQuorum({ ...reps, quorum: [] }, { members: tally(5), present: tally(0) })).toEqual({
      met: true,
      checks: [],
    });
  });
});

describe('validateVoteInput', () => {
  it('accepts consistent counts', () => {
    expect(validateVoteInput(reps, headVote(40, 36, 18, 10, 8))).toBeNull();
  });

  it('rejects counts above those present', () => {
    expect(validateVoteInput(reps, headVote(40, 36, 20, 10, 7))).toEqual({
      code: 'rules.countsExceedBase',
      params: { measure: 'heads', counted: 37, base: 36 },
    });
  });

  it('rejects more present than members', () => {
    expect(validateVoteInput(reps, headVote(35, 36, 1, 1, 1))).toMatchObject({
      code: 'rules.presentExceedsMembers',
      params: { measure: 'heads', present: 36, members: 35 },
    });
  });

  it('rejects negatives and fractions', () => {
    expect(validateVoteInput(reps, headVote(40, 36, -1, 1, 1))).toMatchObject({
      code: 'rules.notACount',
      params: { field: 'yes', measure: 'heads', value: '-1' },
    });
    expect(validateVoteInput(reps, headVote(40, 36.5, 1, 1, 1))?.code).toBe('rules.notACount');
    expect(validateVoteInput(reps, headVote(40, 36, 1, Number.NaN, 1))?.code).toBe(
      'rules.notACount',
    );
  });

  it('checks every measure the preset uses, and only those', () => {
    const input: VoteInput = {
      members: tally(100, 0, 1_000_000),
      present: tally(80, 0, 800_000),
      yes: tally(50, 0, 500_000),
      no: tally(30, 0, 300_001),
      abstain: tally(0),
    };
    expect(validateVoteInput(owners, input)).toMatchObject({
      code: 'rules.countsExceedBase',
      params: { measure: 'area' },
    });
    // A heads-only rule ignores a stray area figure.
    expect(validateVoteInput(reps, input)).toBeNull();
  });
});

describe('properties', () => {
  const measureCount = fc.integer({ min: 0, max: 120 });
  const anyTally = fc.record({
    heads: measureCount,
    households: measureCount,
    area: fc.integer({ min: 0, max: 1_000_000 }),
  });
  const anyInput = fc.record({
    members: anyTally,
    present: anyTally,
    yes: anyTally,
    no: anyTally,
    abstain: anyTally,
  });

  /** A consistent input: abstain+no+yes <= present <= members in every measure. */
  const consistentTally = fc
    .tuple(fc.nat(60), fc.nat(60), fc.nat(60), fc.nat(60), fc.nat(60))
    .map(([y, n, a, absent, away]) => ({
      yes: y,
      no: n,
      abstain: a,
      present: y + n + a + absent,
      members: y + n + a + absent + away,
    }));
  const consistentInput = fc
    .tuple(consistentTally, consistentTally, consistentTally, fc.integer({ min: 1, max: 5000 }))
    .map(([h, hh, ar, scale]): VoteInput => {
      const pick = (k: 'members' | 'present' | 'yes' | 'no' | 'abstain') =>
        tally(h[k], hh[k], ar[k] * scale);
      return {
        members: pick('members'),
        present: pick('present'),
        yes: pick('yes'),
        no: pick('no'),
        abstain: pick('abstain'),
      };
    });

  /** An independent reading of the rules: BigInt cross-multiplication, bases summed by hand. */
  function oracle(rule: RulePreset, input: VoteInput): { quorumMet: boolean; passMet: boolean } {
    const holds = (
      count: number,
      base: number,
      comparator: 'gt' | 'gte',
      f: { num: number; den: number },
    ) => {
      const left = BigInt(f.den) * BigInt(count);
      const right = BigInt(f.num) * BigInt(base);
      return base > 0 && (comparator === 'gt' ? left > right : left >= right);
    };
    const took = (m: Measure) => input.yes[m] + input.no[m] + input.abstain[m];
    const quorumMet = rule.quorum.every((c) =>
      holds(
        c.counted === 'present' ? input.present[c.measure] : took(c.measure),
        input.members[c.measure],
        c.comparator,
        c.fraction,
      ),
    );
    const baseOf = (base: PassBase, m: Measure): number => {
      if (base === 'members') return input.members[m];
      if (base === 'present') return input.present[m];
      if (base === 'participating') return took(m);
      return input.yes[m] + input.no[m] + (rule.abstentionsAreCast ? input.abstain[m] : 0);
    };
    const passMet =
      rule.pass.length > 0 &&
      rule.pass.every((c) =>
        holds(input.yes[c.measure], baseOf(c.base, c.measure), c.comparator, c.fraction),
      );
    return { quorumMet, passMet };
  }

  it('evaluateVote is never passed when the quorum fails or yes misses a pass condition', () => {
    let passed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS),
        fc.oneof(consistentInput, anyInput),
        (rule, input) => {
          const outcome = evaluateVote(rule, input);
          const { quorumMet, passMet } = oracle(rule, input);
          if (!quorumMet) {
            expect(outcome.result).toBe('invalid');
            expect(outcome.invalidReason).toBe('belowQuorum');
          } else {
            expect(outcome.result).toBe(passMet ? 'passed' : 'failed');
            expect(outcome.invalidReason).toBeNull();
          }
          if (outcome.result === 'passed') passed += 1;
        },
      ),
      { numRuns: 3000 },
    );
    // The generator must reach passing votes too, or the property would say little.
    expect(passed).toBeGreaterThan(50);
  });

  it('validateVoteInput rejects every input where the counts exceed those present', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), anyInput, (rule, input) => {
        const used = measuresUsed(rule);
        const exceeds = used.some(
          (m) => input.yes[m] + input.no[m] + input.abstain[m] > input.present[m],
        );
        const overMembers = used.some((m) => input.present[m] > input.members[m]);
        expect(validateVoteInput(rule, input) === null).toBe(!exceeds && !overMembers);
        if (exceeds && !overMembers) {
          expect(validateVoteInput(rule, input)?.code).toBe('rules.countsExceedBase');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('validateVoteInput accepts every consistent input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), consistentInput, (rule, input) => {
        expect(validateVoteInput(rule, input)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
