import { describe, expect, it } from 'vitest';
import { A1, evaluationBy, importA1, raised, Registry } from './helpers';

describe('action items (民事民办): lifecycle', () => {
  it('planned → inProgress → done, with dated notes, spending and evaluation', () => {
    const reg = new Registry().do(importA1());
    expect(reg.state.items['m1/a1']).toMatchObject({
      status: 'planned',
      owner: '张师傅',
      budgetPlanned: 1_260_000,
      budgetSpent: 0,
      deadline: '2026-06-30',
      topicId: null,
    });
    reg.do({ type: 'actionItem/start', ...A1, on: '2026-05-12' });
    reg.do({ type: 'actionItem/update', ...A1, owner: '李师傅', deadline: '2026-07-15' });
    reg.do({
      type: 'actionItem/noteProgress',
      ...A1,
      on: '2026-06-01',
      note: '已签合同，进场施工',
      budgetSpent: 400_000,
    });
    reg.do({ type: 'actionItem/noteProgress', ...A1, on: '2026-06-20', note: '主体完工' });
    reg.do({
      type: 'actionItem/complete',
      ...A1,
      on: '2026-07-01',
      budgetSpent: 1_180_000,
      summary: '电梯安装完毕并通过验收',
    });
    reg.do({ type: 'actionItem/evaluate', ...A1, evaluation: evaluationBy() });
    const item = reg.state.items['m1/a1'];
    expect(item).toMatchObject({
      status: 'done',
      owner: '李师傅',
      deadline: '2026-07-15',
      startedOn: '2026-05-12',
      doneOn: '2026-07-01',
      budgetSpent: 1_180_000,
      summary: '电梯安装完毕并通过验收',
    });
    expect(item?.progress.map((p) => [p.on, p.note])).toEqual([
      ['2026-06-01', '已签合同，进场施工'],
      ['2026-06-20', '主体完工'],
    ]);
    expect(item?.evaluations[0]).toMatchObject({
      meetingId: 'm2',
      voteId: 'e1',
      satisfactionPermille: 905,
    });
  });

  it('links to the topic that was put on that meeting’s agenda as the agenda item', () => {
    const reg = raised().do({ type: 'topic/triage', topicId: 't1', triage: 'minor' });
    reg.do({
      type: 'topic/schedule',
      topicId: 't1',
      meetingId: 'm1',
      itemId: 'i1',
      meetingDate: '2026-05-10',
    });
    reg.do(importA1()).do(importA1({ actionId: 'a2', itemId: 'i2' }));
    expect(reg.state.items['m1/a1']?.topicId).toBe('t1');
    expect(reg.state.items['m1/a2']?.topicId).toBeNull();
    expect(reg.reject(importA1({ actionId: 'a3', topicId: 'nope' })).code).toBe(
      'actionItem.unknownTopic',
    );
  });

  it('planned → dropped with a reason; a reason is required', () => {
    const reg = new Registry().do(importA1());
    expect(reg.reject({ type: 'actionItem/drop', ...A1, on: '2026-05-20', reason: ' ' }).code).toBe(
      'command.malformed',
    );
    reg.do({ type: 'actionItem/drop', ...A1, on: '2026-05-20', reason: '业主未达成一致' });
    expect(reg.state.items['m1/a1']).toMatchObject({
      status: 'dropped',
      droppedOn: '2026-05-20',
      dropReason: '业主未达成一致',
    });
  });

  it('rejects every invalid transition with its code', () => {
    const reg = new Registry();
    const complete = {
      type: 'actionItem/complete',
      ...A1,
      on: '2026-07-01',
      budgetSpent: 5,
    } as const;
    expect(reg.reject({ type: 'actionItem/start', ...A1, on: '2026-05-12' })).toEqual({
      code: 'actionItem.unknown',
      params: A1,
    });
    reg.do(importA1());
    expect(reg.reject(importA1()).code).toBe('actionItem.duplicate');
    // planned: cannot be completed or evaluated
    expect(reg.reject(complete).code).toBe('actionItem.notStarted');
    expect(reg.reject({ type: 'actionItem/evaluate', ...A1, evaluation: evaluationBy() })).toEqual({
      code: 'actionItem.notDone',
      params: { ...A1, status: 'planned' },
    });
    reg.do({ type: 'actionItem/start', ...A1, on: '2026-05-12' });
    // inProgress: cannot start again, nor finish before it started
    expect(reg.reject({ type: 'actionItem/start', ...A1, on: '2026-05-13' }).code).toBe(
      'actionItem.notPlanned',
    );
    expect(reg.reject({ ...complete, on: '2026-05-11' }).code).toBe('actionItem.beforeStart');
    expect(
      reg.reject({ type: 'actionItem/drop', ...A1, on: '2026-05-01', reason: '无' }).code,
    ).toBe('actionItem.beforeStart');
    expect(
      reg.reject({ type: 'actionItem/evaluate', ...A1, evaluation: evaluationBy() }).code,
    ).toBe('actionItem.notDone');
    reg.do(complete);
    // done: nothing changes any more, except being evaluated
    for (const command of [
      { type: 'actionItem/start', ...A1, on: '2026-07-02' },
      complete,
      { type: 'actionItem/drop', ...A1, on: '2026-07-02', reason: '无' },
      { type: 'actionItem/update', ...A1, owner: '别人' },
      { type: 'actionItem/noteProgress', ...A1, on: '2026-07-02', note: '补记' },
    ] as const)
      expect(reg.reject(command), command.type).toEqual({
        code: 'actionItem.finished',
        params: { ...A1, status: 'done' },
      });
  });

  it('a dropped item takes no further step and cannot be evaluated', () => {
    const reg = new Registry()
      .do(importA1())
      .do({ type: 'actionItem/drop', ...A1, on: '2026-05-20', reason: '取消' });
    expect(reg.reject({ type: 'actionItem/start', ...A1, on: '2026-05-21' }).code).toBe(
      'actionItem.finished',
    );
    expect(
      reg.reject({ type: 'actionItem/evaluate', ...A1, evaluation: evaluationBy() }).code,
    ).toBe('actionItem.notDone');
  });
});

describe('evaluations (民事民评)', () => {
  const done = (): Registry =>
    new Registry()
      .do(importA1())
      .do({ type: 'actionItem/start', ...A1, on: '2026-05-12' })
      .do({ type: 'actionItem/complete', ...A1, on: '2026-07-01', budgetSpent: 1_180_000 });

  it('must come from a later meeting, not before the item was done, each vote once', () => {
    const reg = done();
    expect(
      reg.reject({ type: 'actionItem/evaluate', ...A1, evaluation: evaluationBy('m1') }).code,
    ).toBe('evaluation.sameMeeting');
    expect(
      reg.reject({
        type: 'actionItem/evaluate',
        ...A1,
        evaluation: evaluationBy('m2', 'e1', '2026-06-30'),
      }),
    ).toEqual({
      code: 'evaluation.beforeDone',
      params: { meetingDate: '2026-06-30', doneOn: '2026-07-01' },
    });
    expect(
      reg.reject({
        type: 'actionItem/evaluate',
        ...A1,
        evaluation: evaluationBy('m2', 'e1', '2026-08-15', {
          satisfied: 0,
          basicallySatisfied: 0,
          dissatisfied: 0,
        }),
      }).code,
    ).toBe('evaluation.invalid');
    reg.do({ type: 'actionItem/evaluate', ...A1, evaluation: evaluationBy() });
    expect(
      reg.reject({ type: 'actionItem/evaluate', ...A1, evaluation: evaluationBy() }).code,
    ).toBe('evaluation.duplicate');
  });

  it('keeps every evaluation; a later meeting’s is the latest', () => {
    const reg = done();
    reg.do({
      type: 'actionItem/evaluate',
      ...A1,
      evaluation: evaluationBy('m3', 'e9', '2026-12-01', {
        satisfied: 20,
        basicallySatisfied: 0,
        dissatisfied: 0,
      }),
    });
    // Recorded afterwards, but held earlier: the December meeting stays the latest.
    reg.do({ type: 'actionItem/evaluate', ...A1, evaluation: evaluationBy() });
    expect(reg.state.items['m1/a1']?.evaluations).toHaveLength(2);
  });
});
