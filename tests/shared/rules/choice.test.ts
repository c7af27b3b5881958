import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  evaluateChoice,
  validateChoiceInput,
  type ChoiceInput,
} from '../../../shared/domain/rules';
import { preset, tally } from './helpers';

const reps = preset('villager-reps-meeting');
const council23 = preset('council-two-thirds');
const owners = preset('owners-general');

function headChoice(
  members: number,
  present: number,
  votes: Readonly<Record<string, number>>,
  abstain = 0,
): ChoiceInput {
  return {
    members: tally(members),
    present: tally(present),
    options: Object.entries(votes).map(([optionId, heads]) => ({ optionId, votes: tally(heads) })),
    abstain: tally(abstain),
  };
}

describe('evaluateChoice', () => {
  it('the option with most votes wins when it meets the pass rule', () => {
    const outcome = evaluateChoice(reps, headChoice(40, 36, { a: 19, b: 10, c: 7 }));
    expect(outcome).toMatchObject({ result: 'passed', winner: 'a', tie: false });
    expect(outcome.pass[0]).toMatchObject({ counted: 19, base: 36, met: true });
  });

  it('the leader fails if it alone does not meet the rule (18 of 36)', () => {
    expect(evaluateChoice(reps, headChoice(40, 36, { a: 18, b: 10, c: 8 }))).toMatchObject({
      result: 'failed',
      winner: null,
      tie: false,
    });
  });

  it('abstentions count in the present base', () => {
    expect(evaluateChoice(reps, headChoice(40, 36, { a: 18, b: 2 }, 16)).result).toBe('failed');
  });

  it('a tie at the top leaves no winner, even when both meet a low threshold', () => {
    const lowBar = {
      ...reps,
      pass: [
        { measure: 'heads', base: 'present', comparator: 'gte', fraction: { num: 1, den: 3 } },
      ],
    } as const;
    expect(evaluateChoice(lowBar, headChoice(30, 30, { a: 12, b: 12, c: 6 }))).toMatchObject({
      result: 'failed',
      winner: null,
      tie: true,
    });
    expect(evaluateChoice(lowBar, headChoice(30, 30, { a: 11, b: 13, c: 6 }))).toMatchObject({
      result: 'passed',
      winner: 'b',
      tie: false,
    });
  });

  it('a lower tie does not matter', () => {
    expect(evaluateChoice(reps, headChoice(40, 36, { a: 20, b: 8, c: 8 }))).toMatchObject({
      winner: 'a',
      tie: false,
    });
  });

  it('below quorum is invalid with no winner', () => {
    expect(evaluateChoice(reps, headChoice(40, 26, { a: 26 }))).toMatchObject({
      result: 'invalid',
      winner: null,
    });
  });

  it('uses the members base where the preset says so', () => {
    expect(evaluateChoice(council23, headChoice(37, 30, { a: 24, b: 6 })).result).toBe('failed');
    expect(evaluateChoice(council23, headChoice(37, 30, { a: 25, b: 5 })).winner).toBe('a');
  });

  it('owners: the head-count leader must also carry the area', () => {
    const base = {
      members: tally(100, 0, 1_000_000),
      present: tally(80, 0, 800_000),
      abstain: tally(0),
    };
    const byHeadsOnly = evaluateChoice(owners, {
      ...base,
      options: [
        { optionId: 'a', votes: tally(45, 0, 300_000) },
        { optionId: 'b', votes: tally(35, 0, 500_000) },
      ],
    });
    // Ranked by area (the first pass condition's measure): b leads on area but not on heads.
    expect(byHeadsOnly).toMatchObject({ result: 'failed', winner: null });
    const both = evaluateChoice(owners, {
      ...base,
      options: [
        { optionId: 'a', votes: tally(30, 0, 300_000) },
        { optionId: 'b', votes: tally(50, 0, 500_000) },
      ],
    });
    expect(both).toMatchObject({ result: 'passed', winner: 'b' });
  });

  it('no options: failed, no winner', () => {
    expect(evaluateChoice(reps, headChoice(40, 36, {}))).toMatchObject({
      result: 'failed',
      winner: null,
      tie: false,
      pass: [],
    });
  });

  it('never names a winner below quorum or on a tie (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { maxLength: 5 }),
        fc.nat(10),
        fc.nat(20),
        (votes, abstain, absent) => {
          const cast = votes.reduce((a, b) => a + b, 0) + abstain;
          const input = headChoice(
            cast + absent + 5,
            cast + absent,
            Object.fromEntries(votes.map((v, i) => [`o${i}`, v])),
            abstain,
          );
          expect(validateChoiceInput(reps, input)).toBeNull();
          const outcome = evaluateChoice(reps, input);
          if (outcome.tie || outcome.result !== 'passed') expect(outcome.winner).toBeNull();
          if (outcome.winner !== null) {
            const top = Math.max(...votes);
            expect(votes.filter((v) => v === top)).toHaveLength(1);
            expect(2 * top).toBeGreaterThan(cast + absent);
          }
        },
      ),
    );
  });
});

describe('validateChoiceInput', () => {
  it('accepts consistent counts', () => {
    expect(validateChoiceInput(reps, headChoice(40, 36, { a: 20, b: 10 }, 6))).toBeNull();
  });

  it('rejects votes above those present', () => {
    expect(validateChoiceInput(reps, headChoice(40, 36, { a: 20, b: 10 }, 7))).toEqual({
      code: 'rules.countsExceedBase',
      params: { measure: 'heads', counted: 37, base: 36 },
    });
  });

  it('rejects duplicate or empty option ids', () => {
    const input = headChoice(40, 36, { a: 1 });
    expect(
      validateChoiceInput(reps, { ...input, options: [...input.options, ...input.options] })?.code,
    ).toBe('rules.duplicateOption');
    expect(
      validateChoiceInput(reps, { ...input, options: [{ optionId: '', votes: tally(1) }] })?.code,
    ).toBe('rules.duplicateOption');
  });

  it('rejects bad counts and attendance', () => {
    expect(validateChoiceInput(reps, headChoice(40, 36, { a: -1 }))?.code).toBe('rules.notACount');
    expect(validateChoiceInput(reps, headChoice(30, 36, { a: 1 }))?.code).toBe(
      'rules.presentExceedsMembers',
    );
  });
});
