import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The installed command, as npm links it: bin/yishiting.mjs under its own name or a link.
const work = mkdtempSync(join(tmpdir(), 'yishiting-bin-'));
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
    stdio: 'inherit',
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the yishiting command', () => {
  it.each([
    ['bin/yishiting.mjs', resolve('bin/yishiting.mjs')],
    ['a link named yishiting (npm install -g, node_modules/.bin)', join(work, 'yishiting')],
  ])('prints its commands when run as %s', (_label, path) => {
    if (path.startsWith(work)) symlinkSync(resolve('bin/yishiting.mjs'), path);
    const run = spawnSync(process.execPath, [path, '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    for (const command of ['serve', 'replay', 'export', 'verify'])
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('runs a command and exits with its code', () => {
    const run = spawnSync(
      process.execPath,
      [resolve('bin/yishiting.mjs'), 'verify', join(work, 'missing.pdf'), '--data', work],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr + run.stdout).not.toBe('');
  });
});
