import { z } from 'zod';
import { OLDEST_MEETING_VERSION, migrateMeetingDocument } from './migrations';
import { DOCUMENT_LIMITS, safeJsonParse, type JsonLimits } from './safe-json';
import { meetingDocumentSchema, MEETING_SCHEMA_VERSION, versionEnvelopeSchema } from './schema';
import { notice, type MeetingCodec, type MeetingSummary, type Notice } from './types';

/** The outcome of the restore gate: a usable value with what was done to it, or a reason. */
export type Restore<T> = { ok: true; value: T; notices: Notice[] } | { ok: false; refusal: Notice };

/** A meeting document that passed the gate, with its state rebuilt from its events. */
export type RestoredMeeting<E, S> = {
  meetingId: string;
  savedAt: string;
  events: E[];
  state: S;
  summary: MeetingSummary;
};

/** The first schema problem, as "path: message", short enough for a dialog. */
export function describeZodError(error: z.ZodError): { path: string; problem: string } {
  const issue = error.issues[0];
  return {
    path: issue ? issue.path.join('.') || '(root)' : '(root)',
    problem: (issue?.message ?? 'invalid').slice(0, 200),
  };
}

/** Rebuild state and summary from events; a core that throws on the log refuses the document. */
export function replayEvents<E, S>(
  codec: MeetingCodec<E, S>,
  meetingId: string,
  events: E[],
  file: string,
  from?: Readonly<{ count: number; state: S }>,
): Restore<{ state: S; summary: MeetingSummary }> {
  try {
    // From a state of the first events, where the codec can continue one: the rest only.
    const state =
      from && codec.resume && from.count <= events.length
        ? codec.resume(meetingId, from.state, events.slice(from.count))
        : codec.replay(meetingId, events);
    return { ok: true, value: { state, summary: codec.summarize(meetingId, state) }, notices: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      refusal: notice('refused.replayFailed', { file, reason: reason.slice(0, 200) }),
    };
  }
}

/**
 * THE restore gate for meeting documents (STYLE 8): every meeting read from disk, from a backup
 * or from an archive passes here. Safe parse, version check, migration, schema, consistency,
 * replay. Never throws: the caller decides whether to quarantine, fall back or refuse.
 */
export function restoreMeeting<E, S>(
  text: string,
  codec: MeetingCodec<E, S>,
  options: { file: string; expectedId?: string; limits?: JsonLimits },
): Restore<RestoredMeeting<E, S>> {
  const { file } = options;
  const parsed = safeJsonParse(text, options.limits ?? DOCUMENT_LIMITS, file);
  if (!parsed.ok) return parsed;
  const envelope = versionEnvelopeSchema.safeParse(parsed.value);
  if (!envelope.success) return { ok: false, refusal: notice('refused.noVersion', { file }) };
  const version = envelope.data.schemaVersion;
  if (version > MEETING_SCHEMA_VERSION) {
    return {
      ok: false,
      refusal: notice('refused.tooNew', { file, version, supported: MEETING_SCHEMA_VERSION }),
    };
  }
  const notices: Notice[] = [];
  let raw = parsed.value;
  if (version < MEETING_SCHEMA_VERSION) {
    if (version < OLDEST_MEETING_VERSION)
      return {
        ok: false,
        refusal: notice('refused.invalid', {
          file,
          path: 'schemaVersion',
          problem: `unknown version ${version}`,
        }),
      };
    try {
      raw = migrateMeetingDocument(raw, version);
    } catch (error) {
      const where =
        error instanceof z.ZodError
          ? describeZodError(error)
          : { path: '(root)', problem: String(error).slice(0, 200) };
      return { ok: false, refusal: notice('refused.invalid', { file, ...where }) };
    }
    notices.push(notice('recovered.migrated', { file, from: version, to: MEETING_SCHEMA_VERSION }));
  }
  const checked = meetingDocumentSchema(codec.eventSchema).safeParse(raw);
  if (!checked.success)
    return {
      ok: false,
      refusal: notice('refused.invalid', { file, ...describeZodError(checked.error) }),
    };
  const doc = checked.data;
  if (options.expectedId !== undefined && doc.meetingId !== options.expectedId) {
    return {
      ok: false,
      refusal: notice('refused.wrongMeeting', {
        file,
        expected: options.expectedId,
        actual: doc.meetingId,
      }),
    };
  }
  if (doc.eventCount !== doc.events.length) {
    return {
      ok: false,
      refusal: notice('refused.invalid', {
        file,
        path: 'eventCount',
        problem: `${doc.eventCount} ≠ ${doc.events.length} events`,
      }),
    };
  }
  const events = doc.events as E[];
  const replayed = replayEvents(codec, doc.meetingId, events, file);
  if (!replayed.ok) return replayed;
  return {
    ok: true,
    value: { meetingId: doc.meetingId, savedAt: doc.savedAt, events, ...replayed.value },
    notices,
  };
}

/** A newer version's document as far as this version can show it, and that version. */
export type NewerMeeting<E, S> = RestoredMeeting<E, S> & { version: number };

/**
 * A document that a newer version wrote (the gate refused it as 'refused.tooNew'), read for
 * viewing only: the same limits, id, count and replay checks, with its version left as it is and
 * fields this version does not know ignored. Every event must pass this version's schema; if one
 * does not, this version cannot show the meeting faithfully and refuses. Nothing read here is
 * ever written back (see MeetingInspection.readOnly).
 */
export function readNewerMeeting<E, S>(
  text: string,
  codec: MeetingCodec<E, S>,
  options: { file: string; expectedId: string },
): Restore<NewerMeeting<E, S>> {
  const { file } = options;
  const parsed = safeJsonParse(text, DOCUMENT_LIMITS, file);
  if (!parsed.ok) return parsed;
  const envelope = versionEnvelopeSchema.safeParse(parsed.value);
  if (!envelope.success) return { ok: false, refusal: notice('refused.noVersion', { file }) };
  const version = envelope.data.schemaVersion;
  const tooNew = notice('refused.tooNew', { file, version, supported: MEETING_SCHEMA_VERSION });
  if (version <= MEETING_SCHEMA_VERSION) return { ok: false, refusal: tooNew };
  const checked = meetingDocumentSchema(codec.eventSchema)
    .extend({ schemaVersion: z.number().int() })
    .safeParse(parsed.value);
  if (!checked.success) return { ok: false, refusal: tooNew };
  const doc = checked.data;
  if (doc.meetingId !== options.expectedId || doc.eventCount !== doc.events.length)
    return { ok: false, refusal: tooNew };
  const events = doc.events as E[];
  const replayed = replayEvents(codec, doc.meetingId, events, file);
  if (!replayed.ok) return { ok: false, refusal: tooNew };
  return {
    ok: true,
    value: { meetingId: doc.meetingId, savedAt: doc.savedAt, events, version, ...replayed.value },
    notices: [],
  };
}
