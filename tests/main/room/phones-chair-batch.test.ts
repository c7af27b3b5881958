import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingChange } from '../../../shared/api';
import { MEMBERS, roomHarness, type RoomHarness } from './room-harness';

// Issue 16 benchmark finding: each phone ballot was pushed to the chair's console on its own, and
// with hundreds of members each push re-rendered the whole console: a room of phones voting took
// a whole core of the laptop that also runs the server and the projector (phones bench).

let room: RoomHarness | null = null;
afterEach(async () => {
  await room?.close();
  room = null;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("phones' changes reach the chair gathered", () => {
  it('joins a burst of ballots into a few pushes, every event once, in order, then the chair click', async () => {
    room = await roomHarness();
    const harness = room;
    const phones = await Promise.all(MEMBERS.map((memberId) => harness.phoneOf(memberId)));
    for (const phone of phones) expect((await phone.call('participant/signIn', {})).ok).toBe(true);
    expect(
      (
        await harness.dispatch({
          type: 'vote/open',
          voteId: 'v1',
          method: 'hands',
          question: '是否同意',
        })
      ).ok,
    ).toBe(true);
    await settle();
    const pushes: MeetingChange[] = [];
    harness.backend.hub.subscribe('chair', (channel, payload) => {
      if (channel === 'meeting/changed') pushes.push(payload as MeetingChange);
    });
    const answers = await Promise.all(
      phones.map((phone, i) =>
        phone.call('participant/vote', { voteId: 'v1', ballotId: `ballot-000${i}`, choice: 'yes' }),
      ),
    );
    expect(answers.every((answer) => answer.ok)).toBe(true);
    // The chair's click right after: it must come after every ballot decided before it.
    expect((await harness.dispatch({ type: 'display/setMessage', text: '请安静' })).ok).toBe(true);
    await settle();

    expect(pushes.length).toBeLessThan(MEMBERS.length + 1);
    const types = pushes.flatMap((change) => change.events.map((event) => event.type));
    expect(types.filter((type) => type === 'vote/ballotCast')).toHaveLength(MEMBERS.length);
    expect(types[types.length - 1]).toBe('display/messageSet');
    // Versions run on without a gap, so a console applies each push to the one before.
    for (const [i, change] of pushes.entries()) {
      const before = i === 0 ? change.version - change.events.length : pushes[i - 1]?.version;
      expect(change.version - change.events.length).toBe(before);
    }
  });

  it('sends a lone ballot at once', async () => {
    room = await roomHarness();
    const phone = await room.phoneOf('a1');
    expect((await phone.call('participant/signIn', {})).ok).toBe(true);
    await room.dispatch({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意' });
    await settle();
    const pushes: MeetingChange[] = [];
    room.backend.hub.subscribe('chair', (channel, payload) => {
      if (channel === 'meeting/changed') pushes.push(payload as MeetingChange);
    });
    expect(
      (
        await phone.call('participant/vote', {
          voteId: 'v1',
          ballotId: 'ballot-0001',
          choice: 'no',
        })
      ).ok,
    ).toBe(true);
    expect(pushes.flatMap((change) => change.events.map((event) => event.type))).toContain(
      'vote/ballotCast',
    );
  });
});
