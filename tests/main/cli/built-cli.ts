import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export type CliRun = Readonly<{ status: number | null; stdout: string; stderr: string }>;

/**
 * The CLI as a user runs it: the built bundle (built before the file's tests if sources changed)
 * and a temporary folder `work`, removed after them. Call once at the top of a test file.
 */
export function builtCli(
  prefix: string,
): Readonly<{ work: string; cli: (...args: string[]) => CliRun }> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
      stdio: 'inherit',
    });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const cli = (...args: string[]): CliRun => {
    const run = spawnSync(process.execPath, ['dist/main/cli.mjs', ...args], { encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  return { work, cli };
}
