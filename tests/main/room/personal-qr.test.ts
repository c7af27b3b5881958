import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../server/serve-process';
import { postJson, roomHarness, type RoomHarness } from './room-harness';

// room/personalQr: a member who walks up to the chair's laptop scans their own code from its
// screen. Only the chair may ask for it, only while the room is on, only for a member of the
// meeting, and not for a member whose phone is already joined (that scan would be refused).

let room: RoomHarness;
beforeEach(async () => {
  room = await roomHarness();
});
afterEach(async () => {
  await room.close();
});

const ws = () => room.base().replace('http', 'ws');

describe('room/personalQr', () => {
  it("gives the chair the member's own join URL and its QR code, which joins without confirmation", async () => {
    const answer = await room.chair('room/personalQr', { memberId: 'a2' });
    expect(answer.ok).toBe(true);
    const slips = await room.backend.room.personalJoinUrls(room.meetingId);
    const slip = slips.ok ? slips.value.find((entry) => entry.memberId === 'a2') : undefined;
    expect(answer.value).toMatchObject({ memberId: 'a2', name: '成员2', url: slip?.url });
    expect(answer.value.url).toMatch(/\/join\?code=[\w-]{22,}$/);
    // The QR is the URL's and nothing else's.
    const expected = await QRCode.toString(answer.value.url as string, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    expect(answer.value.qrSvg).toBe(expected);
    const code = new URL(answer.value.url as string).searchParams.get('code');
    const joined = await postJson(`${room.base()}/join/slip`, { code });
    expect(joined.status).toBe(200);
    expect((await room.status()).devices.map((d) => d.memberId)).toEqual(['a2']);
  });

  it('is refused for a member whose phone is joined, until the chair releases it', async () => {
    await room.phoneOf('a1');
    expect((await room.chair('room/personalQr', { memberId: 'a1' })).error?.code).toBe(
      'room.deviceHeld',
    );
    expect((await room.chair('room/release', { memberId: 'a1' })).ok).toBe(true);
    expect((await room.chair('room/personalQr', { memberId: 'a1' })).ok).toBe(true);
  });

  it('is refused for an unknown member and while the room is off, storing nothing', async () => {
    const before = JSON.stringify(await room.status());
    expect((await room.chair('room/personalQr', { memberId: 'nobody' })).error?.code).toBe(
      'room.unknownMember',
    );
    expect(JSON.stringify(await room.status())).toBe(before);
    expect((await room.chair('room/set', { enabled: false, meetingId: null })).ok).toBe(true);
    const off = await room.chair('room/personalQr', { memberId: 'a2' });
    expect(off.error?.code).toBe('room.off');
    expect(JSON.stringify(off)).not.toContain('code=');
  });

  it("is the chair's alone: a phone, a guest, the projector and the LAN display are refused", async () => {
    const phone = await room.phoneOf('a1');
    const token = new URL((await room.status()).urls[0] ?? '').searchParams.get('room') ?? '';
    const guest = await connect(`${ws()}/ws/guest?room=${token}`);
    const lanToken = new URL(room.lan.status().urls[0] ?? '').searchParams.get('token') ?? '';
    const viewer = await connect(`${ws()}/ws/lan?token=${lanToken}`);
    const request = { memberId: 'a2' };
    for (const client of [phone, guest, viewer]) {
      const answer = await client.call('room/personalQr', request);
      expect(answer.error?.code).toBe('api.forbidden');
      expect(JSON.stringify(answer)).not.toContain('code=');
    }
    for (const role of ['projector', 'lan', 'participant', 'guest'] as const) {
      const answer = await room.backend.handle(role, 'room/personalQr', request);
      expect(answer).toMatchObject({ ok: false, error: { code: 'api.forbidden' } });
    }
    guest.close();
    viewer.close();
  });
});
