import type { z } from 'zod';
import type { MeetingSummary, meetingIdSchema } from '../../shared/api';
import type { Problem } from '../../shared/errors';

/**
 * Ids and summaries are the API's own (shared/api), so the meeting list needs no mapping.
 * Ids become file names: the API's alphabet (letters, digits, '-', '_') has no dots or slashes,
 * so nothing from an archive can name a path outside the data folder. The summary is only ever
 * stored in caches (index.json, informational copies in documents, archive manifests) that are
 * recomputed or rebuilt if the API's shape changes, so the coupling cannot make a meeting unreadable.
 */
export { meetingIdSchema, meetingSummarySchema, type MeetingSummary } from '../../shared/api';
export type MeetingId = z.infer<typeof meetingIdSchema>;

/**
 * How the store understands a meeting without knowing the domain core: the event schema guards
 * every event that comes from disk, replay rebuilds the state from events (the events are the
 * truth; the stored snapshot is never trusted), summarize feeds the meeting list.
 */
export type MeetingCodec<E, S> = {
  readonly eventSchema: z.ZodType<E>;
  replay(meetingId: string, events: readonly E[]): S;
  /**
   * `replay` continued from the state of the events before these, without changing that state.
   * With it a compaction folds only the events since the last one (the whole meeting, replayed
   * in one go every thousand events, held a 500-member room's server for some 60 ms).
   */
  resume?(meetingId: string, state: S, events: readonly E[]): S;
  summarize(meetingId: string, state: S): MeetingSummary;
};

/** A user-facing message as data: `code` is a key of the 'storage' catalogue namespace. */
export type Notice = Problem & Readonly<{ code: NoticeCode }>;

export type NoticeCode =
  | 'recovered.fromBackup'
  | 'recovered.fromJournalOnly'
  | 'recovered.tornTail'
  | 'recovered.journalDamaged'
  | 'recovered.journalGap'
  | 'recovered.journalCut'
  | 'recovered.migrated'
  | 'recovered.indexRebuilt'
  | 'recovered.saved'
  | 'quarantined'
  | 'refused.empty'
  | 'refused.notJson'
  | 'refused.tooLarge'
  | 'refused.tooDeep'
  | 'refused.stringTooLong'
  | 'refused.forbiddenKey'
  | 'refused.noVersion'
  | 'refused.tooNew'
  | 'refused.invalid'
  | 'refused.wrongMeeting'
  | 'refused.replayFailed'
  | 'refused.notAnArchive'
  | 'refused.archiveTooLarge'
  | 'refused.checksumMismatch'
  | 'refused.badEntryName'
  | 'refused.archiveEntryOversized'
  | 'refused.notAFile'
  | 'refused.unreadable'
  | 'readOnly.newerVersion'
  | 'error.diskFull'
  | 'error.readOnly'
  | 'error.permissionDenied'
  | 'error.io'
  | 'error.locked'
  | 'error.notFound'
  | 'error.meetingOpen'
  | 'error.alreadyExists'
  | 'error.unrecoverable'
  | 'error.closed';

/** Build a notice; params are shown to the user, so pass file base names, not full paths. */
export function notice(code: NoticeCode, params: Record<string, string | number> = {}): Notice {
  return { code, params };
}
