import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { stopProcessGroup } from './server';

/** Whether `npm install` fetched the Electron program on this machine. */
function electronPresent(): boolean {
  const pathFile = join('node_modules', 'electron', 'path.txt');
  return (
    existsSync(pathFile) &&
    existsSync(join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()))
  );
}

test('npm start without the Electron program explains itself and serves the browser version', async ({
  page,
}) => {
  test.skip(
    electronPresent(),
    'the Electron program is installed here, so npm start opens the desktop app instead',
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'yishiting-start-'));
  const child = spawn('npm', ['start', '--silent', '--', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    // Its own process group, so stopping it reaches the server npm started, not npm alone.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect
      .poll(() => /Chair console:\s+(http:\/\/\S+)/.exec(output)?.[1] ?? null, { timeout: 60_000 })
      .not.toBeNull();
    expect(output).toContain('the Electron program is not installed');
    expect(output).toContain('the browser version is starting');
    // One clear paragraph, not a stack trace from the failed download.
    expect(output).not.toMatch(/^\s+at\s/m);
    expect(output).not.toMatch(/Error:/);
    const url = /Chair console:\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1] ?? '';
    // A new data folder: the first start opens a demo meeting, and the projector shows it.
    await page.goto(`${url}/`);
    await expect(page.getByRole('heading', { level: 1, name: /芳草街12号院/ })).toBeVisible();
    await page.goto(`${url}/projector`);
    await expect(page.locator('.pj-title')).toContainText('芳草街12号院');
  } finally {
    // Removed only once every process npm started has exited: the server may still be writing.
    await stopProcessGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('npm run serve prints both URLs and the data folder, and both pages load', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yishiting-serve-'));
  const child = spawn(
    'npm',
    ['run', 'serve', '--silent', '--', '--port', '0', '--lan-port', '0', '--data', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect
      .poll(() => /Projector view:\s+(http:\/\/\S+)/.exec(output)?.[1] ?? null, { timeout: 60_000 })
      .not.toBeNull();
    const chairUrl = /Chair console:\s+(http:\/\/127\.0\.0\.1:\d+)\/?\s/.exec(output)?.[1] ?? '';
    const projectorUrl = /Projector view:\s+(http:\/\/\S+)/.exec(output)?.[1] ?? '';
    expect(output).toContain(`Data folder:    ${dataDir}`);
    // The projector first, before a chair window opens the first-start demo: the welcome screen.
    await page.goto(projectorUrl);
    await expect(page.getByRole('heading', { name: '欢迎参加议事协商会' })).toBeVisible();
    await page.goto(`${chairUrl}/`);
    await expect(page.getByRole('button', { name: '投屏控制' })).toBeVisible();
  } finally {
    // Removed only once every process npm started has exited: the server may still be writing.
    // SIGTERM to the group: npm, the shell and the server all end by themselves, the server
    // after saving, with no SIGKILL needed.
    const { forced } = await stopProcessGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
    expect(forced).toBe(false);
  }
});
