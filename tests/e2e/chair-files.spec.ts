import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preparedMeeting } from './chair-helpers';
import { expect, test } from './fixtures';

test('import a meeting script, export signed PDFs and the archive, re-import it only after asking', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'yishiting-files-'));
  await page.goto(`${server.url}/`);
  await page.getByLabel('选择文件').setInputFiles('seeds/parking-drying.json');
  const title = '和平里社区居民议事会：停车秩序与公共晾晒空间协商';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The seed meeting ended, so the console shows its close screen with the exports.
  const save = async (button: string, name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const file = join(out, name);
    await download.saveAs(file);
    await expect(page.getByTestId('export-saved')).toContainText(download.suggestedFilename());
    return { file, suggested: download.suggestedFilename() };
  };
  const minutes = await save('导出会议记录（PDF）', 'minutes.pdf');
  expect(minutes.suggested).toMatch(/会议记录.*\.pdf$/);
  // The notice's posting day and objection channel are typed once and printed on it.
  const fields = page.getByRole('group', { name: '公示的张贴日期与异议渠道' });
  await fields.getByLabel('张贴日期').fill('2026-05-18');
  await fields.getByLabel('书面异议送交地址').fill('和平里社区居委会一楼服务大厅');
  await fields.getByLabel('联系电话').fill('010-6401 2345');
  const notice = await save('导出公示（PDF）', 'notice.pdf');
  const noticeText = execFileSync('pdftotext', [notice.file, '-']).toString().replace(/\s+/g, '');
  expect(noticeText).toContain('和平里社区居委会一楼服务大厅');
  expect(noticeText).toContain('010-64012345');
  expect(noticeText).toContain('2026年5月19日至2026年5月25日');
  const signin = await save('导出签到表（PDF）', 'signin.pdf');
  for (const file of [minutes.file, notice.file, signin.file]) {
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    // The data folder's own certificate signed it: the CLI verifies it as valid (exit 0).
    execFileSync(process.execPath, ['dist/main/cli.mjs', 'verify', file, '--data', server.dataDir]);
  }
  expect(execFileSync('pdftotext', [minutes.file, '-']).toString()).toContain(
    '和平里社区居民议事会',
  );

  const archive = await save('导出会议档案（.zip）', 'meeting.zip');
  expect(archive.suggested).toMatch(/\.yishiting\.zip$/);

  // Importing the archive here again: the console asks, and a copy becomes a second meeting.
  await page.getByRole('button', { name: '议事厅' }).first().click();
  await page.getByLabel('选择文件').setInputFiles(archive.file);
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('已经存在');
  await question.getByRole('button', { name: '另存为副本' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: '议事厅' }).first().click();
  const meetings = page.getByRole('region', { name: '会议', exact: true });
  await expect(meetings.getByRole('button', { name: new RegExp(title) })).toHaveCount(2);
});

test('a file that is not a meeting script is refused with a clear message', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/`);
  await page.getByLabel('选择文件').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ not json'),
  });
  await expect(page.getByRole('alert')).toContainText('不是有效的 JSON 会议脚本');
  await page.getByLabel('选择文件').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"meeting":{}}'),
  });
  await expect(page.getByRole('alert')).toContainText('未导入任何内容');
});

test('before the meeting: a blank sign-in sheet and the proposal notice of an item', async ({
  page,
  server,
}) => {
  const out = mkdtempSync(join(tmpdir(), 'yishiting-before-'));
  await preparedMeeting(page, server.url);
  await page.getByRole('button', { name: '会前筹备' }).click();
  const before = page.getByRole('region', { name: '会前文件' });
  const save = async (button: string, name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      before.getByRole('button', { name: button }).click(),
    ]);
    const file = join(out, name);
    await download.saveAs(file);
    execFileSync(process.execPath, ['dist/main/cli.mjs', 'verify', file, '--data', server.dataDir]);
    return execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
  };
  const sheet = await save('导出空白签到表（PDF）', 'blank.pdf');
  expect(sheet).toContain('王建国');
  expect(sheet).toContain('签到表');
  await before.getByLabel('公示哪一项议题').selectOption({ label: '楼道堆物清理' });
  // A proposal is posted before the meeting (today), so that its 5-day period ends before it.
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await before
    .getByLabel('张贴日期')
    .fill(
      `${tenDaysAgo.getFullYear()}-${pad(tenDaysAgo.getMonth() + 1)}-${pad(tenDaysAgo.getDate())}`,
    );
  await before.getByRole('textbox', { name: '联系电话' }).fill('010-1234 5678');
  const proposal = await save('导出议题公示（PDF）', 'proposal.pdf');
  expect(proposal).toContain('关于楼道堆物清理议题的公示');
  expect(proposal).toContain('010-12345678');
});
