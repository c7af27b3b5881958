import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confirmStep, preparedMeeting, signInButton, VOTING } from './chair-helpers';
import { expect, test } from './fixtures';

// Issue 14: the recorder writes a summary per speech on the run screen, and finishes them after
// 散会 on the close screen; the minutes print each under its speaker, with the signing date.

const SHOTS = process.env.SUMMARY_SHOTS_DIR ?? join('test-results', 'speech-summaries');
const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

/** The page at 1366×768 in the three languages, back in zh-CN. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const locale of LOCALES) {
    await page.locator('.chair-header .locale select').selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.locator('.summaries').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `${name}-${locale}.png`) });
  }
  await page.locator('.chair-header .locale select').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

async function ask(page: Page, name: string): Promise<void> {
  await page.getByLabel('输入姓名，申请发言').fill(name);
  await page.getByRole('button', { name: `${name} 申请发言` }).click();
}

test('a summary per speech, on the run screen and after 散会, printed in the minutes', async ({
  page,
  server,
}) => {
  test.setTimeout(180_000);
  const out = mkdtempSync(join(tmpdir(), 'yishiting-summaries-'));
  try {
    await preparedMeeting(page, server.url);
    for (const name of VOTING) await signInButton(page, name).click();
    await page.getByRole('button', { name: /^进入下一议题/ }).click();
    await ask(page, '李秀兰');
    await ask(page, '张伟');
    await page.getByRole('button', { name: /请下一位发言/ }).click();
    await expect(page.getByTestId('speaker')).toContainText('李秀兰');

    // While 李秀兰 speaks, the recorder types her summary; leaving the field saves it.
    const summaries = page.locator('.summaries');
    const first = summaries.getByLabel('李秀兰的发言摘要');
    await first.fill('赞成加装电梯，建议低层住户少出资');
    await first.blur();
    await expect(page.locator('.undo-what')).toHaveText('可撤销：发言摘要');
    await page.getByRole('button', { name: /请下一位发言/ }).click();
    await expect(page.getByTestId('speaker')).toContainText('张伟');
    await expect(summaries.getByLabel('张伟的发言摘要')).toBeVisible();
    await expect(first).toHaveValue('赞成加装电梯，建议低层住户少出资');
    await shoot(page, 'run');

    // 散会; on the close screen 张伟's summary is written afterwards.
    await page.getByRole('button', { name: '结束本议题', exact: true }).click();
    await page.getByRole('button', { name: '散会与记录' }).click();
    await page.getByRole('button', { name: '宣布散会' }).click();
    await confirmStep(page, '确认散会');
    await expect(page.getByTestId('closed-at')).toBeVisible();
    const review = page.locator('.summaries');
    await expect(review.getByRole('heading', { name: '加装电梯方案' })).toBeVisible();
    await expect(review.getByLabel('李秀兰的发言摘要')).toHaveValue(
      '赞成加装电梯，建议低层住户少出资',
    );
    const second = review.getByLabel('张伟的发言摘要');
    await second.fill('担心施工噪声，希望避开午休时间');
    await review.getByRole('button', { name: '保存摘要' }).nth(1).click();
    await expect(second).toHaveValue('担心施工噪声，希望避开午休时间');
    const preview = page.getByTestId('minutes-preview');
    await expect(preview).toContainText('2. 张伟：担心施工噪声，希望避开午休时间');
    await expect(preview.locator('dt', { hasText: '签署日期' }).locator('+ dd')).toHaveText(
      '____年__月__日',
    );
    await shoot(page, 'close');

    // The exported, signed minutes: both summaries under the speech table, and the signing day.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出会议记录（PDF）' }).click(),
    ]);
    const file = join(out, 'minutes.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
    expect(text).toContain('发言摘要：');
    expect(text).toContain('1.李秀兰：赞成加装电梯，建议低层住户少出资');
    expect(text).toContain('2.张伟：担心施工噪声，希望避开午休时间');
    expect(text).toMatch(/签署日期：\d{4}年\d{1,2}月\d{1,2}日/);
    if (process.env.SUMMARY_PDF_COPY) execFileSync('cp', [file, process.env.SUMMARY_PDF_COPY]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
