import type { PushOf } from '../../shared/api';

type Change = PushOf<'meeting/changed'>;

/**
 * Phones' changes reach the chair's windows gathered. A room of phones voting changes the meeting
 * a hundred times a second, and each push makes a console re-render every member's card: alone,
 * that takes a whole core of the chair's laptop, which also runs the server and the projector.
 * A phone's change goes out at once when none went out within `ms`; later ones are joined (their
 * events in order, the last version and save status) and sent when the window ends. Whatever is
 * sent unbatched for a meeting (the chair's own click) carries what waits ahead of its own events,
 * so every window sees every event once and in order.
 */
export class ChangeBatch {
  private readonly pending = new Map<string, Change>();
  private readonly windows = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly send: (change: Change) => void,
    private readonly ms: number,
  ) {}

  /** A phone's change: now if the meeting's window is closed, else with the next batch. */
  add(change: Change): void {
    const { meetingId } = change;
    if (!this.windows.has(meetingId)) {
      this.send(change);
      this.open(meetingId);
      return;
    }
    const waiting = this.pending.get(meetingId);
    this.pending.set(
      meetingId,
      waiting ? { ...change, events: [...waiting.events, ...change.events] } : change,
    );
  }

  /**
   * The chair's change, at once: what phones changed before it rides in the same push, ahead of
   * it. Two pushes would be two renders of the console, at every click during a storm.
   */
  now(change: Change): void {
    const waiting = this.pending.get(change.meetingId);
    if (!waiting) return this.send(change);
    this.pending.delete(change.meetingId);
    this.send({ ...change, events: [...waiting.events, ...change.events] });
  }

  private open(meetingId: string): void {
    const timer = setTimeout(() => {
      this.windows.delete(meetingId);
      // Something waited: it goes now and a new window starts, so a storm keeps its pace.
      if (this.flush(meetingId)) this.open(meetingId);
    }, this.ms);
    timer.unref?.();
    this.windows.set(meetingId, timer);
  }

  private flush(meetingId: string): boolean {
    const waiting = this.pending.get(meetingId);
    if (!waiting) return false;
    this.pending.delete(meetingId);
    this.send(waiting);
    return true;
  }
}
