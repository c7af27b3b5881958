import { join } from 'node:path';
import { clockTime } from '../../shared/time';
import { openConsole } from './chair-helpers';
import { expect, test } from './fixtures';

// The meeting's own time zone in the console: the create form offers this computer's zone (here
// a laptop set to Los Angeles), the chair can change it, an unknown zone is refused in the
// chair's language with nothing created, and the console then shows times on the meeting's clock.

const SHOTS = process.env.ZONE_SHOTS_DIR ?? join('test-results', 'meeting-zone');

test.use({ timezoneId: 'America/Los_Angeles' });

test("the create form offers this computer's zone, refuses an unknown one, and the console reads the meeting's", async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  const zone = page.getByLabel('时区');
  await expect(zone).toHaveValue('America/Los_Angeles');
  await expect(page.getByText('默认为本机时区')).toBeVisible();

  // Screenshots of the form in the three languages at 1366×768.
  for (const locale of ['zh-TW', 'en', 'zh-CN'] as const) {
    await page.evaluate((l) => localStorage.setItem('yishiting.locale', l), locale);
    await page.reload();
    await expect(page.getByLabel(/^(时区|時區|Time zone)$/)).toHaveValue('America/Los_Angeles');
    await page.getByLabel(/^(时区|時區|Time zone)$/).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `create-zone-${locale}-1366.png`) });
  }

  await page.getByLabel('会议名称').fill('时区测试会议');
  await zone.fill('Mars/Olympus');
  await page.getByRole('button', { name: '创建并打开' }).click();
  await expect(page.getByText('“Mars/Olympus”不是本机认识的时区')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '时区测试会议' })).toHaveCount(0);

  await zone.fill('Asia/Shanghai');
  await page.getByRole('button', { name: '创建并打开' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '时区测试会议' })).toBeVisible();
  const before = Date.now();
  await page.getByRole('button', { name: '开始会议' }).click();
  await expect(page.getByTestId('quorum')).toBeVisible();
  const after = Date.now();
  await page.getByRole('button', { name: '散会与记录' }).click();
  // Opened at the Shanghai wall-clock time, 15 or 16 hours ahead of this laptop's.
  const opened = page.getByText(/^开会时间：/);
  const shown = [clockTime(before, 'Asia/Shanghai'), clockTime(after, 'Asia/Shanghai')];
  await expect(opened).toContainText(new RegExp(shown.join('|')));
});
