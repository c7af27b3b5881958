import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roomHarness, type RoomHarness } from './room-harness';

// A phone's socket has its own request limit (a burst, then five a second): a script on one
// phone cannot keep the meeting's lane busy for the chair and the other phones.

let room: RoomHarness;
beforeEach(async () => {
  room = await roomHarness();
});
afterEach(async () => {
  await room.close();
});

type Response = { kind: string; id: number; result: { ok: boolean; error?: { code: string } } };

describe('a phone sending too many requests', () => {
  it('is answered room.slowDown past its burst, changing nothing, and cut off when it floods on', async () => {
    const phone = await room.phoneOf('a1');
    const other = await room.phoneOf('a2');
    const before = (await room.chair('meeting/open', { meetingId: room.meetingId })).value.state
      .version as number;
    for (let id = 1000; id < 1030; id++) {
      phone.ws.send(JSON.stringify({ id, channel: 'participant/withdraw', request: {} }));
    }
    const answers = async () => {
      for (let id = 1000; id < 1030; id++)
        await phone.next((frame) => frame.kind === 'response' && frame.id === id);
      const responses = phone.frames.filter((f) => f.kind === 'response') as unknown as Response[];
      return responses.sort((a, b) => a.id - b.id);
    };
    const answered = await answers();
    const slow = answered.filter((r) => r.result.error?.code === 'room.slowDown');
    expect(answered).toHaveLength(30);
    expect(slow.length).toBeGreaterThanOrEqual(5);
    expect(answered.slice(0, 20).every((r) => r.result.error?.code !== 'room.slowDown')).toBe(true);
    const after = (await room.chair('meeting/open', { meetingId: room.meetingId })).value.state
      .version as number;
    expect(after).toBe(before);

    // Flooding on: the socket is closed with 1008 (policy); another phone is not affected.
    const closed = new Promise<number>((resolve) => phone.ws.once('close', resolve));
    for (let id = 2000; id < 2100; id++) {
      if (phone.ws.readyState !== phone.ws.OPEN) break;
      phone.ws.send(JSON.stringify({ id, channel: 'participant/withdraw', request: {} }));
    }
    expect(await closed).toBe(1008);
    expect((await other.call('participant/signIn', {})).ok).toBe(true);
  });
});
