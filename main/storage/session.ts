import type { Low } from 'lowdb';
import { StorageError } from './errors';
import { encodeLine } from './journal';
import type { DurableJsonFile } from './lowdb-adapter';
import type { MeetingWriter } from './meeting-writer';
import { replayEvents, describeZodError } from './restore';
import { buildMeetingDocument, type MeetingDocument } from './schema';
import type { MeetingCodec, MeetingSummary, Notice } from './types';

/** Resolved when an append is on disk (written and fdatasync'd). */
export type AppendAck = { readonly seq: number };

/** What the store does after a compaction (index update, periodic backup). */
export type CompactionHook = (summary: MeetingSummary, text: string, eventCount: number) => void;

export type SessionOptions = { compactEvery: number };

/** Events folded in one turn of the event loop when a compaction brings the state up to date. */
const FOLD_SLICE = 64;

/**
 * An open meeting: the only way to add events to it. `append` returns a promise that resolves
 * only when the events are durable; while the disk refuses writes it stays pending (the events
 * are kept in memory, in order, and retried), so the backend can show "not yet saved" and
 * acknowledge the command once it resolves.
 */
export class MeetingSession<E, S> {
  private readonly events: E[];
  private documentCount: number;
  private compaction: Promise<void> | undefined;
  private closed = false;
  /** The state of the first `count` events, as the last document write (or the open) made it. */
  private replayed: Readonly<{ count: number; state: S }>;

  constructor(
    readonly meetingId: string,
    private readonly codec: MeetingCodec<E, S>,
    private readonly writer: MeetingWriter,
    private readonly db: Low<MeetingDocument<E>>,
    private readonly adapter: DurableJsonFile<MeetingDocument<E>>,
    loaded: {
      events: E[];
      documentCount: number;
      state: S;
      notices: Notice[];
      readOnly?: Notice | undefined;
    },
    private readonly options: SessionOptions,
    private readonly onCompacted: CompactionHook,
    private readonly onClosed: (session: MeetingSession<E, S>) => Promise<void>,
  ) {
    this.events = loaded.events;
    this.documentCount = loaded.documentCount;
    this.initialState = loaded.state;
    this.replayed = { count: loaded.events.length, state: loaded.state };
    this.notices = loaded.notices;
    this.readOnly = loaded.readOnly;
  }

  /**
   * Why this meeting can only be viewed (a newer version wrote it), or undefined. A read-only
   * session refuses appends with this notice and writes nothing, not even on close.
   */
  readonly readOnly: Notice | undefined;

  /** State when the meeting was opened, replayed from every durable event. */
  readonly initialState: S;
  /** What recovery found and did while opening (translate with `describeNotice`). */
  readonly notices: readonly Notice[];

  /**
   * Persist one event or the events of one command (written in one write, so they land
   * together). Events are validated against the codec's schema first: nothing is written that
   * the restore gate would refuse later. Resolves with the last seq once durable.
   */
  append(input: E | readonly E[]): Promise<AppendAck> {
    try {
      return this.take(input);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  /**
   * `append`, with its refusal thrown at once: when `take` returns, the events are accepted
   * (validated, in order in the write queue, retried on a refusing disk until written or the
   * meeting is closed, which writes them first), and the promise says when they are durable.
   * The backend shows a change to the windows at that point and acknowledges it once durable.
   */
  take(input: E | readonly E[]): Promise<AppendAck> {
    if (this.closed) throw new StorageError('error.closed', { meetingId: this.meetingId });
    if (this.readOnly) throw new StorageError(this.readOnly.code, { ...this.readOnly.params });
    const batch = (Array.isArray(input) ? input : [input]) as readonly E[];
    const checked: E[] = [];
    // Validate the whole command first: a refused event must not leave its siblings half-added.
    for (const event of batch) {
      const result = this.codec.eventSchema.safeParse(event);
      if (!result.success) {
        const where = describeZodError(result.error);
        throw new StorageError('refused.invalid', { file: 'event', ...where });
      }
      checked.push(result.data);
    }
    let text = '';
    for (const [i, event] of checked.entries()) {
      this.events.push(event);
      // `more` lets the reader drop a command whose last line a power cut tore off.
      text += encodeLine(this.events.length, event, checked.length - 1 - i);
    }
    const seq = this.events.length;
    return this.writer.append(Buffer.from(text, 'utf8'), checked.length).then(() => {
      const sinceDocument = this.writer.durableEvents() - this.documentCount;
      if (sinceDocument >= this.options.compactEvery && !this.closed)
        void this.compact().catch(() => undefined);
      return { seq };
    });
  }

  /** Number of events accepted (durable or pending). */
  eventCount(): number {
    return this.events.length;
  }

  /** Events accepted but not yet on disk. */
  pendingEvents(): number {
    return this.events.length - this.writer.durableEvents();
  }

  /** A copy of every accepted event, in order. */
  allEvents(): E[] {
    return [...this.events];
  }

  /**
   * Rewrite the document with every durable event and start a new journal. The document is
   * written outside the write queue, so appends go on meanwhile; only the journal swap runs in
   * the queue (the few lines appended during the rewrite are carried over: ~0.5 ms instead of
   * the ~3+ ms of a document rewrite). A failure leaves the journal authoritative.
   */
  compact(): Promise<void> {
    this.compaction ??= (async () => {
      const count = this.writer.durableEvents();
      await this.writeDocument(count);
      await this.writer.swap(count, (from, to) => this.lines(from, to));
    })().finally(() => {
      this.compaction = undefined;
    });
    return this.compaction;
  }

  /** Journal lines for events from..to (1-based, inclusive). */
  private lines(from: number, to: number): string {
    let text = '';
    for (let seq = from; seq <= to; seq++) text += encodeLine(seq, this.events[seq - 1]);
    return text;
  }

  /**
   * The state and summary of these events (the first of the meeting's, in order). Only those
   * since the last write are folded where the codec can continue a replay, FOLD_SLICE at a time
   * with a turn of the event loop between slices: in a room of 500, one event takes the core
   * about 0.1 ms, and a thousand in one go held every chair click and ballot behind them.
   */
  private async foldTo(events: E[]): Promise<{ state: S; summary: MeetingSummary }> {
    const file = `${this.meetingId}.json`;
    let from = this.replayed.count <= events.length ? this.replayed : undefined;
    for (;;) {
      const upTo =
        from && this.codec.resume
          ? Math.min(events.length, from.count + FOLD_SLICE)
          : events.length;
      const replayed = replayEvents(this.codec, this.meetingId, events.slice(0, upTo), file, from);
      if (!replayed.ok)
        throw new StorageError(replayed.refusal.code, { ...replayed.refusal.params });
      from = { count: upTo, state: replayed.value.state };
      this.replayed = from;
      if (upTo === events.length) return replayed.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Write the document holding events 1..count (used by compaction and by repair on open). */
  async writeDocument(count: number): Promise<void> {
    const events = this.events.slice(0, count);
    const { state, summary } = await this.foldTo(events);
    this.db.data = buildMeetingDocument(this.meetingId, events, summary, state);
    await this.db.write();
    this.documentCount = count;
    this.onCompacted(summary, this.adapter.lastWritten ?? '', count);
  }

  /** Run work in this meeting's write queue (after every earlier append is durable). */
  exclusive(run: () => Promise<void>): Promise<void> {
    return this.writer.task(run);
  }

  /** Wait until every accepted event is durable and a running compaction has finished. */
  async flushed(): Promise<void> {
    await this.compaction?.catch(() => undefined);
    await this.writer.drained();
  }

  /** Save everything, write the document, take a backup and release the meeting. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.readOnly) return this.onClosed(this);
    await this.compaction?.catch(() => undefined);
    await this.writer.task(() => this.writeDocument(this.writer.durableEvents()));
    await this.writer.close();
    await this.onClosed(this);
  }
}
