import path from 'node:path';
import { TEMP_SUFFIX, writeFileAtomic } from './atomic-file';
import type { StoreContext, StoreOptions } from './context';
import { diskProblem, diskProblemCode, errnoCode, StorageError } from './errors';
import { nodeFs, notRegularFile, type StorageFs } from './fs-layer';
import { HealthBoard, DEFAULT_RETRY, type StorageHealth } from './health';
import { IndexStore, indexRebuilt } from './index-store';
import { layoutOf, pdfDir } from './layout';
import { acquireLock } from './lock';
import { inspectMeeting, type MeetingInspection } from './meeting-loader';
import { createSession, openSession } from './open-meeting';
import { makePrivate } from './private-folder';
import { quarantine } from './quarantine';
import type { MeetingSession } from './session';
import { meetingIdSchema, type MeetingCodec, type MeetingSummary, type Notice } from './types';
import {
  exportArchive,
  importArchive,
  type ExportResult,
  type ImportOptions,
  type ImportResult,
} from './archive';

/** The storage behind the backend API: one per data folder and process. */
export type MeetingStore<E, S> = {
  readonly dataDir: string;
  /** What start-up found and repaired (rebuilt index, quarantined files…). */
  readonly startupNotices: readonly Notice[];
  /** The meeting list, newest first. */
  listMeetings(): MeetingSummary[];
  /** Meetings that were open when the app last stopped without closing them: resume these. */
  interruptedMeetings(): string[];
  createMeeting(id: string, initialEvents?: readonly E[]): Promise<MeetingSession<E, S>>;
  /** Open (or return the already open) session; its `notices` say what recovery did. */
  openMeeting(id: string): Promise<MeetingSession<E, S>>;
  /** Load read-only, repairing nothing (support tools, the crash test). */
  inspectMeeting(id: string): Promise<MeetingInspection<E, S>>;
  /** Folder where the PDF module puts this meeting's exported PDFs (they travel in archives). */
  pdfDir(id: string): string;
  /** Keep an exported PDF with its meeting (atomically, private like every file here). */
  savePdf(id: string, fileName: string, bytes: Uint8Array): Promise<void>;
  exportArchive(id: string, file: string): Promise<ExportResult>;
  importArchive(file: string, options?: ImportOptions): Promise<ImportResult>;
  health(): StorageHealth;
  onHealthChange(listener: (health: StorageHealth) => void): () => void;
  /** Retry failed writes now instead of at the next backoff step (e.g. the user freed space). */
  retryNow(): void;
  /** Close every session (each saves, compacts and backs up), write the index, free the lock. */
  close(): Promise<void>;
};

async function listDir(fs: StorageFs, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Opening or creating needs a writable folder (the journal is created or emptied): a disk
 * problem there becomes the same typed error the health state uses, not a raw errno.
 */
async function explainDiskErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const problem = diskProblem(error);
    if (problem && !(error instanceof StorageError))
      throw new StorageError(diskProblemCode(problem), { pending: 0 }, [], error);
    throw error;
  }
}

/** Bring the index in line with the meeting files: add missing, drop vanished, refresh interrupted. */
async function reconcile<E, S>(
  ctx: StoreContext<E, S>,
  names: string[],
  interrupted: string[],
  notices: Notice[],
): Promise<void> {
  const onDisk = new Set<string>();
  for (const name of names) {
    const match = /^(.+)\.(json|journal)$/.exec(name);
    if (match?.[1] && meetingIdSchema.safeParse(match[1]).success) onDisk.add(match[1]);
  }
  for (const id of ctx.index.ids()) if (!onDisk.has(id)) ctx.index.delete(id);
  const stale = [...onDisk].filter((id) => !ctx.index.has(id) || interrupted.includes(id));
  for (const id of stale) {
    try {
      const inspection = await inspectMeeting(
        ctx.fs,
        ctx.layout,
        ctx.codec,
        id,
        ctx.index.count(id),
      );
      ctx.index.set(inspection.summary);
    } catch (error) {
      // One meeting that cannot be read is reported and skipped; the others open. (One already
      // listed stays listed: opening it says why it cannot be opened.)
      if (error instanceof StorageError) notices.push(...error.notices, error.notice);
      else throw error;
    }
  }
}

/**
 * Read index.json through its gate. A refused one is quarantined and rebuilt, except one from a
 * newer version: that is left exactly as it is (the list is rebuilt in memory only). A file that
 * cannot be read at all (a folder, a named pipe, no permission) is moved aside like a refused one.
 */
async function readIndex<E, S>(ctx: StoreContext<E, S>, notices: Notice[]): Promise<boolean> {
  try {
    return (await ctx.index.read()) !== null;
  } catch (error) {
    let refusal: Notice;
    if (error instanceof StorageError) refusal = error.notice;
    else if (notRegularFile(errnoCode(error)))
      refusal = new StorageError('refused.notAFile', { file: 'index.json' }).notice;
    else if (errnoCode(error) !== undefined)
      refusal = new StorageError('refused.unreadable', { file: 'index.json' }).notice;
    else throw error;
    notices.push(refusal);
    if (refusal.code === 'refused.tooNew') ctx.index.keepAsItIs();
    else notices.push(await quarantine(ctx.fs, ctx.layout, ctx.layout.index));
    return false;
  }
}

/**
 * Open the store on a data folder: take the lock, make the folder private, remove leftover
 * temporary files of killed writes, read the index through its gate (quarantine and rebuild it
 * if refused or missing).
 */
export async function openStore<E, S>(
  dataDir: string,
  codec: MeetingCodec<E, S>,
  options: StoreOptions = {},
): Promise<MeetingStore<E, S>> {
  const fs = options.fs ?? nodeFs;
  const layout = layoutOf(dataDir);
  // A data folder that cannot be written at all is refused up front with the typed reason.
  const release = await explainDiskErrors(async (): Promise<() => Promise<void>> => {
    await fs.mkdir(layout.meetings);
    return options.lock === false ? async (): Promise<void> => undefined : acquireLock(fs, layout);
  });
  await makePrivate(fs, layout.root);
  const ctx: StoreContext<E, S> = {
    fs,
    layout,
    codec,
    index: new IndexStore(fs, layout),
    board: new HealthBoard(options.retry ?? DEFAULT_RETRY),
    sessions: new Map(),
    compactEvery: options.compactEvery ?? 1000,
    backupEvery: options.backupEvery ?? 1000,
    keepBackups: options.keepBackups ?? 10,
  };
  const notices: Notice[] = [];
  let names = await listDir(fs, layout.meetings);
  for (const name of names.filter((n) => n.endsWith(TEMP_SUFFIX)))
    await fs.unlink(path.join(layout.meetings, name)).catch(() => undefined);
  await fs.unlink(`${layout.index}${TEMP_SUFFIX}`).catch(() => undefined);
  names = names.filter((n) => !n.endsWith(TEMP_SUFFIX));
  const interrupted = names
    .filter((n) => n.endsWith('.journal'))
    .map((n) => n.slice(0, -'.journal'.length));
  const indexFound = await readIndex(ctx, notices);
  await reconcile(ctx, names, interrupted, notices);
  if (!indexFound && ctx.index.ids().length > 0) notices.push(indexRebuilt(ctx.index.ids().length));
  if (!indexFound) await ctx.index.flush().catch(() => undefined);

  const opening = new Map<string, Promise<MeetingSession<E, S>>>();
  const store: MeetingStore<E, S> = {
    dataDir: layout.root,
    startupNotices: notices,
    listMeetings: () => ctx.index.list(),
    interruptedMeetings: () => interrupted.filter((id) => ctx.index.has(id)),
    async createMeeting(id, initialEvents = []) {
      if (!meetingIdSchema.safeParse(id).success)
        throw new StorageError('refused.invalid', {
          file: 'meetingId',
          path: 'id',
          problem: 'bad id',
        });
      return explainDiskErrors(() => createSession(ctx, id, initialEvents));
    },
    async openMeeting(id) {
      if (!meetingIdSchema.safeParse(id).success)
        throw new StorageError('error.notFound', { meetingId: id.slice(0, 64) });
      const open = ctx.sessions.get(id) ?? opening.get(id);
      if (open) return open;
      const pending = explainDiskErrors(() => openSession(ctx, id)).finally(() =>
        opening.delete(id),
      );
      opening.set(id, pending);
      return pending;
    },
    inspectMeeting: (id) => inspectMeeting(fs, layout, codec, id),
    pdfDir: (id) => pdfDir(layout, id),
    savePdf: (id, fileName, bytes) =>
      explainDiskErrors(async () => {
        if (!meetingIdSchema.safeParse(id).success)
          throw new StorageError('error.notFound', { meetingId: id.slice(0, 64) });
        const dir = pdfDir(layout, id);
        await fs.mkdir(dir);
        await writeFileAtomic(fs, path.join(dir, path.basename(fileName)), bytes);
      }),
    exportArchive: (id, file) => exportArchive(ctx, id, file),
    importArchive: (file, importOptions) => importArchive(ctx, file, importOptions),
    health: () => ctx.board.health(),
    onHealthChange: (listener) => ctx.board.subscribe(listener),
    retryNow: () => ctx.board.retryNow(),
    async close() {
      for (const session of [...ctx.sessions.values()]) await session.close();
      await ctx.index.flush().catch(() => undefined);
      await release();
    },
  };
  return store;
}
