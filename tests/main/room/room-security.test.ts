import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingState } from '../../../shared/domain';
import { rawUpgrade } from '../server/raw-ws';
import { connect, httpStatus } from '../server/serve-process';
import { MEMBERS, postJson, roomHarness, type Answer, type RoomHarness } from './room-harness';

// What a phone in the room can and cannot do, through the real LAN listener: every refusal
// answers with an error and leaves the meeting's record (its version) and the room unchanged.

let room: RoomHarness;
beforeEach(async () => {
  room = await roomHarness();
});
afterEach(async () => {
  await room.close();
});

const ws = () => room.base().replace('http', 'ws');
async function now(): Promise<MeetingState> {
  const opened = await room.chair('meeting/open', { meetingId: room.meetingId });
  return opened.value.state as MeetingState;
}
const slipUrls = async () => {
  const urls = await room.backend.room.personalJoinUrls(room.meetingId);
  if (!urls.ok) throw new Error(urls.error.code);
  return { value: urls.value };
};
const version = async () => (await now()).version;
const roomToken = async () =>
  new URL((await room.status()).urls[0] ?? '').searchParams.get('room') ?? '';

async function openHandsVote(voteId = 'v1') {
  for (const memberId of MEMBERS) await room.dispatch({ type: 'roster/signIn', memberId });
  const opened = await room.dispatch({
    type: 'vote/open',
    voteId,
    method: 'hands',
    question: '是否同意',
  });
  expect(opened.ok).toBe(true);
}

async function upgradeStatus(path: string, headers: Record<string, string> = {}) {
  const port = Number(new URL(room.base()).port);
  const connection = await rawUpgrade(port, path, headers);
  connection.destroy();
  return connection.status;
}

describe('a phone in the room', () => {
  it('is refused with a wrong room token, device key or personal code', async () => {
    expect(await upgradeStatus('/ws/guest?room=AAAAAAAAAAAAAAAAAAAAAA')).toBe(403);
    expect(await upgradeStatus('/ws/participant?key=AAAAAAAAAAAAAAAAAAAAAA')).toBe(403);
    expect(await upgradeStatus('/ws/participant?key=')).toBe(403);
    expect(await upgradeStatus(`/ws/guest?room=${await roomToken()}`)).toBe(101);
    const before = JSON.stringify(await room.status());
    const slip = await postJson(`${room.base()}/join/slip`, { code: 'AAAAAAAAAAAAAAAAAAAAAA' });
    expect(slip.status).toBe(403);
    expect(JSON.stringify(await room.status())).toBe(before);
  });

  it('acts only as its own member: another member id in the payload is refused', async () => {
    const phone = await room.phoneOf('a1');
    const v0 = await version();
    const forged = await phone.call('participant/signIn', { memberId: 'a2' });
    expect(forged.ok).toBe(false);
    expect(forged.error?.code).toBe('api.malformed');
    expect(await version()).toBe(v0);
    const own = await phone.call('participant/signIn', {});
    expect(own.ok).toBe(true);
    expect((await now()).attendance.a1?.status).toBe('present');
    expect((await now()).attendance.a1?.via).toBe('device');
    expect((await now()).attendance.a2?.status).not.toBe('present');
    await openHandsVote();
    const v1 = await version();
    const forgedVote = await phone.call('participant/vote', {
      voteId: 'v1',
      ballotId: 'ballot-0001',
      choice: 'yes',
      memberId: 'a2',
    });
    expect(forgedVote.error?.code).toBe('api.malformed');
    expect(await version()).toBe(v1);
  });

  it('reaches no chair channel, nor does a guest; nothing is stored', async () => {
    const phone = await room.phoneOf('a1');
    const guest = await connect(`${ws()}/ws/guest?room=${await roomToken()}`);
    const v0 = await version();
    const before = JSON.stringify(await room.status());
    const attempts: Array<[string, unknown]> = [
      [
        'meeting/dispatch',
        { meetingId: room.meetingId, command: { type: 'roster/signIn', memberId: 'a2' } },
      ],
      ['room/status', {}],
      ['room/rotate', {}],
      ['room/release', { memberId: 'a2' }],
      ['lan/set', { enabled: false }],
      ['meetings/list', {}],
      ['documents/export', { meetingId: room.meetingId, kind: 'minutes', locale: 'en' }],
    ];
    for (const [channel, request] of attempts) {
      expect((await phone.call(channel, request)).error?.code).toBe('api.forbidden');
      expect((await guest.call(channel, request)).error?.code).toBe('api.forbidden');
    }
    expect((await guest.call('participant/signIn', {})).error?.code).toBe('api.forbidden');
    expect(
      (await phone.call('join/request', { memberId: 'a2', joinId: 'join-0001' })).error?.code,
    ).toBe('api.forbidden');
    expect(await version()).toBe(v0);
    expect(JSON.stringify(await room.status())).toBe(before);
    guest.close();
  });

  it('needs this machine in Host and no foreign Origin, for sockets and posts', async () => {
    const key = (await room.phoneOf('a1')).deviceKey;
    const token = await roomToken();
    const evil = { Origin: 'http://evil.example' };
    expect(await upgradeStatus(`/ws/participant?key=${key}`, evil)).toBe(403);
    expect(await upgradeStatus(`/ws/guest?room=${token}`, evil)).toBe(403);
    expect(await upgradeStatus(`/ws/participant?key=${key}`, { Host: 'evil.example' })).toBe(403);
    const short = (await room.status()).shortCode;
    const foreign = await postJson(`${room.base()}/join/short`, { code: short }, evil);
    expect(foreign.status).toBe(403);
    expect(JSON.stringify(foreign.body)).not.toContain(token);
    expect(await upgradeStatus(`/ws/participant?key=${key}`, { Origin: room.base() })).toBe(101);
  });

  it('counts a replayed ballot once', async () => {
    const phone = await room.phoneOf('a1');
    await openHandsVote();
    const ballot = { voteId: 'v1', ballotId: 'ballot-0001', choice: 'yes' };
    expect((await phone.call('participant/vote', ballot)).ok).toBe(true);
    const v1 = await version();
    expect((await phone.call('participant/vote', ballot)).ok).toBe(true);
    expect(await version()).toBe(v1);
    expect((await now()).votes.v1?.deviceBallots).toEqual({
      a1: { choice: 'yes', ballotId: 'ballot-0001' },
    });
  });

  it('does not find the short code by 1,000 wrong tries: the rate limit holds', async () => {
    const right = (await room.status()).shortCode ?? '';
    const wrong = Array.from({ length: 1000 }, (_, i) => String(i).padStart(6, '0')).filter(
      (code) => code !== right,
    );
    // The right code goes in late, as a guesser's list would reach it.
    const tries = [...wrong.slice(0, 900), right, ...wrong.slice(900)];
    const statuses = new Map<number, number>();
    let found = false;
    for (const code of tries) {
      const answer = await postJson(`${room.base()}/join/short`, { code });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 200) found = true;
    }
    expect(found).toBe(false);
    expect(statuses.get(403) ?? 0).toBeLessThanOrEqual(20);
    expect(statuses.get(429) ?? 0).toBeGreaterThanOrEqual(980);
  });

  it('rotating the codes cuts every phone off and opens nothing with the old ones', async () => {
    const phone = await room.phoneOf('a1');
    const oldToken = await roomToken();
    const oldSlip = await slipUrls();
    const oldCode = new URL(oldSlip.value[1]?.url ?? '').searchParams.get('code');
    const closed = new Promise<number>((resolve) =>
      phone.ws.once('close', (code) => resolve(code)),
    );
    expect((await room.chair('room/rotate', {})).ok).toBe(true);
    expect(await closed).toBe(4001);
    expect(await upgradeStatus(`/ws/participant?key=${phone.deviceKey}`)).toBe(403);
    expect(await upgradeStatus(`/ws/guest?room=${oldToken}`)).toBe(403);
    expect((await postJson(`${room.base()}/join/slip`, { code: oldCode })).status).toBe(403);
    expect(await roomToken()).not.toBe(oldToken);
    expect((await room.status()).devices).toEqual([]);
  });

  it('closing the meeting kills the codes and the room', async () => {
    const phone = await room.phoneOf('a1');
    const token = await roomToken();
    const closed = new Promise<number>((resolve) =>
      phone.ws.once('close', (code) => resolve(code)),
    );
    expect((await room.dispatch({ type: 'meeting/close' })).ok).toBe(true);
    expect(await closed).toBe(4003);
    expect((await room.status()).enabled).toBe(false);
    expect(await upgradeStatus(`/ws/participant?key=${phone.deviceKey}`)).toBe(403);
    expect(await upgradeStatus(`/ws/guest?room=${token}`)).toBe(403);
    expect(await httpStatus(`${room.base()}/join?room=${token}`)).toBe(404);
    const again = await room.chair('room/set', { enabled: true, meetingId: room.meetingId });
    expect(again.error?.code).toBe('room.meetingClosed');
  });

  it('joins by the room code only once the chair confirms, one phone per member', async () => {
    const guest = await connect(`${ws()}/ws/guest?room=${await roomToken()}`);
    const roster = (await guest.call('join/roster', {})) as Answer;
    expect(roster.value.members.map((m: { memberId: string }) => m.memberId)).toContain('a2');
    expect(JSON.stringify(roster.value)).not.toMatch(/phone|category/);
    expect((await guest.call('join/request', { memberId: 'a2', joinId: 'join-0001' })).ok).toBe(
      true,
    );
    const status = await room.status();
    expect(status.waiting.map((w) => w.memberId)).toEqual(['a2']);
    expect((await room.chair('room/confirm', { joinId: 'join-0001' })).ok).toBe(true);
    const decided = await guest.next((frame) => frame.channel === 'join/decided');
    const { deviceKey } = decided.payload as { deviceKey: string };
    const phone = await connect(`${ws()}/ws/participant?key=${deviceKey}`);
    await phone.next((frame) => frame.channel === 'participant/self');
    // A second phone for the same member: its slip is refused until the chair releases the first.
    const urls = await slipUrls();
    const code = new URL(urls.value[1]?.url ?? '').searchParams.get('code');
    expect((await postJson(`${room.base()}/join/slip`, { code })).status).toBe(409);
    expect((await room.chair('room/release', { memberId: 'a2' })).ok).toBe(true);
    expect((await postJson(`${room.base()}/join/slip`, { code })).status).toBe(200);
    guest.close();
    phone.close();
  });
});
