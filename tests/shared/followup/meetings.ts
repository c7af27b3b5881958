import { actionImports, evaluationFrom } from '../../../shared/followup';
import { onFloor, Sim } from '../helpers';
import { A1, Registry } from './helpers';

// Two meetings for the follow-up tests: m1 decides and records action items, m2 evaluates.

/** Meeting m1: item i1 passed by show of hands, resolution v1 with action items a1 and a2 (cancelled). */
export function decided(): Sim {
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
export function evaluating(close = true, present = 21, satisfied = 13): Sim {
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

/** The registry after m1's item a1 was carried out and m2 evaluated it. */
export function carriedOut(evaluate = true): Registry {
  const reg = new Registry();
  for (const input of actionImports(reg.state, decided().state)) reg.do(input);
  reg.do({ type: 'actionItem/start', ...A1, on: '2026-05-12' }).do({
    type: 'actionItem/complete',
    ...A1,
    on: '2026-07-01',
    budgetSpent: 1_180_000,
    summary: '电梯安装完毕并通过验收',
  });
  const link = evaluationFrom(evaluating().state, 'e1');
  if (evaluate && link.ok) reg.do({ type: 'actionItem/evaluate', ...A1, evaluation: link.value });
  return reg;
}
