import path from 'node:path';
import { DIR_MODE, type EntryKind, type StorageFs } from './fs-layer';

/** Permission bits that let other users in: group and others. */
const OTHERS = 0o077;

const tightenable = (kind: EntryKind | undefined): boolean =>
  kind === 'file' || kind === 'directory';

/** Strip group and other bits from one entry; links and special files are left alone. */
async function tighten(fs: StorageFs, file: string): Promise<EntryKind | undefined> {
  const entry = await fs.lstat(file);
  if (!entry || !tightenable(entry.kind)) return entry?.kind;
  if ((entry.mode & OTHERS) !== 0) await fs.chmod(file, entry.mode & ~OTHERS & 0o7777);
  return entry.kind;
}

async function tightenTree(fs: StorageFs, dir: string): Promise<void> {
  for (const name of await fs.readdir(dir).catch(() => [])) {
    const file = path.join(dir, name);
    // Links are not followed: a link to a file outside the data folder must not change it.
    const kind = await tighten(fs, file).catch(() => undefined);
    if (kind === 'directory') await tightenTree(fs, file);
  }
}

/**
 * Chair notes, ballots and exported PDFs are nobody else's business on a shared computer: the
 * data folder is private to its user, as signing/ is. New files are created 0600 and folders
 * 0700 (fs-layer); this tightens what older versions left readable (0644 in 0755 folders).
 * Cheap on every later start: the walk runs only while the folder or an entry at its top still
 * lets others in, and the root is tightened last, so an interrupted walk is redone. Best effort:
 * an entry that cannot be changed (owned by someone else) does not stop the start.
 */
export async function makePrivate(fs: StorageFs, root: string): Promise<void> {
  if (process.platform === 'win32') return; // NTFS ACLs, not mode bits, guard the profile folder
  const top = [root, ...(await fs.readdir(root).catch(() => [])).map((n) => path.join(root, n))];
  let loose = false;
  for (const file of top) {
    const entry = await fs.lstat(file).catch(() => undefined);
    if (entry && tightenable(entry.kind) && (entry.mode & OTHERS) !== 0) {
      loose = true;
      break;
    }
  }
  if (!loose) return;
  await tightenTree(fs, root);
  await fs.chmod(root, DIR_MODE).catch(() => undefined);
}
