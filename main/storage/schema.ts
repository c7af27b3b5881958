import { z } from 'zod';
import { meetingIdSchema, meetingSummarySchema } from './types';

/** Version of the meeting document this build writes; older ones are migrated on load. */
export const MEETING_SCHEMA_VERSION = 2;
/** Version of the index document this build writes. */
export const INDEX_SCHEMA_VERSION = 1;
/** Upper bound on events per meeting: far above a real meeting, low enough to bound memory. */
export const MAX_EVENTS = 1_000_000;

/**
 * The meeting document, one per meeting: the event log up to `eventCount` plus a snapshot of the
 * replayed state for people and tools reading the file. On load the state is always rebuilt from
 * the events, so a tampered snapshot cannot inject state.
 */
export function meetingDocumentSchema<E>(eventSchema: z.ZodType<E>) {
  return z.object({
    schemaVersion: z.literal(MEETING_SCHEMA_VERSION),
    kind: z.literal('yishiting/meeting'),
    meetingId: meetingIdSchema,
    savedAt: z.string().max(40),
    eventCount: z.number().int().nonnegative().max(MAX_EVENTS),
    // Informational copies (the gate recomputes both from the events): not validated, so a
    // change of the summary's or the state's shape never makes an old document unreadable.
    summary: z.unknown(),
    snapshot: z.unknown(),
    events: z.array(eventSchema).max(MAX_EVENTS),
  });
}

export type MeetingDocument<E> = {
  schemaVersion: typeof MEETING_SCHEMA_VERSION;
  kind: 'yishiting/meeting';
  meetingId: string;
  savedAt: string;
  eventCount: number;
  summary: unknown;
  snapshot: unknown;
  events: E[];
};

/** Version 1, the first prototype's shape: the id was `id` and there was no count or summary. */
export const meetingDocumentV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: meetingIdSchema,
  savedAt: z.string().max(40),
  events: z.array(z.unknown()).max(MAX_EVENTS),
});

/** The index: a cache of summaries for the meeting list, rebuilt from the meeting files if lost. */
export const indexDocumentSchema = z.object({
  schemaVersion: z.literal(INDEX_SCHEMA_VERSION),
  kind: z.literal('yishiting/index'),
  savedAt: z.string().max(40),
  meetings: z.array(meetingSummarySchema).max(100_000),
  /**
   * Confirmed events per meeting, noted about once a second while a meeting runs: a journal that
   * holds fewer was cut and lost confirmed records (see readJournal). Optional, so an index
   * without it (older builds) still passes, and older builds drop it without harm.
   */
  eventCounts: z.record(meetingIdSchema, z.number().int().nonnegative()).optional(),
});
export type IndexDocument = z.infer<typeof indexDocumentSchema>;

/** The envelope every document shares, read before anything else to pick the migration path. */
export const versionEnvelopeSchema = z.object({ schemaVersion: z.number().int() });

/** Build the current-version document for events 1..n of a meeting (compaction, export, import). */
export function buildMeetingDocument<E>(
  meetingId: string,
  events: E[],
  summary: z.infer<typeof meetingSummarySchema>,
  snapshot: unknown,
): MeetingDocument<E> {
  return {
    schemaVersion: MEETING_SCHEMA_VERSION,
    kind: 'yishiting/meeting',
    meetingId,
    savedAt: new Date().toISOString(),
    eventCount: events.length,
    summary,
    snapshot,
    events,
  };
}
