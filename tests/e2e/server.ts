import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RunningServer = Readonly<{
  url: string;
  dataDir: string;
  /** What the server printed so far and how it ended, for a failed test's report. */
  report(): string;
  stop(): Promise<void>;
}>;

/**
 * Starts `yishiting serve` exactly as a user would (the built CLI), on a free port and a fresh data
 * folder, and resolves with the URL it prints. The folder has had its first run (so the console
 * starts on its home screen) unless `firstRun` asks for a folder that never has.
 */
export async function startServer(
  extraArgs: readonly string[] = [],
  dataDir?: string,
  { firstRun = false }: Readonly<{ firstRun?: boolean }> = {},
): Promise<RunningServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'yishiting-e2e-'));
  // The same name as main/backend/first-run.ts (e2e code runs the built app, not its modules).
  if (!firstRun) writeFileSync(join(dir, 'first-run-done'), '');
  const child = spawn(
    process.execPath,
    ['dist/main/cli.mjs', 'serve', '--port', '0', '--lan-port', '0', '--data', dir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let ended = '';
  child.once('exit', (code, signal) => (ended = `exited with ${code ?? signal}`));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Chair console:\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir: dir,
    report: () => `server ${ended || 'still running'}; its output:\n${output}`,
    stop: async () => {
      await stopChild(child);
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Stops a command started with `detached: true` (its own process group) and waits until every
 * process of the group is gone. `npm run serve` and `npm start` start the server as a grandchild:
 * stopping npm alone leaves that server running and writing into a folder being removed.
 */
export async function stopProcessGroup(child: ChildProcess): Promise<{ forced: boolean }> {
  const group = child.pid;
  if (group === undefined) return { forced: false };
  const alive = () => {
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  };
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-group, name);
    } catch {
      // The group is already empty.
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + 10_000;
  let forced = false;
  while (alive()) {
    if (Date.now() > deadline && !forced) {
      forced = true;
      signal('SIGKILL');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { forced };
}

/** Stops a started server and waits until it has exited (it finishes its writes on SIGTERM). */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
