import { Low } from 'lowdb';
import type { StorageFs } from './fs-layer';
import type { Layout } from './layout';
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
  /** A newer version's index.json: kept as it is, never written over (the list lives in memory). */
  private keepFile = false;

  constructor(
    fs: StorageFs,
    layout: Layout,
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

  /** Read index.json through the gate; null when missing (a refusal throws StorageError). */
  async read(): Promise<IndexDocument | null> {
    const doc = await this.db.adapter.read();
    if (doc) for (const summary of doc.meetings) this.summaries.set(summary.meetingId, summary);
    for (const [id, count] of Object.entries(doc?.eventCounts ?? {})) this.counts.set(id, count);
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
    this.schedule();
  }

  /**
   * Note the confirmed count after an append, written within `countEveryMs`: off the append
   * path, and at most one index write a second however fast the chair works. The count may lag
   * by that much; it is a floor, so a cut journal is never reported with more loss than it had.
   */
  noteCount(id: string, count: number): void {
    this.counts.set(id, count);
    this.dirty = true;
    if (this.countTimer) return;
    this.countTimer = setTimeout(() => {
      this.countTimer = undefined;
      this.schedule();
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
    if (this.summaries.delete(id)) this.schedule();
  }

  /** Write now if anything changed; resolves when written (or rejects with the disk error). */
  async flush(): Promise<void> {
    clearTimeout(this.countTimer);
    this.countTimer = undefined;
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
      eventCounts: Object.fromEntries(this.counts),
    };
    await this.db.write();
  }
}

/** Notice for a rebuilt index, for the start-up report. */
export const indexRebuilt = (count: number) => notice('recovered.indexRebuilt', { count });
