import type { MeetingEvent } from '../../shared/domain';
import type { MeetingSummary, SaveStatus } from '../../shared/api';

/**
 * What the backend needs from storage. `append` resolves only once the events are durable; the
 * backend acknowledges a command to the chair only after that.
 */
export type MeetingRepository = Readonly<{
  list(): Promise<readonly MeetingSummary[]>;
  load(meetingId: string): Promise<readonly MeetingEvent[] | null>;
  create(
    meetingId: string,
    events: readonly MeetingEvent[],
    summary: MeetingSummary,
  ): Promise<void>;
  append(
    meetingId: string,
    events: readonly MeetingEvent[],
    summary: MeetingSummary,
  ): Promise<void>;
  saveStatus(meetingId: string): SaveStatus;
  close(): Promise<void>;
}>;

/** Keeps meetings in memory only: for `--dry-run` and for tests of the layers above storage. */
export function memoryRepository(): MeetingRepository {
  const meetings = new Map<string, { events: MeetingEvent[]; summary: MeetingSummary }>();
  return {
    list: () => Promise.resolve([...meetings.values()].map((entry) => entry.summary)),
    load: (meetingId) => Promise.resolve(meetings.get(meetingId)?.events ?? null),
    create(meetingId, events, summary) {
      meetings.set(meetingId, { events: [...events], summary });
      return Promise.resolve();
    },
    append(meetingId, events, summary) {
      const entry = meetings.get(meetingId);
      if (!entry) return Promise.reject(new Error(`unknown meeting ${meetingId}`));
      entry.events.push(...events);
      entry.summary = summary;
      return Promise.resolve();
    },
    saveStatus: () => ({ saved: true, pending: 0, error: null }),
    close: () => Promise.resolve(),
  };
}
