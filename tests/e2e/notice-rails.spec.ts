import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { preparedMeeting } from './chair-helpers';

// The console applies the notice guard rails before anything is signed: a refusal beside the
// notice fields disables the export button, a warning is shown and the export stays possible.
// The owners' presets say which art. 278 matters need three quarters.

const SHOTS = process.env.RAILS_SHOTS_DIR ?? join('test-results', 'notice-rails');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

/** Screenshots at both sizes in the three languages, back in zh-CN. */
async function shoot(page: Page, name: string, focus: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const locale of LOCALES) {
    await page.locator('.chair-header .locale select').selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // The part of the screen the chair is looking at: the note and the button beside it.
      await page.locator(focus).scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(SHOTS, `${name}-${locale}-${size.width}x${size.height}.png`),
        fullPage: false,
      });
    }
  }
  await page.locator('.chair-header .locale select').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.setViewportSize(SIZES[0]);
}

/** 'YYYY-MM-DD' of the day `days` before today on this machine's calendar (the meeting's). */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('a proposal notice is refused on the meeting day and allowed when posted in time', async ({
  page,
  server,
}) => {
  await preparedMeeting(page, server.url);
  await page.getByRole('button', { name: '会前筹备' }).click();
  const before = page.getByRole('region', { name: '会前文件' });
  await before.getByLabel('公示哪一项议题').selectOption({ label: '楼道堆物清理' });
  const button = before.getByRole('button', { name: '导出议题公示（PDF）' });
  // Posted today, the day of the meeting: too late for a proposal.
  await expect(before.getByTestId('notice-refusal')).toContainText('议题公示须在会前张贴');
  await expect(button).toBeDisabled();
  await before.getByTestId('notice-refusal').scrollIntoViewIfNeeded();
  await shoot(page, 'proposal-refused', '[data-testid="notice-refusal"]');
  // Four days before: the 5-day period would run past the meeting; the refusal names the last day.
  await before.getByLabel('张贴日期').fill(daysAgo(4));
  await expect(before.getByTestId('notice-refusal')).toContainText('请最晚于');
  await before.getByLabel('张贴日期').fill(daysAgo(10));
  await expect(before.getByTestId('notice-refusal')).toHaveCount(0);
  await expect(button).toBeEnabled();
});

test('the owners’ special preset says only items 6 to 8 need three quarters', async ({
  page,
  server,
}) => {
  await preparedMeeting(page, server.url);
  await page.getByRole('button', { name: '会前筹备' }).click();
  await page.locator('#details-preset').selectOption({
    label: '业主大会（特别事项：筹集维修资金、改建重建、改变共有部分用途或利用其经营）',
  });
  const note = page.getByTestId('details-preset-note');
  await expect(note).toContainText('仅适用于《民法典》第二百七十八条第一款第（六）至（八）项');
  await expect(note).toContainText('使用维修资金（第（五）项）是一般事项，不适用四分之三');
  await note.scrollIntoViewIfNeeded();
  await shoot(page, 'preset-note', '[data-testid="details-preset-note"]');
  await page
    .locator('#details-preset')
    .selectOption({ label: '业主大会（一般事项，含使用维修资金）' });
  await expect(note).toContainText('包括使用建筑物及其附属设施的维修资金');
});

test('a resolution notice before the vote is refused; a late one is warned', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/`);
  await page.getByLabel('选择文件').setInputFiles('seeds/parking-drying.json');
  const title = '和平里社区居民议事会：停车秩序与公共晾晒空间协商';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const fields = page.getByRole('group', { name: '公示的张贴日期与异议渠道' });
  const button = page.getByRole('button', { name: '导出公示（PDF）' });
  await fields.getByLabel('张贴日期').fill('2026-05-01');
  await expect(page.getByTestId('notice-refusal')).toContainText(
    '张贴日期2026年5月1日早于会议日期2026年5月14日',
  );
  await expect(button).toBeDisabled();
  await fields.getByLabel('张贴日期').fill('2026-07-30');
  await expect(page.getByTestId('notice-refusal')).toHaveCount(0);
  await expect(page.getByTestId('notice-warning')).toContainText('张贴日期距会议已有77天');
  await expect(button).toBeEnabled();
  await page.getByTestId('notice-warning').scrollIntoViewIfNeeded();
  await shoot(page, 'resolution-warned', '[data-testid="notice-warning"]');
});
