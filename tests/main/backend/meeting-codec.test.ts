import { describe, expect, it } from 'vitest';
import { meetingCodec } from '../../../main/backend/storage-repository';
import { hands, onFloor } from '../../shared/helpers';

// Compaction continues the replay from the state it wrote last time (main/storage/session.ts):
// that is only right if continuing from any point gives the state of replaying everything, and
// leaves the state it started from as it was (the session keeps it for the next compaction).

describe('the meeting codec’s resume', () => {
  it('continued from any split of a meeting gives the whole replay, and changes nothing it read', () => {
    const sim = onFloor(9, 9);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意加装电梯' });
    sim.do({ type: 'vote/cast', voteId: 'v1', memberId: 'r1', ballotId: 'b1', choice: 'yes' });
    sim.do(hands(4, 2, 1)).do({ type: 'vote/close' });
    sim.do({ type: 'display/setMessage', text: '休会十分钟' }).do({ type: 'history/undo' });
    const { meetingId } = sim.state;
    const events = sim.events;
    const whole = meetingCodec.replay(meetingId, events);
    expect(whole.votes.v1?.outcome?.counts.yes?.heads).toBe(5);
    const resume = meetingCodec.resume;
    if (!resume) throw new Error('the meeting codec has no resume');
    for (const at of [0, 1, Math.floor(events.length / 2), events.length - 1, events.length]) {
      const first = meetingCodec.replay(meetingId, events.slice(0, at));
      const before = JSON.stringify(first);
      expect(resume(meetingId, first, events.slice(at)), `split at ${at}`).toEqual(whole);
      expect(JSON.stringify(first), `split at ${at}`).toBe(before);
    }
  });
});
