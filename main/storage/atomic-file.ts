import path from 'node:path';
import { errnoCode } from './errors';
import { FILE_MODE, type StorageFs } from './fs-layer';

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
 * Create `file` anew, empty and private (0600), and open it for writing. A leftover of a killed
 * write is removed first instead of reused: truncating it would keep its old permissions, and
 * the rename that follows would hand those to the real file.
 */
export async function createFresh(fs: StorageFs, file: string): Promise<number> {
  try {
    return await fs.open(file, 'wx', FILE_MODE);
  } catch (error) {
    if (errnoCode(error) !== 'EEXIST') throw error;
  }
  await fs.unlink(file);
  return fs.open(file, 'wx', FILE_MODE);
}

/**
 * Replace `file` with `data` so that a reader sees either the old or the new content, never a
 * mix, even after a power cut: temporary file (0600), fsync, rename over, fsync of the folder.
 * One fixed temporary name per target, so callers must serialize writes per file.
 */
export async function writeFileAtomic(
  fs: StorageFs,
  file: string,
  data: string | Uint8Array,
): Promise<void> {
  const temp = `${file}${TEMP_SUFFIX}`;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = await createFresh(fs, temp);
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
