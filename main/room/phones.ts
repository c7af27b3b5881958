import { throttle } from './throttle';

/** One phone's socket as the room sees it: something to send frames to and to close. */
export type PhoneSocket = Readonly<{
  send(text: string): void;
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

/** How often at most a phone gets a new frame of the same kind while changes pour in. */
const PHONE_PUSH_MS = 100;

const pushFrame = (channel: string, payload: unknown) =>
  JSON.stringify({ kind: 'push', channel, payload });

/**
 * The phones connected to the room: guests (with the room code, maybe waiting for the chair)
 * and participants (joined, each its member's). Pushes to participants are throttled per kind.
 */
export class Phones {
  readonly guests = new Set<PhoneSocket>();
  readonly waiting = new Map<string, Waiting>();
  private readonly participants = new Map<PhoneSocket, { memberId: string; lastSelf: string }>();
  private viewFrame: string | null = null;
  private selfOf: ((memberId: string) => unknown) | null = null;
  private readonly viewPush = throttle(() => this.flushView(), PHONE_PUSH_MS);
  private readonly selfPush = throttle(() => this.flushSelf(), PHONE_PUSH_MS);

  addParticipant(socket: PhoneSocket, memberId: string): void {
    this.participants.set(socket, { memberId, lastSelf: '' });
  }

  removeParticipant(socket: PhoneSocket): void {
    this.participants.delete(socket);
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
      this.participants.delete(socket);
      socket.close(code, reason);
    }
  }

  /** Disconnects every phone and forgets who waited (rotation, room off, meeting closed). */
  closeAll(code: number, reason: string): void {
    const sockets = [...this.participants.keys(), ...this.guests];
    this.participants.clear();
    this.guests.clear();
    this.waiting.clear();
    this.viewPush.cancel();
    this.selfPush.cancel();
    for (const socket of sockets) socket.close(code, reason);
  }

  /** The projector view changed: every participant gets it (the latest, throttled). */
  view(payload: unknown): void {
    this.viewFrame = pushFrame('projector/view', payload);
    if (this.participants.size > 0) this.viewPush.run();
  }

  /** The meeting changed: each participant gets its own view again if it differs. */
  selves(build: (memberId: string) => unknown): void {
    this.selfOf = build;
    if (this.participants.size > 0) this.selfPush.run();
  }

  /** A phone that just connected gets the current state at once, unthrottled. */
  greet(socket: PhoneSocket, view: unknown, self: unknown): void {
    const entry = this.participants.get(socket);
    socket.send(pushFrame('projector/view', view));
    if (entry && self !== null) {
      entry.lastSelf = JSON.stringify(self);
      socket.send(pushFrame('participant/self', self));
    }
  }

  private flushView(): void {
    const frame = this.viewFrame;
    if (frame) for (const socket of this.participants.keys()) socket.send(frame);
  }

  private flushSelf(): void {
    const build = this.selfOf;
    if (!build) return;
    const byMember = new Map<string, string>();
    for (const [socket, entry] of this.participants) {
      let text = byMember.get(entry.memberId);
      if (text === undefined) {
        const self = build(entry.memberId);
        text = self === null ? '' : JSON.stringify(self);
        byMember.set(entry.memberId, text);
      }
      if (text === '' || text === entry.lastSelf) continue;
      entry.lastSelf = text;
      socket.send(`{"kind":"push","channel":"participant/self","payload":${text}}`);
    }
  }
}
