import { meetingDocumentV1Schema, MEETING_SCHEMA_VERSION } from './schema';

/**
 * One step per version: `steps[v]` turns a version-v document into version v+1. Each step checks
 * its own input shape, so a damaged old file is refused with a reason instead of half-migrated.
 * Fields that the restore gate recomputes anyway (summary, snapshot) get placeholders here.
 */
const steps: Readonly<Record<number, (doc: unknown) => unknown>> = {
  1: (doc) => {
    const v1 = meetingDocumentV1Schema.parse(doc);
    return {
      schemaVersion: 2,
      kind: 'yishiting/meeting',
      meetingId: v1.id,
      savedAt: v1.savedAt,
      eventCount: v1.events.length,
      summary: null,
      snapshot: null,
      events: v1.events,
    };
  },
};

/** Oldest meeting document version this build can still read. */
export const OLDEST_MEETING_VERSION = 1;

/** Bring a meeting document from `version` to the current version; throws a ZodError if damaged. */
export function migrateMeetingDocument(doc: unknown, version: number): unknown {
  let current = doc;
  for (let v = version; v < MEETING_SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step(current);
  }
  return current;
}
