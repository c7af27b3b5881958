import path from 'node:path';
import { fsyncDir } from './atomic-file';
import type { StorageFs } from './fs-layer';
import { stamp, type Layout } from './layout';
import { notice, type Notice } from './types';

/**
 * Move a file the gate refused out of the way, never overwriting or deleting it: the user (or
 * support) can still look at it. A rename keeps it on the same disk, so this works when full.
 */
export async function quarantine(fs: StorageFs, layout: Layout, file: string): Promise<Notice> {
  await fs.mkdir(layout.quarantine);
  const target = path.join(layout.quarantine, `${stamp()}-${path.basename(file)}`);
  await fs.rename(file, target);
  await fsyncDir(fs, layout.quarantine);
  await fsyncDir(fs, path.dirname(file));
  return notice('quarantined', {
    file: path.basename(file),
    folder: path.relative(layout.root, target),
  });
}
