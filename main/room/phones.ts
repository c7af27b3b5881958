import type { MeetingState } from '../../shared/domain';
import { SelfKeys } from './self-key';
import { throttle } from './throttle';

/** One phone's socket as the room sees it: something to send frames to and to close. */
export type PhoneSocket = Readonly<{
  /** A Buffer is sent as a text frame as it is: one encoding for a thousand phones. */
  send(text: string | Buffer): void;
  close(code: number, reason: string): void;
}>;

/** The phone's codes are gone (rotated, room off, released): it must scan again. */
export const CLOSE_RESCAN = 4001;
/** The meeting was closed: the room is over. */
export const CLOSE_MEETING_CLOSED = 4003;

export type Waiting = Readonly<{
  joinId: string;
  memberId: string;
  name: string;
  requestedAt: number;
  socket: PhoneSocket;
}>;

/**
 * How often at most a phone gets a new frame of the same kind while changes pour in: every
 * 100 ms, and in a large room a little less often (a thousand phones: every 250 ms), since
 * each round is one send per phone.
 */
const phonePushMs = (phones: number) => Math.max(100, Math.round(phones / 4));
/**
 * Phones sent to in one turn of the event loop. A thousand sends in a row hold the loop for
 * tens of milliseconds, and the chair's click and the projector's frame would wait behind them.
 */
const SENDS_PER_TURN = 64;

const pushFrame = (channel: string, payload: unknown) =>
  JSON.stringify({ kind: 'push', channel, payload });

/** The projector's payload as phones get it: without the room's QR (they are in already). */
const phoneView = (payload: unknown): string =>
  pushFrame('projector/view', { ...(payload as object), room: null });

type Participant = { memberId: string; lastSelf: string };
type Selves = Readonly<{ state: MeetingState; build: (memberId: string) => unknown }>;

/**
 * The phones connected to the room: guests (with the room code, maybe waiting for the chair)
 * and participants (joined, each its member's). Pushes to participants are throttled per kind,
 * serialised once for all, and sent a few dozen phones per turn of the event loop.
 */
export class Phones {
  readonly guests = new Set<PhoneSocket>();
  readonly waiting = new Map<string, Waiting>();
  private readonly participants = new Map<PhoneSocket, Participant>();
  private viewPayload: unknown = null;
  private viewBytes: Buffer | null = null;
  private selves: Selves | null = null;
  private readonly keys = new SelfKeys();
  /** Phones still owed the latest view / their own view; each gets the newest when reached. */
  private readonly owedView = new Set<PhoneSocket>();
  private readonly owedSelf = new Set<PhoneSocket>();
  private draining = false;
  private readonly pushMs = () => phonePushMs(this.participants.size);
  private readonly viewPush = throttle(() => this.flushView(), this.pushMs);
  private readonly selfPush = throttle(() => this.flushSelf(), this.pushMs);

  addParticipant(socket: PhoneSocket, memberId: string): void {
    this.participants.set(socket, { memberId, lastSelf: '' });
  }

  removeParticipant(socket: PhoneSocket): void {
    this.participants.delete(socket);
    this.owedView.delete(socket);
    this.owedSelf.delete(socket);
  }

  removeGuest(socket: PhoneSocket): void {
    this.guests.delete(socket);
    for (const [joinId, entry] of this.waiting)
      if (entry.socket === socket) this.waiting.delete(joinId);
  }

  connected(memberId: string): boolean {
    for (const entry of this.participants.values()) if (entry.memberId === memberId) return true;
    return false;
  }

  /** Disconnects one member's phones (released by the chair). */
  closeMember(memberId: string, code: number, reason: string): void {
    for (const [socket, entry] of [...this.participants]) {
      if (entry.memberId !== memberId) continue;
      this.removeParticipant(socket);
      socket.close(code, reason);
    }
  }

  /** Disconnects every phone and forgets who waited (rotation, room off, meeting closed). */
  closeAll(code: number, reason: string): void {
    const sockets = [...this.participants.keys(), ...this.guests];
    this.participants.clear();
    this.guests.clear();
    this.waiting.clear();
    this.owedView.clear();
    this.owedSelf.clear();
    this.keys.forget();
    this.viewPush.cancel();
    this.selfPush.cancel();
    for (const socket of sockets) socket.close(code, reason);
  }

  /** The projector view changed: every participant gets it (the latest, throttled). */
  view(payload: unknown): void {
    this.viewPayload = payload;
    this.viewBytes = null;
    if (this.participants.size > 0) this.viewPush.run();
  }

  /** The meeting changed: each participant gets its own view again if it differs. */
  meetingChanged(state: MeetingState, build: (memberId: string) => unknown): void {
    this.selves = { state, build };
    if (this.participants.size > 0) this.selfPush.run();
  }

  /** A phone that just connected gets the current state at once, unthrottled. */
  greet(socket: PhoneSocket, view: unknown, self: unknown): void {
    const entry = this.participants.get(socket);
    socket.send(phoneView(view));
    if (entry && self !== null) {
      entry.lastSelf = JSON.stringify(self);
      socket.send(`{"kind":"push","channel":"participant/self","payload":${entry.lastSelf}}`);
    }
  }

  private flushView(): void {
    if (this.viewPayload === null) return;
    for (const socket of this.participants.keys()) this.owedView.add(socket);
    this.drain();
  }

  private flushSelf(): void {
    const selves = this.selves;
    if (!selves) return;
    this.keys.begin(selves.state);
    const changed = new Map<string, boolean>();
    for (const [socket, { memberId }] of this.participants) {
      let yes = changed.get(memberId);
      if (yes === undefined)
        changed.set(memberId, (yes = this.keys.changed(selves.state, memberId)));
      if (yes) this.owedSelf.add(socket);
    }
    this.drain();
  }

  /** Sends what phones are owed, SENDS_PER_TURN at a time, yielding to the loop in between. */
  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    const step = () => {
      let budget = SENDS_PER_TURN;
      for (const socket of this.owedView) {
        if (budget-- <= 0) break;
        this.owedView.delete(socket);
        this.viewBytes ??= Buffer.from(phoneView(this.viewPayload));
        socket.send(this.viewBytes);
      }
      for (const socket of this.owedSelf) {
        if (budget-- <= 0) break;
        this.owedSelf.delete(socket);
        this.sendSelf(socket);
      }
      if (this.owedView.size + this.owedSelf.size === 0) this.draining = false;
      else setImmediate(step);
    };
    step();
  }

  private sendSelf(socket: PhoneSocket): void {
    const entry = this.participants.get(socket);
    const self = entry && this.selves ? this.selves.build(entry.memberId) : null;
    if (!entry || self === null) return;
    const text = JSON.stringify(self);
    if (text === entry.lastSelf) return;
    entry.lastSelf = text;
    socket.send(`{"kind":"push","channel":"participant/self","payload":${text}}`);
  }
}
