import path from 'node:path';
import { TEMP_SUFFIX, writeFileAtomic } from './atomic-file';
import { errnoCode } from './errors';
import type { StorageFs } from './fs-layer';
import { backupDir, stamp, type Layout } from './layout';

/** Why a backup was taken; part of its file name so people can pick one by hand too. */
export type BackupReason = 'open' | 'close' | 'periodic' | 'import' | 'replaced';

/** Backup file names of a meeting, newest first (names sort by time). */
export async function listBackups(fs: StorageFs, layout: Layout, id: string): Promise<string[]> {
  try {
    const names = await fs.readdir(backupDir(layout, id));
    return names
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse();
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** Backups of one meeting are taken one at a time (periodic and close may overlap otherwise). */
const chains = new Map<string, Promise<unknown>>();

/**
 * Write one rolling backup of a meeting document and drop the oldest beyond `keep`, plus
 * temporary files of backups a killed process never finished. Pruning happens only after the
 * new backup is durable, so there are never fewer good backups than before.
 */
export function writeBackup(
  fs: StorageFs,
  layout: Layout,
  id: string,
  text: string,
  eventCount: number,
  reason: BackupReason,
  keep: number,
): Promise<string> {
  const dir = backupDir(layout, id);
  const run = async (): Promise<string> => {
    await fs.mkdir(dir);
    const name = `${stamp()}-${String(eventCount).padStart(7, '0')}-${reason}.json`;
    await writeFileAtomic(fs, path.join(dir, name), text);
    const names = await fs.readdir(dir);
    const stale = [
      ...(await listBackups(fs, layout, id)).slice(keep),
      ...names.filter((n) => n.endsWith(TEMP_SUFFIX)),
    ];
    for (const old of stale) await fs.unlink(path.join(dir, old)).catch(() => undefined);
    return name;
  };
  const next = (chains.get(dir) ?? Promise.resolve()).then(run, run);
  const tail = next.catch(() => undefined);
  chains.set(dir, tail);
  void tail.then(() => {
    if (chains.get(dir) === tail) chains.delete(dir);
  });
  return next;
}

/** The text of one backup. */
export async function readBackup(
  fs: StorageFs,
  layout: Layout,
  id: string,
  name: string,
): Promise<string> {
  return (await fs.readFile(path.join(backupDir(layout, id), name))).toString('utf8');
}
