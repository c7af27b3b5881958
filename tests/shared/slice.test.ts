import { describe, expect, it } from 'vitest';
import { replay, toProjectorView, projectorViewSchema } from '../../shared/domain';
import { onFloor } from './helpers';

describe('vertical slice', () => {
  it('creates, signs in, opens an item, queues, shows a message and replays', () => {
    const sim = onFloor(5, 4);
    sim.do({ type: 'queue/request', memberId: 'r1' });
    sim.do({ type: 'queue/request', memberId: 'r2', stance: 'pro' });
    sim.do({ type: 'queue/callNext', speechId: 's1' });
    sim.do({ type: 'display/setMessage', text: '请大家把手机调至静音' });
    const view = toProjectorView(sim.state);
    expect(projectorViewSchema.parse(view)).toEqual(view);
    expect(view.display?.text).toBe('请大家把手机调至静音');
    expect(view.speech?.name).toBe('代表1');
    expect(view.queue.map((q) => q.memberId)).toEqual(['r2']);
    expect(view.attendance).toMatchObject({ expected: 5, present: 4, quorumMet: true });
    expect(replay('m1', sim.events)).toEqual(sim.state);
  });
});
