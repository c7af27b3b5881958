import { describe, expect, it } from 'vitest';
import {
  board,
  dispatchFollowup,
  emptyFollowup,
  followupEventSchema,
  replayFollowup,
  type FollowupCommandInput,
  type FollowupEvent,
} from '../../../shared/followup';
import { followupRequests } from '../../../shared/followup/api';
import { A1, importA1, Registry, T0 } from './helpers';

// 督办: a street office's comment on an action item, received from its hub at a sync and shown
// on the board with the item. Idempotent by the hub's comment id; taken in any item state.

const WRITTEN = Date.parse('2026-06-20T09:30:00+08:00');

function comment(
  commentId: string,
  body = '请于月底前报告进度',
  writtenAt = WRITTEN,
  ref: { meetingId: string; actionId: string } = A1,
): FollowupCommandInput {
  return {
    type: 'actionItem/receiveSupervision',
    ...ref,
    commentId,
    author: '街道办 王科长',
    body,
    writtenAt,
  };
}

const rowOf = (reg: Registry) => board(reg.state, {}, '2026-06-01').rows[0]!;

describe('督办 comments on the follow-up registry', () => {
  it('is received on an item in every state, done and dropped included', () => {
    const planned = new Registry().do(importA1()).do(comment('1'));
    expect(rowOf(planned).latestSupervision?.body).toBe('请于月底前报告进度');

    const started = new Registry()
      .do(importA1())
      .do({ type: 'actionItem/start', ...A1, on: '2026-05-20' });
    expect(rowOf(started.do(comment('2'))).supervisionCount).toBe(1);

    const done = new Registry()
      .do(importA1())
      .do({ type: 'actionItem/start', ...A1, on: '2026-05-20' })
      .do({ type: 'actionItem/complete', ...A1, on: '2026-06-10', budgetSpent: 100 })
      .do(comment('3', '请公示实施结果'));
    expect(rowOf(done).status).toBe('done');
    expect(rowOf(done).latestSupervision?.body).toBe('请公示实施结果');

    const dropped = new Registry()
      .do(importA1())
      .do({ type: 'actionItem/drop', ...A1, on: '2026-05-30', reason: '资金未落实' })
      .do(comment('4'));
    expect(rowOf(dropped).supervisionCount).toBe(1);
  });

  it('shows the latest comment the office wrote and the count, apart from the item record', () => {
    const reg = new Registry()
      .do(importA1())
      .do(comment('7', '第二条', WRITTEN + 60_000))
      .do(comment('5', '第一条', WRITTEN));
    const row = rowOf(reg);
    expect(row.supervisionCount).toBe(2);
    expect(row.latestSupervision).toMatchObject({
      commentId: '7',
      author: '街道办 王科长',
      body: '第二条',
      writtenAt: WRITTEN + 60_000,
    });
    // The item's own record (what the community's bundles carry) is untouched.
    expect(reg.state.items['m1/a1']).not.toHaveProperty('supervision');
    expect(reg.state.items['m1/a1']?.updatedAt).toBe(T0 + 1000);
  });

  it('takes a comment once: the same id again is refused and changes nothing', () => {
    const reg = new Registry().do(importA1()).do(comment('9'));
    const error = reg.reject(comment('9', '重复送来'));
    expect(error).toEqual({
      code: 'supervision.duplicate',
      params: { meetingId: 'm1', actionId: 'a1', commentId: '9' },
    });
    expect(rowOf(reg).supervisionCount).toBe(1);
  });

  it('refuses a comment on an item the registry does not hold', () => {
    const reg = new Registry().do(importA1());
    expect(reg.reject(comment('1', '无', WRITTEN, { meetingId: 'm9', actionId: 'a1' })).code).toBe(
      'actionItem.unknown',
    );
    expect(reg.reject({ ...comment('1'), body: '' } as FollowupCommandInput).code).toBe(
      'command.malformed',
    );
  });

  it('replays, and a registry stored before 督办 existed still opens with no comments', () => {
    const reg = new Registry().do(importA1()).do(comment('1'));
    const stored = JSON.parse(JSON.stringify(reg.events)) as FollowupEvent[];
    for (const e of stored) expect(followupEventSchema.parse(e)).toEqual(e);
    expect(replayFollowup(stored)).toEqual(reg.state);
    const older = replayFollowup(stored.filter((e) => e.type === 'actionItem/imported'));
    expect(older.supervision).toEqual({});
    expect(board(older, {}, '2026-06-01').rows[0]).toMatchObject({
      latestSupervision: null,
      supervisionCount: 0,
    });
    expect(emptyFollowup().supervision).toEqual({});
  });

  it('is never a chair command: the board channel refuses it, only the hub link records it', () => {
    const request = { command: comment('1') };
    expect(followupRequests['followup/dispatch'].safeParse(request).success).toBe(false);
    // The core itself takes it (the hub link's sync dispatches it in main).
    const r = dispatchFollowup(new Registry().do(importA1()).state, {
      ...comment('1'),
      at: T0 + 60_000,
    });
    expect(r.ok).toBe(true);
  });
});
