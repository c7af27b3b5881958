import os from 'node:os';
import { writeFileAtomic } from './atomic-file';
import { errnoCode, StorageError } from './errors';
import type { StorageFs } from './fs-layer';
import type { Layout } from './layout';

const heldHere = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

/** The pid of a lock that may still be held, or undefined for a stale or unreadable one. */
function holderOf(text: string): number | undefined {
  const match = /^(\d+)(?: (\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const bootedAt = Date.now() - os.uptime() * 1000;
  if (match[2] !== undefined && Number(match[2]) < bootedAt) return undefined;
  return Number(match[1]);
}

/**
 * One process owns a data folder (one writer per file, across processes too). The lock file
 * holds "pid started-at-ms". A lock is stale, and taken over, when its pid is gone or when it
 * was written before this machine booted (after a power cut the pid may belong to someone else).
 */
export async function acquireLock(fs: StorageFs, layout: Layout): Promise<() => Promise<void>> {
  if (heldHere.has(layout.root)) throw new StorageError('error.locked', { pid: process.pid });
  let holder: number | undefined;
  try {
    holder = holderOf((await fs.readFile(layout.lock)).toString('utf8'));
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
  if (holder !== undefined && holder !== process.pid && alive(holder)) {
    throw new StorageError('error.locked', { pid: holder });
  }
  await writeFileAtomic(fs, layout.lock, `${process.pid} ${Date.now()}`);
  heldHere.add(layout.root);
  return async () => {
    heldHere.delete(layout.root);
    await fs.unlink(layout.lock).catch(() => undefined);
  };
}
