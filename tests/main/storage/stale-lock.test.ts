import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type MeetingStore } from '../../../main/storage';
import { fakeCodec, type FakeEvent, type FakeState } from './fake-codec';
import { ownTempDir, removeTempDirs } from './helpers';

// "kill -9, start again at once" must not be refused with error.locked for the dead process.
// A killed process stays a zombie until its parent reaps it, and kill(pid, 0) still succeeds on
// a zombie; a parent such as npm, a shell or a test harness may reap it only later.

const here = path.dirname(fileURLToPath(import.meta.url));
const started: ChildProcess[] = [];
const opened: Array<MeetingStore<FakeEvent, FakeState>> = [];
let holder = '';
let binDir = '';

beforeAll(async () => {
  binDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yst-lock-bin-'));
  holder = path.join(binDir, 'lock-holder.mjs');
  await build({
    entryPoints: [path.join(here, 'lock-holder.ts')],
    outfile: holder,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  for (const proc of started.splice(0)) if (proc.exitCode === null) proc.kill('SIGKILL');
});
afterAll(() => fs.rmSync(binDir, { recursive: true, force: true }));

/** Start `command`, resolve once it printed "ready". */
function startHolder(command: string, args: string[]): Promise<ChildProcess> {
  const proc = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(proc);
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(proc);
    });
    proc.on('exit', () => reject(new Error('lock holder exited early')));
  });
}

/** The process state letter in /proc ('R', 'S', 'Z'…), or 'gone'. */
function stateOf(pid: number): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return 'gone';
  }
}

const lockPid = (dir: string) =>
  Number(fs.readFileSync(path.join(dir, 'lock'), 'utf8').split(' ')[0]);

describe.skipIf(process.platform !== 'linux')('a lock whose holder is gone', () => {
  it('is taken at once after SIGKILL, while the holder is still an unreaped zombie', async () => {
    const dir = ownTempDir();
    // `exec sleep` replaces the shell, so the holder's parent is a process that never reaps it.
    await startHolder('sh', ['-c', `"${process.execPath}" "${holder}" "${dir}" & exec sleep 60`]);
    const pid = lockPid(dir);
    process.kill(pid, 'SIGKILL');
    await expect.poll(() => stateOf(pid)).toBe('Z');
    const s = await openStore(dir, fakeCodec);
    opened.push(s);
    expect(lockPid(dir)).toBe(process.pid);
  });

  it('is taken at once after SIGKILL of a direct child, reaped or not', async () => {
    const dir = ownTempDir();
    const proc = await startHolder(process.execPath, [holder, dir]);
    expect(lockPid(dir)).toBe(proc.pid);
    proc.kill('SIGKILL');
    // As a restart would: the kernel has ended it (a zombie, or already reaped by this process).
    await expect.poll(() => stateOf(proc.pid!), { interval: 1 }).toMatch(/^(Z|X|gone)$/);
    const s = await openStore(dir, fakeCodec);
    opened.push(s);
    expect(lockPid(dir)).toBe(process.pid);
  });

  it('still refuses a lock held by a live process that wrote it', async () => {
    const dir = ownTempDir();
    const proc = await startHolder(process.execPath, [holder, dir]);
    await expect(openStore(dir, fakeCodec)).rejects.toMatchObject({
      notice: { code: 'error.locked', params: { pid: proc.pid } },
    });
  });
});

afterAll(removeTempDirs);
