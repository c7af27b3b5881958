import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-file';
import { errnoCode } from '../storage/errors';
import { nodeFs, notRegularFile, type StorageFs } from '../storage/fs-layer';
import { layoutOf } from '../storage/layout';
import { quarantine } from '../storage/quarantine';
import { safeJsonParse } from '../storage/safe-json';

// The hub link's two small files beside the meetings, read and written like DATA/settings.json:
// replaced atomically (temporary file, fsync, rename; 0600, since the link holds a token), and a
// file that cannot be read moved to quarantine/ where it can still be looked at, never lost.

const SMALL_JSON = { maxBytes: 4 * 1024 * 1024, maxDepth: 8, maxStringLength: 64 * 1024 };

export type Loaded<T> = Readonly<{
  value: T | null;
  /** Where a damaged file was set aside (relative to the data folder), or null. */
  damaged: string | null;
}>;

/** Reads `name` in the data folder against `schema`: missing → null; damaged → quarantined. */
export async function readJsonFile<T>(
  dataDir: string,
  name: string,
  schema: z.ZodType<T>,
  fs: StorageFs = nodeFs,
): Promise<Loaded<T>> {
  const file = path.join(dataDir, name);
  let text = '';
  try {
    text = (await fs.readFile(file)).toString('utf8');
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return { value: null, damaged: null };
    if (!notRegularFile(code)) throw error;
  }
  const parsed = safeJsonParse(text, SMALL_JSON, name);
  const stored = parsed.ok ? schema.safeParse(parsed.value) : null;
  if (stored?.success) return { value: stored.data, damaged: null };
  const moved = await quarantine(fs, layoutOf(dataDir), file);
  return { value: null, damaged: String(moved.params.folder ?? name) };
}

/** Replaces `name` in the data folder atomically with `value`, checked against `schema`. */
export async function writeJsonFile<T>(
  dataDir: string,
  name: string,
  schema: z.ZodType<T>,
  value: T,
  fs: StorageFs = nodeFs,
): Promise<void> {
  const checked = schema.parse(value);
  await fs.mkdir(dataDir);
  await writeFileAtomic(fs, path.join(dataDir, name), `${JSON.stringify(checked, null, 2)}\n`);
}
