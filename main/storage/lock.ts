import os from 'node:os';
import { writeFileAtomic } from './atomic-file';
import { errnoCode, StorageError } from './errors';
import type { StorageFs } from './fs-layer';
import type { Layout } from './layout';
import { processAlive } from './process-alive';

const heldHere = new Set<string>();

/** The pid of a lock that may still be held, or undefined for a stale or unreadable one. */
function holderOf(text: string): number | undefined {
  const match = /^(\d+)(?: (\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const bootedAt = Date.now() - os.uptime() * 1000;
  if (match[2] !== undefined && Number(match[2]) < bootedAt) return undefined;
  const pid = Number(match[1]);
  return processAlive(pid) ? pid : undefined;
}

/**
 * One process owns a data folder (one writer per file, across processes too). The lock file
 * holds "pid started-at-ms". A lock is stale, and taken over, when its pid is gone (a zombie
 * left by kill -9 counts as gone) or when it was written before this machine booted (after a
 * power cut the pid may belong to someone else).
 */
export async function acquireLock(fs: StorageFs, layout: Layout): Promise<() => Promise<void>> {
  if (heldHere.has(layout.root)) throw new StorageError('error.locked', { pid: process.pid });
  let holder: number | undefined;
  try {
    holder = holderOf((await fs.readFile(layout.lock)).toString('utf8'));
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
  if (holder !== undefined && holder !== process.pid) {
    throw new StorageError('error.locked', { pid: holder });
  }
  await writeFileAtomic(fs, layout.lock, `${process.pid} ${Date.now()}`);
  heldHere.add(layout.root);
  return async () => {
    heldHere.delete(layout.root);
    await fs.unlink(layout.lock).catch(() => undefined);
  };
}
