import { qrcode } from '../lazy-package';
import { apiError, type Result, type RoomDisplay, type RoomStatus } from '../../shared/api';
import type { MeetingState } from '../../shared/domain';
import type { LanControl } from '../backend/lan-control';
import type { MeetingCache } from '../backend/meeting-cache';
import { BallotBoxes } from './ballot-box';
import { newSecret, SecretIndex, secretEquals } from './codes';
import { CLOSE_MEETING_CLOSED, CLOSE_RESCAN, Phones, type PhoneSocket } from './phones';
import { throttle } from './throttle';
import { ShortCodeLimiter, type ShortCodeLimits } from './rate-limit';
import { freshRecord, joinUrls, withMissingCodes, withoutDevice } from './room-record';
import type { RoomRecord, RoomStore } from './room-store';

export type RoomDeps = Readonly<{
  store: RoomStore;
  lan: LanControl;
  clock: () => number;
  meetings: MeetingCache;
  /** The room changed: the chair's consoles get its status, the projector its QR. */
  changed(status: RoomStatus): void;
  /** What a phone gets on connecting: the projector's payload and its member's own view. */
  view(): unknown;
  self(meetingId: string, memberId: string): unknown;
  limits?: ShortCodeLimits;
}>;

/** An answer to a phone's HTTP request on the LAN listener: status and JSON body. */
export type HttpAnswer = Readonly<{ status: number; body: Readonly<Record<string, unknown>> }>;

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/**
 * The room (现场互动) of one meeting at a time: its codes (kept in rooms/<meetingId>.json so a
 * restart keeps phones joined), the phones connected, who waits for the chair, and the ballot
 * box of its secret votes. Every secret is compared in constant time; every refusal changes
 * nothing.
 */
export class RoomService {
  readonly phones = new Phones();
  readonly boxes: BallotBoxes;
  private enabled = false;
  private record: RoomRecord | null = null;
  private qrSvg: string | null = null;
  private saving: Promise<unknown> = Promise.resolve();
  private readonly limiter: ShortCodeLimiter;
  private readonly indexes = new RecordIndexes();
  /** Phones come and go by the hundred at the door: the chair hears of it a few times a second. */
  private readonly connections = throttle(() => this.announce(), 250);

  constructor(private readonly deps: RoomDeps) {
    this.boxes = new BallotBoxes(deps.store);
    // A full bucket needs no start time; reading the clock here would take a tick from the
    // meeting's own commands (tests drive the backend with a stepping clock).
    this.limiter = new ShortCodeLimiter(deps.limits);
  }

  /** The meeting whose room is on, or null. */
  meetingId(): string | null {
    return this.enabled && this.record ? this.record.meetingId : null;
  }

  status(): RoomStatus {
    const record = this.enabled ? this.record : null;
    const state = record ? this.deps.meetings.peek(record.meetingId) : undefined;
    const name = (memberId: string) => state?.members[memberId]?.name ?? '';
    const urls = record ? joinUrls(this.deps.lan.status().urls, `room=${record.roomToken}`) : [];
    return {
      enabled: record !== null,
      meetingId: record?.meetingId ?? null,
      urls,
      qrSvg: record ? this.qrSvg : null,
      shortCode: record?.shortCode ?? null,
      waiting: record
        ? [...this.phones.waiting.values()].map(({ joinId, memberId, name, requestedAt }) => ({
            joinId,
            memberId,
            name,
            requestedAt,
          }))
        : [],
      devices: record
        ? Object.entries(record.devices).map(([memberId, device]) => ({
            memberId,
            name: name(memberId),
            connected: this.phones.connected(memberId),
            joinedAt: device.joinedAt,
            how: device.how,
          }))
        : [],
    };
  }

  /** What the projector shows while the room is on for the meeting it shows. */
  display(activeMeetingId: string | null): RoomDisplay | null {
    const record = this.enabled ? this.record : null;
    if (!record || record.meetingId !== activeMeetingId || !this.qrSvg) return null;
    const url = joinUrls(this.deps.lan.status().urls, `room=${record.roomToken}`)[0];
    return url ? { qrSvg: this.qrSvg, url, shortCode: record.shortCode } : null;
  }

  async set(enabled: boolean, meetingId: string | null): Promise<Result<RoomStatus>> {
    if (!enabled || meetingId === null) {
      this.turnOff(CLOSE_RESCAN, 'room turned off');
      return ok(this.announce());
    }
    const state = await this.deps.meetings.load(meetingId);
    if (!state) return { ok: false, error: apiError('meeting.unknown', { meetingId }) };
    if (state.meeting?.status === 'closed') {
      return { ok: false, error: apiError('room.meetingClosed') };
    }
    if (this.record?.meetingId !== meetingId) this.turnOff(CLOSE_RESCAN, 'room moved');
    try {
      await this.deps.lan.enable();
    } catch (error) {
      const message = String((error as Error).message ?? error);
      return { ok: false, error: apiError('lan.unavailable', { message }) };
    }
    const stored = this.record?.meetingId === meetingId ? this.record : null;
    const record =
      stored ?? (await this.deps.store.loadRoom(meetingId)) ?? freshRecord(meetingId, state);
    await this.save(withMissingCodes(record, state) ?? record);
    this.enabled = true;
    await this.refreshQr();
    return ok(this.announce());
  }

  /** Everything new: room token, short code, personal codes, device keys; every phone is cut off. */
  async rotate(): Promise<Result<RoomStatus>> {
    const record = this.enabled ? this.record : null;
    if (!record) return { ok: false, error: apiError('room.off') };
    this.phones.closeAll(CLOSE_RESCAN, 'codes rotated');
    await this.save(freshRecord(record.meetingId, this.deps.meetings.peek(record.meetingId)));
    await this.refreshQr();
    return ok(this.announce());
  }

  /** Forgets a member's phone (lost, or moving to another): it is disconnected at once. */
  async release(memberId: string): Promise<Result<RoomStatus>> {
    const record = this.enabled ? this.record : null;
    if (!record) return { ok: false, error: apiError('room.off') };
    if (record.devices[memberId]) await this.save(withoutDevice(record, memberId));
    this.phones.closeMember(memberId, CLOSE_RESCAN, 'released by the chair');
    return ok(this.announce());
  }

  async confirm(joinId: string): Promise<Result<RoomStatus>> {
    const record = this.enabled ? this.record : null;
    const entry = this.phones.waiting.get(joinId);
    if (!record || !entry) return { ok: false, error: apiError('room.unknownJoin') };
    if (record.devices[entry.memberId]) return { ok: false, error: apiError('room.deviceHeld') };
    const deviceKey = newSecret();
    const device = { key: deviceKey, joinedAt: this.deps.clock(), how: 'room' as const };
    await this.save({ ...record, devices: { ...record.devices, [entry.memberId]: device } });
    this.phones.waiting.delete(joinId);
    decide(entry.socket, joinId, deviceKey);
    return ok(this.announce());
  }

  reject(joinId: string): Result<RoomStatus> {
    const entry = this.phones.waiting.get(joinId);
    if (!this.enabled || !entry) return { ok: false, error: apiError('room.unknownJoin') };
    this.phones.waiting.delete(joinId);
    decide(entry.socket, joinId, null);
    return ok(this.announce());
  }

  /** A guest asks to join as a member: it waits for the chair. */
  request(socket: PhoneSocket, memberId: string, joinId: string): Result<{ status: 'waiting' }> {
    const record = this.enabled ? this.record : null;
    const state = record ? this.deps.meetings.peek(record.meetingId) : undefined;
    const member = state?.members[memberId];
    if (!record || !state || !member) return { ok: false, error: apiError('room.unknownMember') };
    if (!this.phones.guests.has(socket)) return { ok: false, error: apiError('room.off') };
    this.phones.waiting.set(joinId, {
      joinId,
      memberId,
      name: member.name,
      requestedAt: this.deps.clock(),
      socket,
    });
    this.announce();
    return ok({ status: 'waiting' });
  }

  /** Each member's own join URL (for the slips); only while the room is on for that meeting. */
  async personalJoinUrls(
    meetingId: string,
  ): Promise<Result<Array<{ memberId: string; name: string; url: string }>>> {
    const record = this.enabled ? this.record : null;
    const state = await this.deps.meetings.load(meetingId);
    if (!record || record.meetingId !== meetingId || !state) {
      return { ok: false, error: apiError('room.off') };
    }
    const current = withMissingCodes(record, state);
    if (current) await this.save(current);
    const codes = (current ?? record).personal;
    const lanUrls = this.deps.lan.status().urls.slice(0, 1);
    return ok(
      state.memberOrder.flatMap((memberId) => {
        const url = joinUrls(lanUrls, `code=${codes[memberId] ?? ''}`)[0];
        const name = state.members[memberId]?.name ?? '';
        return url ? [{ memberId, name, url }] : [];
      }),
    );
  }

  roomTokenValid(token: string): boolean {
    return this.enabled && this.record !== null && secretEquals(token, this.record.roomToken);
  }

  /** The member a device key belongs to, while the room is on. */
  deviceOf(key: string): Readonly<{ meetingId: string; memberId: string }> | null {
    const record = this.enabled ? this.record : null;
    if (!record || key === '') return null;
    const memberId = this.indexes.devices(record.devices).find(key);
    return memberId === undefined ? null : { meetingId: record.meetingId, memberId };
  }

  /** POST /join/short: six digits for the room token, within the rate limit. */
  shortCode(address: string, code: unknown): HttpAnswer {
    const record = this.enabled ? this.record : null;
    if (!record) return { status: 404, body: { error: 'room.off' } };
    const allowed = this.limiter.take(address, this.deps.clock());
    if (!allowed.ok) {
      const retryAfterSec = Math.ceil(allowed.retryAfterMs / 1000);
      return { status: 429, body: { error: 'room.tooMany', retryAfterSec } };
    }
    if (typeof code !== 'string' || !secretEquals(code, record.shortCode)) {
      return { status: 403, body: { error: 'room.wrongCode' } };
    }
    return { status: 200, body: { room: record.roomToken } };
  }

  /** POST /join/slip: a member's personal code for a device key, without the chair. */
  async slip(code: unknown, deviceKey: unknown): Promise<HttpAnswer> {
    const record = this.enabled ? this.record : null;
    if (!record) return { status: 404, body: { error: 'room.off' } };
    const memberId =
      typeof code === 'string' && code !== ''
        ? this.indexes.personal(record.personal).find(code)
        : undefined;
    if (memberId === undefined) return { status: 403, body: { error: 'room.wrongCode' } };
    const held = record.devices[memberId];
    if (held) {
      // The same phone scanning its slip again keeps its key; another phone must wait for the chair.
      return typeof deviceKey === 'string' && secretEquals(deviceKey, held.key)
        ? { status: 200, body: { deviceKey: held.key } }
        : { status: 409, body: { error: 'room.deviceHeld' } };
    }
    const key = newSecret();
    const device = { key, joinedAt: this.deps.clock(), how: 'slip' as const };
    await this.save({ ...record, devices: { ...record.devices, [memberId]: device } });
    this.announce();
    return { status: 200, body: { deviceKey: key } };
  }

  /** Every change of a meeting: its phones' own views, and the room's end when it closes. */
  meetingChanged(
    meetingId: string,
    state: MeetingState,
    self: (memberId: string) => unknown,
  ): void {
    if (!this.enabled || this.record?.meetingId !== meetingId) return;
    if (state.meeting?.status === 'closed') {
      // The codes die with the meeting: new ones on disk, so no slip or phone opens it again.
      this.turnOff(CLOSE_MEETING_CLOSED, 'meeting closed');
      void this.save(freshRecord(meetingId, state)).catch(() => undefined);
      this.announce();
      return;
    }
    this.phones.meetingChanged(state, self);
  }

  /** A participant's socket opened: it gets the current state at once. */
  connect(socket: PhoneSocket, member: Readonly<{ meetingId: string; memberId: string }>): void {
    this.phones.addParticipant(socket, member.memberId);
    this.phones.greet(socket, this.deps.view(), this.deps.self(member.meetingId, member.memberId));
    this.connections.run();
  }

  disconnect(socket: PhoneSocket): void {
    this.phones.removeParticipant(socket);
    this.connections.run();
  }

  /** Announces a phone connecting or leaving (the chair sees who is connected). */
  announce(): RoomStatus {
    const status = this.status();
    this.deps.changed(status);
    return status;
  }

  private turnOff(code: number, reason: string): void {
    this.enabled = false;
    this.phones.closeAll(code, reason);
  }

  private async save(record: RoomRecord): Promise<void> {
    this.record = record;
    // One writer per file: each save waits for the one before it.
    const write = this.saving.then(() => this.deps.store.saveRoom(record));
    this.saving = write.catch(() => undefined);
    await write;
  }

  private async refreshQr(): Promise<void> {
    const url = this.status().urls[0];
    this.qrSvg = url
      ? await qrcode().toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      : null;
  }
}

/** The record's device keys and personal codes, indexed again only when they change. */
class RecordIndexes {
  private deviceIndex: Readonly<{ of: RoomRecord['devices']; index: SecretIndex<string> }> | null =
    null;
  private personalIndex: Readonly<{
    of: RoomRecord['personal'];
    index: SecretIndex<string>;
  }> | null = null;

  devices(devices: RoomRecord['devices']): SecretIndex<string> {
    if (this.deviceIndex?.of !== devices) {
      const entries = Object.entries(devices).map(([id, device]) => [id, device.key] as const);
      this.deviceIndex = { of: devices, index: new SecretIndex(entries) };
    }
    return this.deviceIndex.index;
  }

  personal(personal: RoomRecord['personal']): SecretIndex<string> {
    if (this.personalIndex?.of !== personal) {
      this.personalIndex = { of: personal, index: new SecretIndex(Object.entries(personal)) };
    }
    return this.personalIndex.index;
  }
}

function decide(socket: PhoneSocket, joinId: string, deviceKey: string | null): void {
  const payload = { joinId, accepted: deviceKey !== null, deviceKey };
  socket.send(JSON.stringify({ kind: 'push', channel: 'join/decided', payload }));
}
