import { mayReceive, type PushChannel, type PushOf, type Role } from '../../shared/api';

/** `frame` is the payload already serialised as a WebSocket push frame: built once per publish. */
type Listener = (channel: PushChannel, payload: unknown, frame: () => string) => void;

/**
 * Fans backend pushes out to every connected window. Each subscriber states its role once, and
 * only receives the channels that role may see: the projector and LAN pages never get chair data.
 */
export class PushHub {
  private readonly subscribers = new Set<{ role: Role; listener: Listener }>();

  subscribe(role: Role, listener: Listener): () => void {
    const entry = { role, listener };
    this.subscribers.add(entry);
    return () => this.subscribers.delete(entry);
  }

  publish<P extends PushChannel>(channel: P, payload: PushOf<P>): void {
    let text: string | null = null;
    const frame = () => (text ??= JSON.stringify({ kind: 'push', channel, payload }));
    for (const { role, listener } of this.subscribers) {
      if (mayReceive(role, channel)) listener(channel, payload, frame);
    }
  }

  get size(): number {
    return this.subscribers.size;
  }
}
