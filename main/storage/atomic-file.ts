import path from 'node:path';
import { errnoCode } from './errors';
import type { StorageFs } from './fs-layer';

/** Suffix of in-flight temporary files; a leftover one is a write that never happened. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Flush a folder's entry table so a rename inside it survives a power cut. Windows cannot open
 * folders for fsync (EPERM/EISDIR); there, NTFS journals the rename itself.
 */
export async function fsyncDir(fs: StorageFs, dir: string): Promise<void> {
  let fd: number;
  try {
    fd = await fs.open(dir, 'r');
  } catch (error) {
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    await fs.fsync(fd);
  } catch (error) {
    const code = errnoCode(error);
    if (code !== 'EISDIR' && code !== 'EINVAL') throw error;
  } finally {
    await fs.close(fd);
  }
}

/**
 * Replace `file` with `data` so that a reader sees either the old or the new content, never a
 * mix, even after a power cut: temporary file, fsync, rename over, fsync of the folder.
 * One fixed temporary name per target, so callers must serialize writes per file.
 */
export async function writeFileAtomic(
  fs: StorageFs,
  file: string,
  data: string | Uint8Array,
): Promise<void> {
  const temp = `${file}${TEMP_SUFFIX}`;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = await fs.open(temp, 'w');
  try {
    await fs.write(fd, bytes);
    await fs.fsync(fd);
  } catch (error) {
    await fs.close(fd).catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fs.close(fd);
  await fs.rename(temp, file);
  await fsyncDir(fs, path.dirname(file));
}
