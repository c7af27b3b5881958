import { describe, expect, it } from 'vitest';
import { actionImports, evaluationFrom } from '../../../shared/followup';
import { decided, evaluating } from './meetings';
import { A1, Registry } from './helpers';

describe('reading meetings into the registry', () => {
  it('imports a meeting’s action items once, leaving cancelled ones out', () => {
    const meeting = decided().state;
    const reg = new Registry();
    const inputs = actionImports(reg.state, meeting);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({
      meetingId: 'm1',
      actionId: 'a1',
      voteId: 'v1',
      itemId: 'i1',
      meetingTitle: '测试议事会',
      meetingDate: '2026-05-10',
      resolution: '同意加装电梯',
      owner: '张师傅',
      budgetPlanned: 1_260_000,
      deadline: '2026-06-30',
    });
    for (const input of inputs) reg.do(input);
    expect(actionImports(reg.state, meeting)).toEqual([]);
  });

  it('reads a closed, valid satisfaction vote as an evaluation', () => {
    const link = evaluationFrom(evaluating().state, 'e1');
    expect(link).toEqual({
      ok: true,
      value: {
        meetingId: 'm2',
        voteId: 'e1',
        meetingTitle: '八月议事会',
        meetingDate: '2026-08-15',
        counts: { satisfied: 13, basicallySatisfied: 6, dissatisfied: 2 },
      },
    });
    const reg = new Registry();
    for (const input of actionImports(reg.state, decided().state)) reg.do(input);
    reg
      .do({ type: 'actionItem/start', ...A1, on: '2026-05-12' })
      .do({ type: 'actionItem/complete', ...A1, on: '2026-07-01', budgetSpent: 1 });
    if (!link.ok) throw new Error('no link');
    reg.do({ type: 'actionItem/evaluate', ...A1, evaluation: link.value });
    expect(reg.state.items['m1/a1']?.evaluations[0]?.satisfactionPermille).toBe(905);
  });

  it('refuses what is not an evaluation', () => {
    const code = (r: ReturnType<typeof evaluationFrom>) => (r.ok ? 'ok' : r.error.code);
    expect(code(evaluationFrom(evaluating().state, 'nope'))).toBe('evaluation.unknownVote');
    expect(code(evaluationFrom(decided().state, 'v1'))).toBe('evaluation.notSatisfaction');
    expect(code(evaluationFrom(evaluating(false).state, 'e1'))).toBe('evaluation.notClosed');
    // 20 of 30 is not more than two thirds: the evaluation missed its quorum.
    expect(code(evaluationFrom(evaluating(true, 20, 12).state, 'e1'))).toBe('evaluation.invalid');
  });
});
