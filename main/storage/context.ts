import type { StorageFs } from './fs-layer';
import type { HealthBoard } from './health';
import type { IndexStore } from './index-store';
import type { Layout } from './layout';
import type { MeetingSession } from './session';
import type { MeetingCodec } from './types';

/** Tuning knobs; the defaults suit a meeting of a few thousand events. */
export type StoreOptions = {
  /** File system layer (tests inject faults here). */
  fs?: StorageFs;
  /**
   * Rewrite the document and start a new journal every this many events (default 1000). Each
   * compaction writes the document, the index and often a backup, whose flushes slow the appends
   * that overlap them; 1000 keeps that to ~1% of appends while the journal stays under its first
   * 256 KB chunk and replays in milliseconds on open.
   */
  compactEvery?: number;
  /** Take a periodic backup at the first compaction this many events after the last (default 1000). */
  backupEvery?: number;
  /** Rolling backups kept per meeting (default 10). */
  keepBackups?: number;
  /** Disk retry backoff (default 100 ms doubling to 5 s). */
  retry?: { initialMs: number; maxMs: number };
  /** Take the data-folder lock (default true; off only for read-only tools and tests). */
  lock?: boolean;
};

/** What the store's parts share. */
export type StoreContext<E, S> = {
  readonly fs: StorageFs;
  readonly layout: Layout;
  readonly codec: MeetingCodec<E, S>;
  readonly index: IndexStore;
  readonly board: HealthBoard;
  readonly sessions: Map<string, MeetingSession<E, S>>;
  readonly compactEvery: number;
  readonly backupEvery: number;
  readonly keepBackups: number;
};
