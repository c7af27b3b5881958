import { crc32 } from 'node:zlib';
import type { z } from 'zod';
import { LINE_LIMITS, safeJsonParse } from './safe-json';
import { notice, type Notice } from './types';

/**
 * Journal line format: `{"seq":N,"crc":"xxxxxxxx","more":K,"event":EVENT}` + newline. `more`
 * counts the lines that follow in the same command (0 for its last line; then omitted), so the
 * events of one command are replayed all or not at all. crc is the CRC-32 of "N:K:EVENT", EVENT
 * being the exact event text. Each line is valid JSON for people and tools; the checksum tells a
 * bit-flipped line from a good one, which a schema alone cannot.
 */
const LINE = /^\{"seq":(\d{1,12}),"crc":"([0-9a-f]{8})"(?:,"more":(\d{1,6}))?,"event":(.*)\}$/;

function crcHex(seq: number, more: number, body: string): string {
  return crc32(`${seq}:${more}:${body}`).toString(16).padStart(8, '0');
}

/** Encode one event as a complete journal line (with its newline). */
export function encodeLine(seq: number, event: unknown, more = 0): string {
  const body = JSON.stringify(event);
  const moreField = more > 0 ? `,"more":${more}` : '';
  return `{"seq":${seq},"crc":"${crcHex(seq, more, body)}"${moreField},"event":${body}}\n`;
}

type Decoded<E> = { ok: true; seq: number; more: number; event: E } | { ok: false };

function decodeLine<E>(line: string, eventSchema: z.ZodType<E>, file: string): Decoded<E> {
  const match = LINE.exec(line);
  if (!match) return { ok: false };
  const [, seqText, crc, moreText, body] = match;
  if (seqText === undefined || body === undefined) return { ok: false };
  const seq = Number(seqText);
  const more = moreText === undefined ? 0 : Number(moreText);
  if (crcHex(seq, more, body) !== crc) return { ok: false };
  const parsed = safeJsonParse(body, LINE_LIMITS, file);
  if (!parsed.ok) return { ok: false };
  const event = eventSchema.safeParse(parsed.value);
  return event.success ? { ok: true, seq, more, event: event.data } : { ok: false };
}

function onlyZeros(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) !== 0) return false;
  return true;
}

/** What a journal holds beyond the document it belongs to. */
export type JournalRead<E> = {
  /** Events with seq after the document's count, in order, without gaps. */
  events: E[];
  notices: Notice[];
  /** True when the file holds anything that was not accepted: it must be quarantined, not reused. */
  damaged: boolean;
  /** Seq of the first good line, if any (tells whether a restored older document still connects). */
  firstSeq: number | undefined;
};

/**
 * Read a journal against a document holding events 1..`baseCount`. Lines at or below the base are
 * already in the document (a crash between compaction and the journal swap). Bad lines at the end,
 * and a command whose last line is missing, are a torn write that was never acknowledged
 * (acknowledgement follows fdatasync of the whole write): dropped and reported. A bad line
 * followed by the expected next seq is skipped; a gap stops the replay there, because later
 * events depend on earlier ones.
 *
 * A journal shorter than what was confirmed is another matter: that is data loss, reported as
 * such ('recovered.journalCut'), never as an unconfirmed tail. Two signs tell it: the file ends
 * inside a line (a torn write lands inside the zero-filled region, so it is followed by zeros,
 * while a cut file has lost them), and `knownCount`, the count of confirmed events noted beside
 * the journal (IndexStore.noteCount), being larger than what the journal still holds.
 */
export function readJournal<E>(
  text: string,
  baseCount: number,
  eventSchema: z.ZodType<E>,
  file: string,
  knownCount?: number,
): JournalRead<E> {
  // The file is pre-filled with zeros: the journal ends at the first zero byte. Acknowledged
  // lines never contain one, so anything from there on was never acknowledged.
  const nul = text.indexOf('\u0000');
  const content = nul === -1 ? text : text.slice(0, nul);
  const garbageAfterEnd = nul !== -1 && !onlyZeros(text, nul);
  const lines = content.split('\n');
  const last = (lines.pop() ?? '') + (garbageAfterEnd ? '\u0000' : '');
  const events: E[] = [];
  const notices: Notice[] = [];
  // Events of the command being read, committed when its last line (more = 0) arrives.
  let command: E[] = [];
  let left = 0;
  let expected = baseCount + 1;
  let badRun = 0;
  let damaged = last.length > 0;
  let gapAt: number | undefined;
  let firstSeq: number | undefined;
  let unreadable = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    const decoded = decodeLine(line, eventSchema, file);
    // Inside a command, each line must count down by one; anything else is damage.
    const fits = decoded.ok && (command.length === 0 || decoded.more === left - 1);
    if (!decoded.ok || !fits) {
      badRun++;
      damaged = true;
      continue;
    }
    firstSeq ??= decoded.seq;
    if (gapAt !== undefined || decoded.seq < expected) {
      if (gapAt !== undefined) unreadable++;
      continue;
    }
    if (decoded.seq > expected) {
      gapAt = expected - command.length;
      damaged = true;
      unreadable += 1 + command.length;
      command = [];
      continue;
    }
    if (badRun > 0) notices.push(notice('recovered.journalDamaged', { file, skipped: badRun }));
    badRun = 0;
    command.push(decoded.event);
    left = decoded.more;
    expected++;
    if (left === 0) {
      events.push(...command);
      command = [];
    }
  }
  const recovered = baseCount + events.length;
  const missing = knownCount === undefined ? 0 : knownCount - recovered;
  const endsInsideLine = nul === -1 && last.length > 0;
  const torn = badRun + command.length + (last.length > 0 ? 1 : 0);
  if (command.length > 0) damaged = true;
  if (gapAt !== undefined) {
    const lost = Math.max(unreadable, missing);
    notices.push(notice('recovered.journalGap', { file, from: gapAt, lost }));
  } else if (endsInsideLine || missing > 0) {
    damaged = true;
    const lost = Math.max(missing, torn);
    notices.push(notice('recovered.journalCut', { file, from: recovered + 1, lost }));
  } else if (torn > 0) {
    notices.push(notice('recovered.tornTail', { file, count: torn }));
  }
  return { events, notices, damaged, firstSeq };
}
