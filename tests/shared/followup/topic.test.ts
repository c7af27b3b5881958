import { describe, expect, it } from 'vitest';
import { raised, Registry } from './helpers';

describe('topics (民事民提): lifecycle', () => {
  it('raise → triage → route → schedule → decided, with the meetings it went through', () => {
    const reg = raised();
    expect(reg.state.topics.t1).toMatchObject({
      status: 'raised',
      channel: 'hotline',
      raisedBy: '张阿姨',
      raisedOn: '2026-04-20',
      triage: null,
      meetings: [],
    });
    reg.do({ type: 'topic/triage', topicId: 't1', triage: 'minor' });
    expect(reg.state.topics.t1?.status).toBe('triaged');
    reg.do({ type: 'topic/route', topicId: 't1', routedTo: 'council', note: '提交居民议事会' });
    expect(reg.state.topics.t1).toMatchObject({ status: 'routed', routedTo: 'council' });
    reg.do({
      type: 'topic/schedule',
      topicId: 't1',
      meetingId: 'm1',
      itemId: 'i1',
      meetingTitle: '五月议事会',
      meetingDate: '2026-05-10',
    });
    // Deferred there, taken up again in the next meeting: both are in its history.
    reg.do({
      type: 'topic/schedule',
      topicId: 't1',
      meetingId: 'm2',
      itemId: 'i7',
      meetingDate: '2026-06-10',
    });
    expect(reg.state.topics.t1?.status).toBe('scheduled');
    expect(reg.state.topics.t1?.meetings.map((m) => [m.meetingId, m.itemId])).toEqual([
      ['m1', 'i1'],
      ['m2', 'i7'],
    ]);
    reg.do({ type: 'topic/close', topicId: 't1', outcome: 'decided' });
    expect(reg.state.topics.t1?.status).toBe('decided');
    expect(reg.state.version).toBe(reg.events.length);
  });

  it('a topic may be put on an agenda straight after triage, and re-triaged without going back', () => {
    const reg = raised().do({ type: 'topic/triage', topicId: 't1', triage: 'micro' });
    reg.do({
      type: 'topic/schedule',
      topicId: 't1',
      meetingId: 'm1',
      itemId: 'i1',
      meetingDate: '2026-05-10',
    });
    reg.do({ type: 'topic/triage', topicId: 't1', triage: 'minor' });
    reg.do({ type: 'topic/route', topicId: 't1', routedTo: 'council' });
    expect(reg.state.topics.t1).toMatchObject({ triage: 'minor', status: 'scheduled' });
  });

  it('rejects every invalid transition with its code', () => {
    const reg = raised();
    const schedule = {
      type: 'topic/schedule',
      topicId: 't1',
      meetingId: 'm1',
      itemId: 'i1',
      meetingDate: '2026-05-10',
    } as const;
    expect(
      reg.reject({
        type: 'topic/raise',
        topicId: 't1',
        title: 'x',
        channel: 'meeting',
        raisedOn: '2026-04-21',
      }).code,
    ).toBe('topic.duplicateId');
    expect(reg.reject({ type: 'topic/triage', topicId: 'nope', triage: 'major' })).toEqual({
      code: 'topic.unknown',
      params: { topicId: 'nope' },
    });
    expect(reg.reject({ type: 'topic/route', topicId: 't1', routedTo: 'council' }).code).toBe(
      'topic.notTriaged',
    );
    expect(reg.reject(schedule).code).toBe('topic.notTriaged');
    expect(reg.reject({ type: 'topic/close', topicId: 't1', outcome: 'decided' }).code).toBe(
      'topic.neverScheduled',
    );
    expect(reg.reject({ type: 'topic/close', topicId: 't1', outcome: 'dropped' }).code).toBe(
      'topic.reasonRequired',
    );
    reg.do({ type: 'topic/triage', topicId: 't1', triage: 'minor' }).do(schedule);
    expect(reg.reject(schedule)).toEqual({
      code: 'topic.alreadyOnAgenda',
      params: { topicId: 't1', meetingId: 'm1' },
    });
    reg.do({ type: 'topic/close', topicId: 't1', outcome: 'dropped', reason: '业主意见不一致' });
    expect(reg.state.topics.t1).toMatchObject({ status: 'dropped', closeReason: '业主意见不一致' });
    for (const command of [
      { type: 'topic/triage', topicId: 't1', triage: 'major' },
      { type: 'topic/route', topicId: 't1', routedTo: 'subDistrict' },
      { ...schedule, meetingId: 'm9' },
      { type: 'topic/close', topicId: 't1', outcome: 'decided' },
    ] as const)
      expect(reg.reject(command).code, command.type).toBe('topic.closed');
  });

  it('refuses malformed input and going back in time', () => {
    const reg = new Registry();
    expect(
      reg.reject({
        type: 'topic/raise',
        topicId: 't1',
        title: ' ',
        channel: 'hotline',
        raisedOn: '2026-04-20',
      }),
    ).toMatchObject({ code: 'command.malformed', params: { path: 'title' } });
    expect(
      reg.reject({
        type: 'topic/raise',
        topicId: '__proto__',
        title: 'x',
        channel: 'hotline',
        raisedOn: '2026-04-20',
      }).code,
    ).toBe('command.malformed');
    raised(reg);
    const r = raised(new Registry());
    r.now -= 5000;
    expect(r.reject({ type: 'topic/triage', topicId: 't1', triage: 'minor' }).code).toBe(
      'command.timeWentBack',
    );
  });
});
