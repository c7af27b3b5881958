import { describe, expect, it } from 'vitest';
import { actionImports, evaluationFrom } from '../../../shared/followup';
import { onFloor, Sim } from '../helpers';
import { A1, Registry } from './helpers';

/** Meeting m1: item i1 passed by show of hands, resolution v1 with action items a1 and a2 (cancelled). */
function decided(): Sim {
  const sim = onFloor(5, 5);
  sim
    .do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否加装电梯' })
    .do({ type: 'vote/enterCounts', counts: { yes: { heads: 5 } } })
    .do({ type: 'vote/close' })
    .do({ type: 'vote/setResolution', voteId: 'v1', text: '同意加装电梯' })
    .do({
      type: 'action/add',
      actionId: 'a1',
      voteId: 'v1',
      title: '联系施工队',
      owner: '张师傅',
      budget: 1_260_000,
      deadline: '2026-06-30',
    })
    .do({ type: 'action/add', actionId: 'a2', voteId: 'v1', title: '作废', status: 'cancelled' });
  return sim;
}

/** Meeting m2 (2026-08-15) with 21 of 30 present and a satisfaction vote e1 (13/6/2). */
function evaluating(close = true, present = 21, satisfied = 13): Sim {
  const sim = new Sim('m2');
  sim.do({
    type: 'meeting/create',
    title: '八月议事会',
    bodyKind: 'residentsCouncil',
    date: '2026-08-15',
    place: '社区',
    chair: '王主任',
    recorder: '李记录',
  });
  for (let i = 1; i <= 30; i++)
    sim.do({
      type: 'roster/addMember',
      memberId: `r${i}`,
      name: `代表${i}`,
      category: 'residentRep',
    });
  for (let i = 1; i <= present; i++) sim.do({ type: 'roster/signIn', memberId: `r${i}` });
  sim
    .do({ type: 'agenda/addItem', itemId: 'i1', title: '电梯项目满意度测评' })
    .do({ type: 'meeting/open' })
    .do({ type: 'agenda/openItem', itemId: 'i1' })
    .do({ type: 'vote/open', voteId: 'e1', method: 'satisfaction', question: '是否满意' })
    .do({
      type: 'vote/enterCounts',
      counts: {
        satisfied: { heads: satisfied },
        basicallySatisfied: { heads: 6 },
        dissatisfied: { heads: 2 },
      },
    });
  if (close) sim.do({ type: 'vote/close' });
  return sim;
}

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
