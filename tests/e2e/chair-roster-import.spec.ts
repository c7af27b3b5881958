import { execFileSync } from 'node:child_process';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './fixtures';
import { createMeeting, openConsole } from './chair-helpers';
import { xlsxOf } from './chair-xlsx';

// Roster files as they come from the field: very large, in the encodings Chinese Windows and
// Excel save, with hostile characters, or built to exhaust memory when unpacked.

const HEADER = '姓名,类别,表决权,户号,单位';

/** A roster of `n` residents, every name different. */
function bigRoster(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const building = Math.floor(i / 100) + 1;
    return `居民${i + 1},居民代表,成员,${building}-${(i % 100) + 1},${building}栋`;
  });
  return [HEADER, ...rows].join('\r\n');
}

test('a 10,000-row roster: a quick capped preview, a moving progress bar, and all 10,000 members in', async ({
  page,
  server,
}) => {
  test.setTimeout(180_000);
  await openConsole(page, server.url);
  await createMeeting(page, '万人名册导入');
  await page.locator('#roster-file').setInputFiles({
    name: '万人名册.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bigRoster(10_000), 'utf8'),
  });
  await expect(page.getByTestId('import-summary')).toHaveText(
    '万人名册.csv：10000 行可以导入，0 行有问题',
  );
  // The preview shows the first rows and says how many there are, instead of 10,000 table rows.
  await expect(page.locator('.import-preview tbody tr')).toHaveCount(100);
  await expect(page.getByTestId('import-shown')).toHaveText('只显示前 100 行（共 10000 行）');
  await page.getByRole('button', { name: '导入 10000 人' }).click();
  const bar = page.getByRole('progressbar', { name: '导入进度' });
  await expect(bar).toBeVisible();
  await expect(page.getByText('已导入 10000 人')).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveAttribute('value', '10000');
  await expect(page.locator('#roster-heading .badge')).toHaveText('10000');
  // The roster lists the first members and offers the rest on request.
  await expect(page.locator('.roster-table tbody tr').first()).toContainText('居民1');
});

test('CSV in GBK, UTF-16 with a BOM and UTF-8 with a BOM all import, names intact', async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  await createMeeting(page, '编码测试');
  const text = [HEADER, '王建国,两委成员,成员,1-101,居委会', '李秀兰,居民代表,成员,1-102,1栋'].join(
    '\r\n',
  );
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf8 = Buffer.from(`\ufeff${text}`, 'utf8');
  for (const [name, buffer] of [
    ['名册-gbk.csv', gbk],
    ['名册-utf16.csv', utf16],
    ['名册-utf8.csv', utf8],
  ] as const) {
    await page.locator('#roster-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
    await expect(page.getByTestId('import-summary')).toHaveText(
      `${name}：2 行可以导入，0 行有问题`,
    );
    await expect(page.locator('.import-preview tbody')).toContainText('王建国');
    await expect(page.locator('.import-preview tbody')).toContainText('李秀兰');
  }
});

test('names with a right-to-left override are cleaned, a control character is refused by row', async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  await createMeeting(page, '隐藏字符测试');
  const text = [
    HEADER,
    '\u202E王建国\u200B,两委成员,成员,1-101,居委会',
    '李\u0007秀兰,居民代表,成员,1-102,1栋',
  ].join('\r\n');
  await page.locator('#roster-file').setInputFiles({
    name: '名册.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(page.getByTestId('import-summary')).toHaveText('名册.csv：1 行可以导入，1 行有问题');
  await expect(page.locator('.import-preview tr.row-error')).toContainText(
    '“姓名”中有控制字符（看不见的特殊符号）',
  );
  await page.getByRole('button', { name: '导入 1 人' }).click();
  await expect(page.getByText('已导入 1 人')).toBeVisible();
  await expect(page.locator('.roster-table tbody th')).toHaveText(['王建国']);
});

test('an XLSX that would unpack to a huge sheet, or a file that is too large, is refused with a message', async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  await createMeeting(page, '压缩炸弹测试');
  // 80 MB of the same row compresses to well under 1 MB: a sheet nobody's roster needs.
  const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
  const sheet = `<worksheet><sheetData>${row.repeat(Math.ceil(80_000_000 / row.length))}</sheetData></worksheet>`;
  const bomb = zipSync(
    { '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': strToU8(sheet) },
    { level: 9 },
  );
  expect(bomb.length).toBeLessThan(1_000_000);
  await page.locator('#roster-file').setInputFiles({
    name: '炸弹.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bomb),
  });
  await expect(page.getByRole('alert')).toContainText('解压后', { timeout: 5000 });
  await expect(page.getByRole('alert')).toContainText('没有读取');

  await page.locator('#roster-file').setInputFiles({
    name: '巨大.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(21 * 1024 * 1024, 0x61),
  });
  await expect(page.getByRole('alert')).toContainText('文件太大', { timeout: 5000 });

  // A normal workbook still comes in after a refused one.
  await page.locator('#roster-file').setInputFiles({
    name: '名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsxOf([
      ['姓名', '类别'],
      ['孙立', '业委会'],
    ]),
  });
  await expect(page.getByTestId('import-summary')).toHaveText(
    '名册.xlsx：1 行可以导入，0 行有问题',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});
