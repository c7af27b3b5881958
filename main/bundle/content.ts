import { createHash, X509Certificate } from 'node:crypto';
import { replay, type MeetingEvent } from '../../shared/domain';
import { meetingTimeZone } from '../../shared/domain/selectors/clock';
import type { FollowupState } from '../../shared/followup';
import { FILES, type BundleFile } from './format';
import { publicEvents, publicState } from './redact';

// The files of a bundle apart from its manifest and signature, built from what the laptop has.
// Deterministic: the same meeting, registry, PDFs and certificate give the same bytes, which is
// what lets an unchanged meeting give its earlier bundle again (write.ts).

export type BundleContent = Readonly<{
  files: ReadonlyMap<string, Uint8Array>;
  /** Sorted by name, as the manifest lists them. */
  listed: readonly BundleFile[];
  timeZone: string;
  fingerprint: string;
}>;

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** The journal as JSON Lines: one event per line, in order, a final newline. */
export function journalText(events: readonly MeetingEvent[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}

/** The registry's rows about one meeting: its action items, and the topics it took up. */
export function followupRows(registry: FollowupState, meetingId: string) {
  return {
    meetingId,
    items: registry.itemOrder
      .map((key) => registry.items[key])
      .filter((item) => item !== undefined && item.meetingId === meetingId),
    topics: registry.topicOrder
      .map((id) => registry.topics[id])
      .filter((topic) => topic?.meetings.some((m) => m.meetingId === meetingId)),
  };
}

export function buildContent(
  meetingId: string,
  events: readonly MeetingEvent[],
  registry: FollowupState,
  certificateDer: Buffer,
  pdfs: ReadonlyArray<Readonly<{ name: string; bytes: Uint8Array }>>,
): BundleContent {
  const shared = publicEvents(events);
  const state = publicState(replay(meetingId, shared));
  const certificate = new X509Certificate(certificateDer);
  const files = new Map<string, Uint8Array>([
    [FILES.events, utf8(journalText(shared))],
    [FILES.state, utf8(`${JSON.stringify(state)}\n`)],
    [FILES.followup, utf8(`${JSON.stringify(followupRows(registry, meetingId))}\n`)],
    [FILES.certificate, utf8(certificate.toString())],
  ]);
  for (const pdf of pdfs) files.set(`pdfs/${pdf.name}`, pdf.bytes);
  const listed = [...files.entries()]
    .map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256(bytes) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    files,
    listed,
    timeZone: meetingTimeZone(state),
    fingerprint: certificate.fingerprint256,
  };
}
