import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startServer } from './server';

test('the chair console and the projector page side by side: a change on one shows on the other', async ({
  browser,
  server,
}) => {
  // Separate contexts: a click in a background tab of one context can stall (STACK.md).
  const chair = await (await browser.newContext()).newPage();
  const projector = await (
    await browser.newContext({ viewport: { width: 1024, height: 768 } })
  ).newPage();

  await projector.goto(`${server.url}/projector`);
  await expect(projector.getByRole('heading', { name: '欢迎参加议事协商会' })).toBeVisible();

  // This data folder has had its first run: the chair picks a demo on the home screen.
  await chair.goto(`${server.url}/`);
  await expect(chair.getByRole('status').first()).toContainText('已连接');
  await chair.getByRole('region', { name: '示范会议' }).getByRole('button').first().click();
  await expect(chair.locator('h1', { hasText: '议事会' }).first()).toBeVisible();
  const meetingTitle = (
    (await projector.locator('.pj-title').textContent({ timeout: 10_000 })) ?? ''
  ).trim();
  expect(meetingTitle).not.toBe('');
  await expect(chair.getByText(meetingTitle).first()).toBeVisible();

  // The chair switches the projector to dark colours, then blanks it.
  await chair.getByRole('button', { name: '投屏控制' }).click();
  await chair.getByLabel('配色').selectOption('dark');
  await expect(projector.locator('main.projector')).toHaveClass(/theme-dark/);
  await chair.getByLabel('黑屏（暂停显示）').click();
  await expect(projector.getByTestId('projector-blank')).toBeVisible();
});

test('the chair console and projector pages load with a strict CSP and no console errors', async ({
  page,
  server,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // A refused eval or inline script is reported as an event, not always as a console error.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const response = await page.goto(`${server.url}/`);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(page.getByRole('button', { name: '投屏控制' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await violations()).toEqual([]);
  await page.goto(`${server.url}/projector`);
  await expect(
    page.getByRole('heading', { name: '欢迎参加议事协商会' }).or(page.locator('.pj-title')),
  ).toBeVisible();
  await page.waitForTimeout(500);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('a first start opens a demo meeting by itself, once', async ({ browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yishiting-first-'));
  const first = await startServer([], dataDir, { firstRun: true });
  try {
    const chair = await (await browser.newContext()).newPage();
    await chair.goto(`${first.url}/`);
    // The first demo (芳草街12号院) is open on its screen without a click.
    await expect(chair.getByRole('heading', { level: 1, name: /芳草街12号院/ })).toBeVisible();
    // Back home and reloaded: no second demo is opened.
    await chair.goto(`${first.url}/`);
    await expect(chair.getByRole('heading', { name: '会议', exact: true })).toBeVisible();
    await chair.waitForTimeout(500);
    await expect(chair.getByRole('heading', { name: '会议', exact: true })).toBeVisible();
    const meetings = chair.getByRole('region', { name: '会议', exact: true });
    await expect(meetings.getByRole('button', { name: /芳草街12号院/ })).toHaveCount(1);
  } finally {
    await first.stop();
  }
  // The next start of the same folder (the app restarted) opens no demo either.
  const again = await startServer([], dataDir, { firstRun: true });
  try {
    const chair = await (await browser.newContext()).newPage();
    await chair.goto(`${again.url}/`);
    await expect(chair.getByRole('heading', { name: '会议', exact: true })).toBeVisible();
    await chair.waitForTimeout(500);
    await expect(chair.getByRole('heading', { name: '会议', exact: true })).toBeVisible();
  } finally {
    await again.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
