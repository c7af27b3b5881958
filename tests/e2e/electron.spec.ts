import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/** The Electron program, if `npm install` could download it (not on an offline machine). */
function electronProgram(): string | null {
  const pathFile = join('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const program = join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(program) ? program : null;
}

// Everything this test covers that can run without Electron (the same renderer, backend, gate and
// carriers) is covered by the browser suite; this adds the desktop shell itself.
test('the desktop app opens the chair and projector windows and runs a meeting action', async () => {
  test.skip(
    electronProgram() === null,
    'the Electron program is not downloaded (npm install never fetches it; the first npm start with internet access does): run npm start once online to run this test',
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'yishiting-electron-'));
  const app = await electron.launch({
    args: ['.'],
    env: { ...process.env, YISHITING_DATA: dataDir },
  });
  try {
    await expect.poll(() => app.windows().length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const chair = app.windows().find((window) => !window.url().endsWith('/projector'));
    const projector = app.windows().find((window) => window.url().endsWith('/projector'));
    if (!chair || !projector) throw new Error('expected a chair window and a projector window');
    // A first start (a new data folder) opens the first demo meeting by itself.
    await expect(chair.getByRole('heading', { level: 1, name: /芳草街12号院/ })).toBeVisible();
    await expect(projector.locator('.pj-title')).not.toBeEmpty();
    // One meeting action from the chair window reaches the projector window.
    await chair.getByRole('button', { name: '投屏控制' }).click();
    await chair.getByLabel('黑屏（暂停显示）').click();
    await expect(projector.getByTestId('projector-blank')).toBeVisible();
    // The security settings are in force in the real windows.
    expect(await chair.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await projector.evaluate(() => 'yishitingChair' in window)).toBe(false);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
