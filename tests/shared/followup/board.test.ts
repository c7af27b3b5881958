import { describe, expect, it } from 'vitest';
import { board, boardFacets, latestEvaluation } from '../../../shared/followup';
import { A1, evaluationBy, importA1, Registry } from './helpers';

/** Four items over two meetings: a1 done and evaluated, a2 in progress late, a3 planned, b1 dropped. */
function fourItems(): Registry {
  const reg = new Registry()
    .do(importA1())
    .do(importA1({ actionId: 'a2', title: '清理楼道', owner: '物业', deadline: '2026-05-31' }))
    .do(importA1({ actionId: 'a3', title: '装路灯', owner: '物业', deadline: '' }))
    .do(
      importA1({
        meetingId: 'm2',
        actionId: 'b1',
        meetingDate: '2026-06-10',
        owner: '张师傅',
        deadline: '2026-05-01',
      }),
    );
  reg
    .do({ type: 'actionItem/start', ...A1, on: '2026-05-12' })
    .do({ type: 'actionItem/complete', ...A1, on: '2026-07-01', budgetSpent: 9 })
    .do({ type: 'actionItem/evaluate', ...A1, evaluation: evaluationBy() })
    .do({ type: 'actionItem/start', meetingId: 'm1', actionId: 'a2', on: '2026-05-12' })
    .do({
      type: 'actionItem/noteProgress',
      meetingId: 'm1',
      actionId: 'a2',
      on: '2026-05-20',
      note: '进行中',
    })
    .do({
      type: 'actionItem/drop',
      meetingId: 'm2',
      actionId: 'b1',
      on: '2026-06-11',
      reason: '重复',
    });
  return reg;
}

const keys = (b: ReturnType<typeof board>) => b.rows.map((r) => r.key);

describe('the follow-up board', () => {
  it('shows every item with its overdue mark, last note and latest evaluation', () => {
    const { state } = fourItems();
    const b = board(state, {}, '2026-07-05');
    expect(b.total).toBe(4);
    expect(keys(b)).toEqual(['m1/a1', 'm1/a2', 'm1/a3', 'm2/b1']);
    // a1 done after its deadline? no: done and dropped items are never overdue; a3 has none.
    expect(b.rows.map((r) => r.overdue)).toEqual([false, true, false, false]);
    expect(b.overdue).toBe(1);
    expect(b.rows[1]?.lastProgress?.note).toBe('进行中');
    expect(b.rows[0]?.latestEvaluation?.satisfactionPermille).toBe(905);
    expect(b.rows[2]?.latestEvaluation).toBeNull();
  });

  it('is overdue only from the day after the deadline', () => {
    const { state } = fourItems();
    expect(board(state, { overdueOnly: true }, '2026-05-31').rows).toHaveLength(0);
    expect(keys(board(state, { overdueOnly: true }, '2026-06-01'))).toEqual(['m1/a2']);
  });

  it('filters by meeting, owner and status, combined', () => {
    const { state } = fourItems();
    const today = '2026-07-05';
    expect(keys(board(state, { meetingId: 'm2' }, today))).toEqual(['m2/b1']);
    expect(keys(board(state, { owner: '物业' }, today))).toEqual(['m1/a2', 'm1/a3']);
    expect(keys(board(state, { status: 'done' }, today))).toEqual(['m1/a1']);
    expect(keys(board(state, { status: ['planned', 'inProgress'] }, today))).toEqual([
      'm1/a2',
      'm1/a3',
    ]);
    expect(keys(board(state, { owner: '张师傅', meetingId: 'm1' }, today))).toEqual(['m1/a1']);
    expect(keys(board(state, { owner: '无人' }, today))).toEqual([]);
  });

  it('offers meetings newest first and owners as filter choices', () => {
    const facets = boardFacets(fourItems().state);
    expect(facets.meetings.map((m) => m.meetingId)).toEqual(['m2', 'm1']);
    expect(facets.owners).toEqual(['张师傅', '物业'].sort());
  });

  it('the latest evaluation is the latest meeting’s, whatever the order recorded', () => {
    const reg = fourItems();
    reg.do({
      type: 'actionItem/evaluate',
      ...A1,
      evaluation: evaluationBy('m0', 'e0', '2026-07-02', {
        satisfied: 1,
        basicallySatisfied: 0,
        dissatisfied: 1,
      }),
    });
    const item = reg.state.items['m1/a1'];
    expect(item && latestEvaluation(item)?.meetingId).toBe('m2');
  });
});
