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
  private readonly db: Low<IndexDocument>;
  private writing: Promise<void> | undefined;
  private dirty = false;

  constructor(fs: StorageFs, layout: Layout) {
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
    return doc;
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
    if (this.summaries.delete(id)) this.schedule();
  }

  /** Write now if anything changed; resolves when written (or rejects with the disk error). */
  async flush(): Promise<void> {
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
    this.db.data = {
      schemaVersion: INDEX_SCHEMA_VERSION,
      kind: 'yishiting/index',
      savedAt: new Date().toISOString(),
      meetings: this.list(),
    };
    await this.db.write();
  }
}

/** Notice for a rebuilt index, for the start-up report. */
export const indexRebuilt = (count: number) => notice('recovered.indexRebuilt', { count });
