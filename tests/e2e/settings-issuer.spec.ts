import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectChair } from './chair-client';
import { expect, test } from './fixtures';
import { expectAccessible } from './axe';

// The issuing body in the console: offered on the home screen until saved (first run), edited
// in the settings dialog, printed on the next notice, and the self-signed certificate re-issued
// under the new name when the chair asks. Screenshots of the dialog in three languages.

const SHOTS = process.env.ISSUER_SHOTS_DIR ?? join('test-results', 'settings-issuer');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

function pdfText(base64: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-issuer-'));
  try {
    const file = join(dir, 'notice.pdf');
    writeFileSync(file, Buffer.from(base64, 'base64'));
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the issuing body: first-run card, settings dialog, the notice, and a re-issued certificate', async ({
  page,
  server,
}) => {
  const chair = await connectChair(server.url);
  const opened = await chair.call('meetings/openDemo', { seedId: 'courtyard-repairs' });
  const meetingId = (opened.value as { meetingId: string }).meetingId;
  // A first export makes the certificate before any name is set: it is named 议事厅.
  expect((await chair.call('signing/create', {})).value).toMatchObject({ subject: '议事厅' });

  await page.setViewportSize(SIZES[0]);
  await page.goto(`${server.url}/`);
  const card = page.getByRole('region', { name: '首次使用：填写发文单位' });
  mkdirSync(SHOTS, { recursive: true });
  await expect(card).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'home-first-run-1366.png') });
  await card.getByLabel('发文单位（社区或村的全称）').fill('芳华社区居民委员会');
  await card.getByLabel('监督电话').fill('028-8555 1234');
  await card.getByLabel('联系人', { exact: true }).fill('刘晓燕');
  await card.getByRole('button', { name: '保存设置' }).click();
  await expect(card).toHaveCount(0);

  await page.getByRole('button', { name: '设置与验证' }).click();
  const dialog = page.getByRole('dialog', { name: '设置与文件验证' });
  await expect(dialog.getByLabel('发文单位（社区或村的全称）')).toHaveValue('芳华社区居民委员会');
  await dialog.getByLabel('小区议事会').fill('各位居民（业主）');
  await dialog.getByRole('button', { name: '保存设置' }).click();
  await expect(dialog.getByRole('status')).toHaveText('已保存');

  const exported = await chair.call('documents/export', {
    meetingId,
    kind: 'notice',
    locale: 'zh-CN',
    itemId: 'i1',
    postedOn: '2026-04-19',
    attachments: ['施工预算表'],
  });
  expect(exported.ok, JSON.stringify(exported)).toBe(true);
  const text = pdfText((exported.value as { base64: string }).base64).replace(/\s+/g, '');
  for (const words of [
    '各位居民（业主）：',
    '联系人：刘晓燕。',
    '监督电话：028-85551234。',
    '附件：施工预算表',
    '芳华社区居民委员会',
  ])
    expect(text).toContain(words);

  // The certificate still bears the old name until the chair re-issues it.
  const note = dialog.getByTestId('reissue-note');
  await expect(note).toContainText('议事厅');
  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    await page.evaluate((l) => localStorage.setItem('yishiting.locale', l), locale);
    await page.reload();
    await page.getByRole('button', { name: /设置与验证|設定與驗證|Settings/ }).click();
    await expect(page.getByTestId('reissue-note')).toBeVisible();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(SHOTS, `settings-${locale}-${size.width}.png`) });
      await page.getByTestId('reissue-note').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `settings-${locale}-${size.width}-cert.png`) });
      await page.getByRole('dialog').evaluate((d) => d.scrollTo(0, 0));
      await expectAccessible(page, `${locale} ${size.width}`, { include: 'dialog' });
    }
    await page.keyboard.press('Escape');
  }
  await page.evaluate(() => localStorage.setItem('yishiting.locale', 'zh-CN'));
  await page.reload();
  await page.getByRole('button', { name: '设置与验证' }).click();
  await dialog.getByRole('button', { name: '以“芳华社区居民委员会”重新签发证书' }).click();
  await expect(dialog.getByTestId('reissue-note')).toHaveCount(0);
  expect((await chair.call('signing/status', {})).value).toMatchObject({
    subject: '芳华社区居民委员会',
  });
  chair.close();
});
