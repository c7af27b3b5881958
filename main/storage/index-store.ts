import { Low } from 'lowdb';
import { errnoCode } from './errors';
import { FILE_MODE, type StorageFs } from './fs-layer';
import { countFile, type Layout } from './layout';
import { DurableJsonFile } from './lowdb-adapter';
import { describeZodError } from './restore';
import { DOCUMENT_LIMITS, safeJsonParse } from './safe-json';
import {
  INDEX_SCHEMA_VERSION,
  indexDocumentSchema,
  versionEnvelopeSchema,
  type IndexDocument,
} from './schema';
import { notice, type MeetingSummary } from './types';
import { StorageError } from './errors';

/** The restore gate for the index document (same steps as for meetings; no older versions yet). */
export function restoreIndex(text: string, file = 'index.json'): IndexDocument {
  const parsed = safeJsonParse(text, DOCUMENT_LIMITS, file);
  if (!parsed.ok) throw new StorageError(parsed.refusal.code, { ...parsed.refusal.params });
  const envelope = versionEnvelopeSchema.safeParse(parsed.value);
  if (!envelope.success) throw new StorageError('refused.noVersion', { file });
  if (envelope.data.schemaVersion > INDEX_SCHEMA_VERSION) {
    throw new StorageError('refused.tooNew', {
      file,
      version: envelope.data.schemaVersion,
      supported: INDEX_SCHEMA_VERSION,
    });
  }
  const checked = indexDocumentSchema.safeParse(parsed.value);
  if (!checked.success)
    throw new StorageError('refused.invalid', { file, ...describeZodError(checked.error) });
  return checked.data;
}

/**
 * The meeting list, kept in memory and written (coalesced, off the append path) to index.json.
 * It is a cache: losing it loses nothing, the store rebuilds it from the meeting documents.
 * Writes are best effort; a failed one is retried at the next change or at close.
 */
export class IndexStore {
  private readonly summaries = new Map<string, MeetingSummary>();
  private readonly counts = new Map<string, number>();
  private readonly db: Low<IndexDocument>;
  private writing: Promise<void> | undefined;
  private dirty = false;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  /** Meetings whose count file is behind their count in memory. */
  private readonly countsDue = new Set<string>();
  private writingCounts: Promise<void> = Promise.resolve();
  /** A newer version's index.json: kept as it is, never written over (the list lives in memory). */
  private keepFile = false;

  constructor(
    private readonly fs: StorageFs,
    private readonly layout: Layout,
    /** How long confirmed counts may wait before they are written (see noteCount). */
    private readonly countEveryMs = 1000,
  ) {
    const empty: IndexDocument = {
      schemaVersion: INDEX_SCHEMA_VERSION,
      kind: 'yishiting/index',
      savedAt: '',
      meetings: [],
    };
    this.db = new Low(new DurableJsonFile(fs, layout.index, (text) => restoreIndex(text)), empty);
  }

  /**
   * Read index.json through the gate; null when missing (a refusal throws StorageError). The
   * count files are read first, so a refused or lost index still leaves the counts known.
   */
  async read(): Promise<IndexDocument | null> {
    await this.readCountFiles();
    const doc = await this.db.adapter.read();
    if (doc) for (const summary of doc.meetings) this.summaries.set(summary.meetingId, summary);
    // index.json held the counts for a while; a count file, where there is one, is newer.
    for (const [id, count] of Object.entries(doc?.eventCounts ?? {})) {
      if (!this.counts.has(id)) this.counts.set(id, count);
    }
    return doc;
  }

  /** Leave index.json as it is from now on (a newer version wrote it); the list stays in memory. */
  keepAsItIs(): void {
    this.keepFile = true;
  }

  /** Confirmed events of a meeting as last noted, if known. */
  count(id: string): number | undefined {
    return this.counts.get(id);
  }

  /** Set the confirmed count now (a meeting created, repaired or imported). */
  setCount(id: string, count: number): void {
    this.counts.set(id, count);
    this.countsDue.add(id);
    void this.writeCounts();
  }

  /**
   * Note the confirmed count after an append, written within `countEveryMs`: off the append
   * path, and at most one index write a second however fast the chair works. The count may lag
   * by that much; it is a floor, so a cut journal is never reported with more loss than it had.
   */
  noteCount(id: string, count: number): void {
    this.counts.set(id, count);
    this.countsDue.add(id);
    if (this.countTimer) return;
    this.countTimer = setTimeout(() => {
      this.countTimer = undefined;
      void this.writeCounts();
    }, this.countEveryMs);
    this.countTimer.unref?.();
  }

  list(): MeetingSummary[] {
    return [...this.summaries.values()].sort(
      (a, b) => b.updatedAt - a.updatedAt || a.meetingId.localeCompare(b.meetingId),
    );
  }

  has(id: string): boolean {
    return this.summaries.has(id);
  }

  ids(): string[] {
    return [...this.summaries.keys()];
  }

  set(summary: MeetingSummary): void {
    this.summaries.set(summary.meetingId, summary);
    this.schedule();
  }

  delete(id: string): void {
    this.counts.delete(id);
    this.countsDue.delete(id);
    void this.fs.unlink(countFile(this.layout, id)).catch(() => undefined);
    if (this.summaries.delete(id)) this.schedule();
  }

  /** Write now if anything changed; resolves when written (or rejects with the disk error). */
  async flush(): Promise<void> {
    clearTimeout(this.countTimer);
    this.countTimer = undefined;
    await this.writeCounts();
    await this.writing;
    if (!this.dirty) return;
    this.dirty = false;
    await this.write();
  }

  private schedule(): void {
    this.dirty = true;
    if (this.writing) return;
    this.writing = (async () => {
      while (this.dirty) {
        this.dirty = false;
        try {
          await this.write();
        } catch {
          this.dirty = true; // retried at the next change or at close
          break;
        }
      }
    })().finally(() => {
      this.writing = undefined;
    });
  }

  private async write(): Promise<void> {
    if (this.keepFile) return;
    this.db.data = {
      schemaVersion: INDEX_SCHEMA_VERSION,
      kind: 'yishiting/index',
      savedAt: new Date().toISOString(),
      meetings: this.list(),
    };
    await this.db.write();
  }

  /**
   * Confirmed counts live beside each journal (meetings/<id>.count), not in index.json: writing
   * the whole index once a second slowed every append with a thousand meetings listed (storage
   * bench p95 0.3 → 1.9 ms). A count file is a few bytes written in place without fsync. That
   * is safe for a floor: it is written only after the events it counts were fsynced, so a stale,
   * empty or lost file can only under-report a loss, never invent one.
   */
  private writeCounts(): Promise<void> {
    this.writingCounts = this.writingCounts.then(async () => {
      for (const id of [...this.countsDue]) {
        this.countsDue.delete(id);
        const count = this.counts.get(id);
        if (count === undefined) continue;
        try {
          const fd = await this.fs.open(countFile(this.layout, id), 'w', FILE_MODE);
          try {
            await this.fs.write(fd, Buffer.from(`${count}\n`), 0);
          } finally {
            await this.fs.close(fd);
          }
        } catch {
          // A full or read-only disk: the last count on disk stays, an older floor.
        }
      }
    });
    return this.writingCounts;
  }

  private async readCountFiles(): Promise<void> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.layout.meetings);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return;
      throw error;
    }
    for (const name of names) {
      const id = /^(.+)\.count$/.exec(name)?.[1];
      if (!id) continue;
      const text = await this.fs
        .readFile(countFile(this.layout, id))
        .then((bytes) => bytes.toString('utf8'))
        .catch(() => '');
      // Anything but a whole number (an empty file after a crash mid-write) means unknown.
      if (/^\d{1,15}\n$/.test(text)) this.counts.set(id, Number(text.trim()));
    }
  }
}

/** Notice for a rebuilt index, for the start-up report. */
export const indexRebuilt = (count: number) => notice('recovered.indexRebuilt', { count });
