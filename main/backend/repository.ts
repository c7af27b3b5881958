import { replay, type MeetingEvent } from '../../shared/domain';
import type { ApiError, MeetingSummary, SaveStatus } from '../../shared/api';
import { summaryOf } from './summary';

/**
 * What `append` answers once storage has taken a command's events: they are validated and queued
 * in order, and the store writes them, retrying a refusing disk, before it closes. `durable`
 * resolves once they are on disk.
 */
export type Accepted = Readonly<{ durable: Promise<void> }>;

/**
 * What the backend needs from storage. `append` resolves once the events are accepted (or
 * rejects at once with a RepositoryError: a read-only meeting, an event the restore gate would
 * refuse). The backend shows the change to the windows then, and acknowledges the command once
 * it is durable, unless the store reports that the disk refuses writes (then the chair sees
 * "not yet saved" while the store keeps retrying).
 */
export type MeetingRepository = Readonly<{
  list(): Promise<readonly MeetingSummary[]>;
  /** The meeting's events, or null if there is no such meeting; `notices` say what recovery did. */
  load(
    meetingId: string,
  ): Promise<{ events: readonly MeetingEvent[]; notices: readonly ApiError[] } | null>;
  create(
    meetingId: string,
    events: readonly MeetingEvent[],
    summary: MeetingSummary,
  ): Promise<void>;
  /** The meeting's line in the list is the store's to derive from the events, as on loading. */
  append(meetingId: string, events: readonly MeetingEvent[]): Promise<Accepted>;
  saveStatus(meetingId: string): SaveStatus;
  /** Resolves as soon as the store is (or becomes) unable to write: the backend stops waiting then. */
  whenUnhealthy(): Promise<void>;
  onSaveStatusChange(listener: () => void): () => void;
  /** Keeps an exported PDF with the meeting, so it travels in the meeting's archive. */
  savePdf(meetingId: string, fileName: string, bytes: Uint8Array): Promise<void>;
  exportArchive(meetingId: string): Promise<Uint8Array>;
  importArchive(
    bytes: Uint8Array,
    onExists?: 'replace' | 'copy',
  ): Promise<{ status: 'imported' | 'exists'; meetingId: string }>;
  close(): Promise<void>;
}>;

/** A storage failure the user must hear about, already in the catalogue's terms ('storage:…'). */
export class RepositoryError extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
    this.name = 'RepositoryError';
  }
}

/** Keeps meetings in memory only: for `--dry-run` and for tests of the layers above storage. */
export function memoryRepository(): MeetingRepository {
  const meetings = new Map<string, { events: MeetingEvent[]; summary: MeetingSummary }>();
  return {
    // Derived from the events, like the file store's list; the created summary gives the time
    // of a meeting whose events carry none.
    list: () =>
      Promise.resolve(
        [...meetings].map(([meetingId, entry]) =>
          summaryOf(meetingId, replay(meetingId, entry.events), entry.summary.updatedAt),
        ),
      ),
    load: (meetingId) => {
      const entry = meetings.get(meetingId);
      return Promise.resolve(entry ? { events: entry.events, notices: [] } : null);
    },
    create(meetingId, events, summary) {
      meetings.set(meetingId, { events: [...events], summary });
      return Promise.resolve();
    },
    append(meetingId, events) {
      const entry = meetings.get(meetingId);
      if (!entry) return Promise.reject(new Error(`unknown meeting ${meetingId}`));
      entry.events.push(...events);
      return Promise.resolve({ durable: Promise.resolve() });
    },
    saveStatus: () => ({ saved: true, pending: 0, error: null }),
    whenUnhealthy: () => new Promise<void>(() => undefined),
    onSaveStatusChange: () => () => undefined,
    savePdf: () => Promise.resolve(),
    exportArchive: () =>
      Promise.reject(new RepositoryError({ code: 'archive.unavailable', params: {} })),
    importArchive: () =>
      Promise.reject(new RepositoryError({ code: 'archive.unavailable', params: {} })),
    close: () => Promise.resolve(),
  };
}
