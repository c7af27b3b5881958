import { strFromU8 } from 'fflate';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { eventSchema, replay, type MeetingEvent, type MeetingState } from '../../shared/domain';
import { meetingTimeZone } from '../../shared/domain/selectors/clock';
import { verifyPdf } from '../signing/verify';
import type { UnzippedEntry } from '../storage/archive-unzip';
import { DOCUMENT_LIMITS, LINE_LIMITS, safeJsonParse } from '../storage/safe-json';
import { FILES, type BundleManifest } from './format';
import { privateContent, publicState } from './redact';
import { refusal, type BundleRefusal } from './refusal';

// Step 5 of readBundle: the files whose hashes and signature already check out, read as records.
// The journal must parse event by event with the core's schema, in seq order, and carry no phone
// or private note; state.json must be exactly the public state that journal replays to, so the
// hub can index either and get one truth; the registry rows must be this meeting's; each PDF's
// own signature must be intact (its signer may be an earlier certificate of the community).

export type BundleRecords = Readonly<{
  events: readonly MeetingEvent[];
  state: MeetingState;
  followup: FollowupRows;
  pdfs: ReadonlyArray<Readonly<{ name: string; bytes: Uint8Array; signer: string | null }>>;
}>;

const followupRowsSchema = (meetingId: string) =>
  z.strictObject({
    meetingId: z.literal(meetingId),
    items: z.array(z.looseObject({ key: z.string(), meetingId: z.literal(meetingId) })).max(10_000),
    topics: z.array(z.looseObject({ topicId: z.string() })).max(10_000),
  });
export type FollowupRows = z.infer<ReturnType<typeof followupRowsSchema>>;

type Entries = ReadonlyMap<string, UnzippedEntry>;

function readEvents(text: string): MeetingEvent[] | BundleRefusal {
  const lines = text.split('\n');
  if (lines.pop() !== '') return refusal('schema', { file: FILES.events, detail: 'end' });
  const events: MeetingEvent[] = [];
  for (const [index, line] of lines.entries()) {
    const parsed = safeJsonParse(line, LINE_LIMITS, FILES.events);
    const event = parsed.ok ? eventSchema.safeParse(parsed.value) : null;
    if (!event?.success || event.data.seq !== index + 1)
      return refusal('schema', { file: FILES.events, detail: `line ${index + 1}` });
    const hidden = privateContent(event.data as MeetingEvent);
    if (hidden) return refusal('privateData', { file: FILES.events, detail: hidden });
    events.push(event.data as MeetingEvent);
  }
  return events.length > 0 ? events : refusal('schema', { file: FILES.events, detail: 'empty' });
}

function readJson(entries: Entries, name: string): unknown {
  const parsed = safeJsonParse(strFromU8(entries.get(name)!.bytes), DOCUMENT_LIMITS, name);
  return parsed.ok ? parsed.value : undefined;
}

export function readContent(
  manifest: BundleManifest,
  entries: Entries,
  fingerprint: string,
): BundleRecords | BundleRefusal {
  const events = readEvents(strFromU8(entries.get(FILES.events)!.bytes));
  if (!Array.isArray(events)) return events;
  let expected: MeetingState;
  try {
    expected = publicState(replay(manifest.meetingId, events));
  } catch {
    return refusal('schema', { file: FILES.events, detail: 'replay' });
  }
  const state = readJson(entries, FILES.state);
  // Through JSON, as it was written: an absent optional field and an undefined one are alike.
  if (!isDeepStrictEqual(state, JSON.parse(JSON.stringify(expected))))
    return refusal('stateMismatch', { file: FILES.state });
  if (meetingTimeZone(expected) !== manifest.timeZone)
    return refusal('stateMismatch', { file: FILES.manifest, detail: 'timeZone' });
  const followup = followupRowsSchema(manifest.meetingId).safeParse(
    readJson(entries, FILES.followup),
  );
  if (!followup.success) return refusal('schema', { file: FILES.followup });
  const pdfs = [];
  for (const file of manifest.files.filter((f) => f.name.startsWith('pdfs/'))) {
    const bytes = entries.get(file.name)!.bytes;
    const verdict = verifyPdf(Buffer.from(bytes), { trustedFingerprints: [fingerprint] });
    if (verdict.status !== 'valid' && verdict.status !== 'unknownSigner')
      return refusal('pdfSignature', { file: file.name, detail: verdict.status });
    pdfs.push({ name: file.name.slice('pdfs/'.length), bytes, signer: verdict.fingerprint });
  }
  return { events, state: expected, followup: followup.data, pdfs };
}
