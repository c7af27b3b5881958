import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { unzipBounded } from './archive-unzip';
import { backupQuietly } from './open-meeting';
import type { StoreContext } from './context';
import { errnoCode, StorageError } from './errors';
import { documentFile, journalFile, pdfDir } from './layout';
import { inspectMeeting } from './meeting-loader';
import { restoreMeeting, describeZodError } from './restore';
import { LINE_LIMITS, safeJsonParse } from './safe-json';
import { buildMeetingDocument } from './schema';
import { meetingIdSchema, meetingSummarySchema, type Notice } from './types';

/**
 * Archive format: a zip (fflate: pure JS, no native build, synchronous and small) holding
 * manifest.json, meeting.json (the meeting document, same format as on disk) and pdfs/*.pdf.
 * A zip opens in any file manager, so a clerk can take the PDFs out by hand; a JSON container
 * would inflate the PDFs by a third with base64 and hide them. The manifest carries a SHA-256
 * of every entry, so a damaged archive is refused before anything is written.
 */
const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 200;
const PDF_NAME = /^[\p{L}\p{N} _().-]{1,120}\.pdf$/u;

const manifestSchema = z.object({
  format: z.literal('yishiting-archive'),
  schemaVersion: z.literal(1),
  meetingId: meetingIdSchema,
  exportedAt: z.string().max(40),
  summary: meetingSummarySchema,
  files: z
    .array(
      z.object({
        name: z.string().max(200),
        size: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(MAX_ENTRIES),
});

export type ExportResult = { meetingId: string; file: string; pdfs: number; bytes: number };
export type ImportOptions = { onExists?: 'replace' | 'copy' };
export type ImportResult =
  | { status: 'exists'; meetingId: string }
  | { status: 'imported'; meetingId: string; pdfs: number; notices: Notice[] };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const validPdfName = (name: string): boolean => PDF_NAME.test(name) && !name.includes('..');

async function pdfNames<E, S>(ctx: StoreContext<E, S>, id: string): Promise<string[]> {
  try {
    return (await ctx.fs.readdir(pdfDir(ctx.layout, id))).filter(validPdfName).sort();
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** Write one archive file with the meeting (every durable event, journal included) and its PDFs. */
export async function exportArchive<E, S>(
  ctx: StoreContext<E, S>,
  id: string,
  file: string,
): Promise<ExportResult> {
  await ctx.sessions.get(id)?.flushed();
  const meeting = await inspectMeeting(ctx.fs, ctx.layout, ctx.codec, id);
  // Written in this version's format it would drop what the newer version stored: not exported.
  if (meeting.readOnly) throw new StorageError('refused.tooNew', { ...meeting.readOnly.params });
  const entries: Zippable = {
    'meeting.json': strToU8(
      JSON.stringify(buildMeetingDocument(id, meeting.events, meeting.summary, meeting.state)),
    ),
  };
  for (const name of await pdfNames(ctx, id)) {
    entries[`pdfs/${name}`] = [
      new Uint8Array(await ctx.fs.readFile(path.join(pdfDir(ctx.layout, id), name))),
      { level: 0 },
    ];
  }
  const files = Object.entries(entries).map(([name, value]) => {
    const bytes = value instanceof Uint8Array ? value : (value as [Uint8Array, unknown])[0];
    return { name, size: bytes.length, sha256: sha256(bytes) };
  });
  const manifest = {
    format: 'yishiting-archive',
    schemaVersion: 1,
    meetingId: id,
    exportedAt: new Date().toISOString(),
    summary: meeting.summary,
    files,
  };
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  const zip = zipSync(entries, { level: 6 });
  await writeFileAtomic(ctx.fs, file, zip);
  return { meetingId: id, file, pdfs: files.length - 1, bytes: zip.length };
}

const archiveName = (name: string): boolean =>
  name === 'manifest.json' ||
  name === 'meeting.json' ||
  (name.startsWith('pdfs/') && validPdfName(name.slice(5)));

/**
 * Import an archive through the same restore gate as every file on disk. On an id that already
 * exists nothing is written and `{ status: 'exists' }` comes back, so the UI can ask; then call
 * again with onExists 'replace' (the current meeting is backed up first) or 'copy' (new id).
 */
export async function importArchive<E, S>(
  ctx: StoreContext<E, S>,
  file: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const label = path.basename(file);
  const size = await ctx.fs.size(file);
  if (size === undefined) throw new StorageError('error.notFound', { meetingId: label });
  if (size > MAX_ARCHIVE_BYTES)
    throw new StorageError('refused.archiveTooLarge', { file: label, limit: MAX_ARCHIVE_BYTES });
  // Sizes are checked while inflating, not only as declared, and the event loop keeps turning.
  const unpacked = await unzipBounded(new Uint8Array(await ctx.fs.readFile(file)), label, {
    maxEntries: MAX_ENTRIES,
    maxTotalBytes: MAX_ARCHIVE_BYTES,
    acceptName: archiveName,
  });
  const entries = Object.fromEntries([...unpacked].map(([name, entry]) => [name, entry.bytes]));
  const manifestBytes = entries['manifest.json'];
  const docBytes = entries['meeting.json'];
  if (!manifestBytes || !docBytes) throw new StorageError('refused.notAnArchive', { file: label });
  const parsed = safeJsonParse(strFromU8(manifestBytes), LINE_LIMITS, 'manifest.json');
  if (!parsed.ok) throw new StorageError(parsed.refusal.code, { ...parsed.refusal.params });
  const manifest = manifestSchema.safeParse(parsed.value);
  if (!manifest.success)
    throw new StorageError('refused.invalid', {
      file: 'manifest.json',
      ...describeZodError(manifest.error),
    });
  const listed = new Map(manifest.data.files.map((f) => [f.name, f.sha256]));
  for (const [name, entry] of unpacked) {
    if (name !== 'manifest.json' && listed.get(name) !== entry.sha256)
      throw new StorageError('refused.checksumMismatch', { file: label, entry: name });
  }
  const restored = restoreMeeting(strFromU8(docBytes), ctx.codec, {
    file: 'meeting.json',
    expectedId: manifest.data.meetingId,
  });
  if (!restored.ok) throw new StorageError(restored.refusal.code, { ...restored.refusal.params });
  let id = manifest.data.meetingId;
  const exists =
    ctx.index.has(id) || (await ctx.fs.size(documentFile(ctx.layout, id))) !== undefined;
  if (exists && !options.onExists) return { status: 'exists', meetingId: id };
  if (exists && ctx.sessions.has(id) && options.onExists === 'replace')
    throw new StorageError('error.meetingOpen', { meetingId: id });
  if (exists && options.onExists === 'copy') id = await freeCopyId(ctx, id);
  if (exists && options.onExists === 'replace') {
    // Keep the meeting being replaced as a backup (journal included), then drop its journal
    // before the new document lands, so no old line can be replayed onto the imported meeting.
    // A newer version's meeting is not replaced: its backup would be a lossy copy in this
    // version's format, so that version's records would be gone.
    const old = await inspectMeeting(ctx.fs, ctx.layout, ctx.codec, id).catch((error: unknown) => {
      if (error instanceof StorageError && error.notice.code === 'refused.tooNew') throw error;
      return undefined;
    });
    if (old?.readOnly) throw new StorageError('refused.tooNew', { ...old.readOnly.params });
    if (old)
      await backupQuietly(
        ctx,
        id,
        JSON.stringify(buildMeetingDocument(id, old.events, old.summary, old.state)),
        old.events.length,
        'replaced',
      );
    await ctx.fs.unlink(journalFile(ctx.layout, id)).catch(() => undefined);
  }
  const state =
    id === manifest.data.meetingId
      ? restored.value.state
      : ctx.codec.replay(id, restored.value.events);
  const summary = ctx.codec.summarize(id, state);
  const text = JSON.stringify(buildMeetingDocument(id, restored.value.events, summary, state));
  const pdfs = Object.entries(entries).filter(([name]) => name.startsWith('pdfs/'));
  await ctx.fs.mkdir(pdfDir(ctx.layout, id));
  for (const [name, bytes] of pdfs)
    await writeFileAtomic(ctx.fs, path.join(pdfDir(ctx.layout, id), name.slice(5)), bytes);
  await writeFileAtomic(ctx.fs, documentFile(ctx.layout, id), text);
  await backupQuietly(ctx, id, text, restored.value.events.length, 'import');
  ctx.index.set(summary);
  ctx.index.setCount(id, restored.value.events.length);
  await ctx.index.flush().catch(() => undefined);
  return { status: 'imported', meetingId: id, pdfs: pdfs.length, notices: restored.notices };
}

async function freeCopyId<E, S>(ctx: StoreContext<E, S>, id: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = `${id.slice(0, 50)}-copy${n === 1 ? '' : `-${n}`}`;
    if (
      !ctx.index.has(candidate) &&
      (await ctx.fs.size(documentFile(ctx.layout, candidate))) === undefined
    )
      return candidate;
  }
  throw new StorageError('error.alreadyExists', { meetingId: id });
}
