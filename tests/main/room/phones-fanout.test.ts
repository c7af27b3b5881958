import { describe, expect, it } from 'vitest';
import { MeetingCache } from '../../../main/backend/meeting-cache';
import { memoryRepository } from '../../../main/backend/repository';
import { SecretIndex, newSecret } from '../../../main/room/codes';
import { Phones, type PhoneSocket } from '../../../main/room/phones';
import { participantSelf } from '../../../shared/domain';
import { hands, onFloor } from '../../shared/helpers';

// Issue 16 benchmark findings: a room of a thousand phones must not hold the laptop's loop.

type FakePhone = PhoneSocket & { frames: Array<{ channel: string; payload: unknown }> };

function fakePhone(): FakePhone {
  const frames: FakePhone['frames'] = [];
  return {
    frames,
    send: (data) => void frames.push(JSON.parse(String(data)) as FakePhone['frames'][number]),
    close: () => undefined,
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));
const until = async (done: () => boolean) => {
  for (let i = 0; i < 1000 && !done(); i++) await turn();
};

describe('pushes to a room of phones', () => {
  it('sends the view a few dozen phones per turn of the loop, the newest to each, without the QR', async () => {
    const phones = new Phones();
    const sockets = Array.from({ length: 300 }, (_, i) => {
      const socket = fakePhone();
      phones.addParticipant(socket, `m${i}`);
      return socket;
    });
    const payload = (n: number) => ({ view: { n }, serverTime: n, room: { qrSvg: '<svg/>' } });
    phones.view(payload(1));
    // Not all three hundred at once: the chair's click and the projector get the loop between.
    const reached = sockets.filter((s) => s.frames.length > 0).length;
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(300);
    await until(() => sockets.every((s) => s.frames.length > 0));
    for (const socket of sockets) {
      expect(socket.frames[0]).toEqual({
        kind: 'push',
        channel: 'projector/view',
        payload: { view: { n: 1 }, serverTime: 1, room: null },
      });
    }
    phones.closeAll(4001, 'done');
  });

  it('builds again only the own view of a member whose part changed', async () => {
    const sim = onFloor(6, 6);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意' });
    const phones = new Phones();
    const built: string[] = [];
    const sockets = ['r1', 'r2', 'r3'].map((memberId) => {
      const socket = fakePhone();
      phones.addParticipant(socket, memberId);
      return socket;
    });
    const change = () =>
      phones.meetingChanged(sim.state, (memberId) => {
        built.push(memberId);
        return participantSelf(sim.state, memberId);
      });
    change();
    await until(() => sockets.every((s) => s.frames.length === 1));
    built.length = 0;
    await new Promise((resolve) => setTimeout(resolve, 120));
    sim.do({ type: 'vote/cast', voteId: 'v1', memberId: 'r2', ballotId: 'b-r2', choice: 'no' });
    change();
    await until(() => sockets[1]?.frames.length === 2);
    expect(built).toEqual(['r2']);
    const self = sockets[1]?.frames[1]?.payload as { vote: { myChoice: string } };
    expect(self.vote.myChoice).toBe('no');
    // The chair's counts change nobody's own view; closing the vote changes everyone's.
    await new Promise((resolve) => setTimeout(resolve, 120));
    built.length = 0;
    sim.do(hands(1, 0, 0)).do({ type: 'vote/close' });
    change();
    await until(() => sockets.every((s) => s.frames.length >= 2) && built.length === 3);
    expect(built.sort()).toEqual(['r1', 'r2', 'r3']);
    expect(sockets[0]?.frames.at(-1)?.payload).toEqual(participantSelf(sim.state, 'r1'));
    phones.closeAll(4001, 'done');
  });
});

describe('the meeting lane', () => {
  it('runs the chair’s command before the phones’ commands still waiting, each after the one before', async () => {
    const cache = new MeetingCache(memoryRepository());
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(`${name}>`);
      await turn();
      order.push(`<${name}`);
    };
    const done = [
      cache.serial('m', job('p1')),
      cache.serial('m', job('p2')),
      cache.serial('m', job('p3')),
      cache.serial('m', job('chair'), true),
    ];
    await Promise.all(done);
    expect(order).toEqual(['p1>', '<p1', 'chair>', '<chair', 'p2>', '<p2', 'p3>', '<p3']);
  });
});

describe('looking up a device key', () => {
  it('finds the one entry whose secret matches and nothing for a near miss', () => {
    const entries = Array.from({ length: 50 }, (_, i) => [`m${i}`, newSecret()] as const);
    const index = new SecretIndex(entries);
    expect(index.find(entries[17]?.[1] ?? '')).toBe('m17');
    const secret = entries[3]?.[1] ?? '';
    const nearMiss = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(index.find(nearMiss)).toBe(undefined);
    expect(index.find('')).toBe(undefined);
  });
});
