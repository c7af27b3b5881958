import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeFs, type StorageFs } from '../../../main/storage';

/** A fresh temporary data folder. */
export function tempDir(prefix = 'yst-storage-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

const made: string[] = [];

/** A fresh temporary data folder that `removeTempDirs()` deletes again (call it in afterAll). */
export function ownTempDir(prefix = 'yst-storage-'): string {
  const dir = tempDir(prefix);
  made.push(dir);
  return dir;
}

/** Delete every folder `ownTempDir` made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export type Fault = { code: string; ops: ReadonlySet<keyof StorageFs> } | null;

/**
 * The real fs with a switch: while `fault` is set, the listed operations fail with that errno
 * (ENOSPC, EROFS, EACCES…). Reads keep working, as on a full or read-only disk.
 */
export function faultyFs(): {
  fs: StorageFs;
  set(code: string | null, ops?: Array<keyof StorageFs>): void;
  failures: () => number;
} {
  let fault: Fault = null;
  let failures = 0;
  const writeOps: Array<keyof StorageFs> = [
    'open',
    'write',
    'fdatasync',
    'fsync',
    'rename',
    'mkdir',
    'unlink',
  ];
  const guard = <K extends keyof StorageFs>(name: K): StorageFs[K] =>
    ((...args: unknown[]) => {
      // Opening for reading ('r') still works on a read-only or full disk.
      const readOnlyOpen = name === 'open' && args[1] === 'r';
      if (fault && fault.ops.has(name) && !readOnlyOpen) {
        failures++;
        return Promise.reject(
          Object.assign(new Error(`${fault.code}: simulated`), { code: fault.code }),
        );
      }
      return (nodeFs[name] as (...a: unknown[]) => unknown)(...args);
    }) as StorageFs[K];
  const wrapped = Object.fromEntries(
    Object.keys(nodeFs).map((name) => [name, guard(name as keyof StorageFs)]),
  ) as StorageFs;
  return {
    fs: wrapped,
    set(code, ops = writeOps) {
      fault = code === null ? null : { code, ops: new Set(ops) };
    },
    failures: () => failures,
  };
}

/** The journal's content: it is pre-filled with zeros and ends at the first zero byte. */
export function journalText(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  const end = text.indexOf('\u0000');
  return end === -1 ? text : text.slice(0, end);
}

/** Write `text` where the journal's content ends (as a torn or damaged write would). */
export function writeAtJournalEnd(file: string, text: string): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, text, Buffer.byteLength(journalText(file)));
  fs.closeSync(fd);
}
