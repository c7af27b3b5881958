import { describe, expect, it } from 'vitest';
import { topicHistory, topicList } from '../../../shared/followup';
import { importA1, raised } from './helpers';

describe('the list of raised matters and a topic’s history', () => {
  it('lists topics in the order raised, filtered by status, triage and channel', () => {
    const reg = raised();
    reg.do({
      type: 'topic/raise',
      topicId: 't2',
      title: '小区路灯不亮',
      channel: 'suggestionBox',
      raisedOn: '2026-04-22',
    });
    reg.do({ type: 'topic/triage', topicId: 't2', triage: 'micro' });
    const ids = (list: ReturnType<typeof topicList>) => list.map((t) => t.topicId);
    expect(ids(topicList(reg.state))).toEqual(['t1', 't2']);
    expect(ids(topicList(reg.state, { status: 'raised' }))).toEqual(['t1']);
    expect(ids(topicList(reg.state, { status: ['raised', 'triaged'] }))).toEqual(['t1', 't2']);
    expect(ids(topicList(reg.state, { triage: 'micro' }))).toEqual(['t2']);
    expect(ids(topicList(reg.state, { channel: 'hotline' }))).toEqual(['t1']);
  });

  it('shows every meeting a topic went through and the action items carrying it out', () => {
    const reg = raised().do({ type: 'topic/triage', topicId: 't1', triage: 'minor' });
    for (const [meetingId, itemId, meetingDate] of [
      ['m1', 'i1', '2026-05-10'],
      ['m2', 'i4', '2026-06-10'],
    ] as const)
      reg.do({ type: 'topic/schedule', topicId: 't1', meetingId, itemId, meetingDate });
    reg.do(importA1({ meetingId: 'm2', itemId: 'i4' }));
    reg.do(importA1({ meetingId: 'm2', actionId: 'a2', itemId: 'i9' }));
    const history = topicHistory(reg.state, 't1');
    expect(history?.meetings.map((m) => m.meetingId)).toEqual(['m1', 'm2']);
    expect(history?.items.map((i) => i.key)).toEqual(['m2/a1']);
    expect(topicHistory(reg.state, 'nope')).toBeNull();
  });
});
