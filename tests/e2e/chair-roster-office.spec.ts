import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { connectChair, type ChairClient } from './chair-client';
import { openConsole } from './chair-helpers';
import { xlsxOf } from './chair-xlsx';
import { expect, test } from './fixtures';
import { expectAccessible } from './axe';

// Issue 13: a real office's roster, as a 15-member 小区议事会 keeps it. A title row above the
// header, 身份 instead of 类别, 楼栋号, 联系电话, and the labels offices write. Every member must
// arrive with category, building and phone; the phone must reach nobody but the chair.

const TITLE = '锦绣苑小区议事会成员名单';
const HEADER = ['序号', '姓名', '身份', '楼栋号', '联系电话', '备注'];
/** name, 身份, 楼栋号, phone; the category each label must become. */
const PEOPLE: readonly (readonly [string, string, string, string])[] = [
  ['王建国', '社区两委', '社区居委会', '13910000001'],
  ['刘海燕', '社区两委', '社区居委会', '13910000002'],
  ['李秀兰', '业委会委员', '3号楼', '13910000003'],
  ['孙立', '业委会委员', '5号楼', '13910000004'],
  ['张伟', '楼栋长', '1号楼', '13910000005'],
  ['周楠', '楼栋长', '2号楼', '13910000006'],
  ['吴芳', '楼栋长', '4号楼', '13910000007'],
  ['郑强', '楼栋长', '6号楼', '13910000008'],
  ['陈明', '物业公司', '物业服务中心', '010-6401 2345'],
  ['赵敏', '党员代表', '7号楼', '13910000010'],
  ['钱进', '居民小组长', '8号楼', '13910000011'],
  ['冯静', '楼栋长', '9号楼', '13910000012'],
  ['何亮', '党员代表', '10号楼', '13910000013'],
  ['许红', '居民小组长', '11号楼', '13910000014'],
  ['马超', '楼栋长', '12号楼', '13910000015'],
];
const PHONES = PEOPLE.map((p) => p[3]);
/** What a phone looks like once pdftotext and whitespace removal are through with it. */
const SQUEEZED = PHONES.map((p) => p.replace(/\s+/g, ''));
const MATCHED: Readonly<Record<string, string>> = {
  社区两委: '两委成员',
  业委会委员: '业委会',
  楼栋长: '居民代表',
  物业公司: '物业',
  党员代表: '居民代表',
  居民小组长: '居民代表',
};

/** The sheet as Excel keeps it: title row, a blank row, the header, 15 rows (phones as numbers). */
function officeRows(): (string | number)[][] {
  return [
    [TITLE],
    [],
    HEADER,
    ...PEOPLE.map(([name, label, building, phone], i) => [
      i + 1,
      name,
      label,
      building,
      /^\d+$/.test(phone) ? Number(phone) : phone,
      i === 0 ? '主任' : '',
    ]),
  ];
}

function officeCsvGbk(): Buffer {
  const text = [
    `${TITLE},,,,,`,
    ',,,,,',
    HEADER.join(','),
    ...PEOPLE.map(([name, label, building, phone], i) =>
      [i + 1, name, label, building, phone, i === 0 ? '主任' : ''].join(','),
    ),
  ].join('\r\n');
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
}

async function createCompoundCouncil(page: Page, title: string): Promise<string> {
  await page.getByLabel('会议名称').fill(title);
  await page.getByLabel('会议类型').selectOption({ label: '小区议事会' });
  await page.getByLabel('地点').fill('锦绣苑社区活动室');
  await page.getByRole('button', { name: '创建并打开' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/meeting=/);
  const meetingId = /meeting=([^&]+)/.exec(page.url())?.[1];
  if (!meetingId) throw new Error(`no meeting in ${page.url()}`);
  return decodeURIComponent(meetingId);
}

/** Chooses the file and checks what the preview guessed: columns, unused columns, categories. */
async function importOfficeFile(page: Page, file: { name: string; buffer: Buffer }) {
  await page.locator('#roster-file').setInputFiles({
    ...file,
    mimeType: file.name.endsWith('.csv')
      ? 'text/csv'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  await expect(page.getByTestId('import-summary')).toHaveText(
    `${file.name}：15 行可以导入，0 行有问题`,
  );
  await expect(page.getByLabel('标题所在的行')).toHaveValue('2');
  await expect(page.getByLabel('“姓名”导入为')).toHaveValue('name');
  await expect(page.getByLabel('“身份”导入为')).toHaveValue('category');
  await expect(page.getByLabel('“楼栋号”导入为')).toHaveValue('affiliation');
  await expect(page.getByLabel('“联系电话”导入为')).toHaveValue('phone');
  await expect(page.getByTestId('import-unused')).toHaveText('不导入的列：序号、备注');
  for (const [label, category] of Object.entries(MATCHED)) {
    const select = page.getByLabel(`“${label}”对应为`);
    await expect(select.locator('option:checked')).toHaveText(category);
  }
  await expect(page.getByTestId('import-categories-waiting')).toHaveCount(0);
  await page.getByRole('button', { name: '导入 15 人' }).click();
  await expect(page.getByText('已导入 15 人')).toBeVisible();
}

/** Every member in the roster table with building and phone; every required category there. */
async function expectRoster(page: Page) {
  const rows = page.locator('.roster-table tbody tr');
  await expect(rows).toHaveCount(15);
  for (const [name, , building, phone] of PEOPLE) {
    const row = rows.filter({ has: page.locator('th', { hasText: new RegExp(`^${name}$`) }) });
    await expect(row).toContainText(building);
    // The phone is an editable box in the chair's roster table (its value, not its text).
    await expect(row.getByLabel(`${name} 的联系电话`)).toHaveValue(phone);
  }
  await expect(page.locator('.composition-row')).toHaveCount(4);
  await expect(page.locator('.composition-row.missing')).toHaveCount(0);
}

async function pdfText(chair: ChairClient, dir: string, request: Record<string, unknown>) {
  const result = await chair.call('documents/export', { locale: 'zh-CN', ...request });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const file = join(
    dir,
    `${Object.values(request)
      .join('-')
      .replace(/[^\w-]/g, '_')}.pdf`,
  );
  writeFileSync(file, Buffer.from((result.value as { base64: string }).base64, 'base64'));
  return execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
}

/** A projector page whose every socket frame and final text are kept, to look for phones in. */
async function watchedScreen(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const screen = await context.newPage();
  const frames: string[] = [];
  screen.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));
  await screen.goto(url);
  return { screen, frames, close: () => context.close() };
}

for (const kind of ['xlsx', 'csv'] as const) {
  test(`an office's ${kind === 'xlsx' ? 'XLSX' : 'GBK CSV'} (title row, 身份, 楼栋号, 联系电话) imports whole, and the phone stays with the chair`, async ({
    page,
    browser,
    server,
  }) => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), 'roster-office-'));
    const chair = await connectChair(server.url);
    try {
      await openConsole(page, server.url);
      const meetingId = await createCompoundCouncil(page, `锦绣苑小区议事会（${kind}）`);
      await importOfficeFile(
        page,
        kind === 'xlsx'
          ? { name: `${TITLE}.xlsx`, buffer: xlsxOf(officeRows()) }
          : { name: `${TITLE}.csv`, buffer: officeCsvGbk() },
      );
      await expectRoster(page);

      // The blank sign-in sheet: no phone unless the chair ticks it.
      const before = page.getByRole('region', { name: '会前文件' });
      const blank = async (file: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          before.getByRole('button', { name: '导出空白签到表（PDF）' }).click(),
        ]);
        await download.saveAs(join(dir, file));
        return execFileSync('pdftotext', [join(dir, file), '-'])
          .toString()
          .replace(/\s+/g, '');
      };
      const plainSheet = await blank('blank.pdf');
      expect(plainSheet).toContain('王建国');
      for (const phone of SQUEEZED) expect(plainSheet).not.toContain(phone);
      await before.getByLabel('签到表印出联系电话（仅供会务，勿张贴）').check();
      const phoneSheet = await blank('blank-phone.pdf');
      for (const phone of SQUEEZED) expect(phoneSheet).toContain(phone);

      // The meeting runs: one of each required category signs in, an item is decided.
      const snapshot = await chair.call('meeting/open', { meetingId });
      const state = (snapshot.value as { state: { members: Record<string, { name: string }> } })
        .state;
      const idOf = (name: string) =>
        Object.values(state.members).find((m) => m.name === name) as unknown as {
          memberId: string;
        };
      await chair.dispatch(meetingId, {
        type: 'agenda/addItem',
        itemId: 'i1',
        title: '小区南门停车位划线方案',
      });
      await chair.dispatch(meetingId, { type: 'meeting/open' });
      for (const [name] of PEOPLE.slice(0, 12))
        await chair.dispatch(meetingId, { type: 'roster/signIn', memberId: idOf(name).memberId });
      await page.getByRole('button', { name: '会前筹备' }).click();
      await expect(page.getByTestId('composition-summary')).toHaveText('规定的各类人员均已到场。');

      // The room's screens: the local projector and the LAN display, frames and text.
      const lan = await chair.call('lan/set', { enabled: true });
      const lanUrl = new URL((lan.value as { urls: string[] }).urls[0] ?? '');
      lanUrl.hostname = '127.0.0.1';
      const screens = [
        await watchedScreen(browser, `${server.url}/projector`),
        await watchedScreen(browser, lanUrl.toString()),
      ];
      await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
      await chair.dispatch(meetingId, {
        type: 'queue/request',
        memberId: idOf('张伟').memberId,
      });
      await chair.dispatch(meetingId, { type: 'queue/callNext', speechId: 's1' });
      for (const { screen } of screens)
        await expect(screen.getByTestId('projector-speaker')).toContainText('张伟');
      await chair.dispatch(meetingId, { type: 'speech/end' });
      await chair.dispatch(meetingId, {
        type: 'vote/open',
        voteId: 'v1',
        method: 'hands',
        question: '是否同意小区南门停车位划线方案？',
        itemId: 'i1',
      });
      await chair.dispatch(meetingId, { type: 'vote/enterCounts', counts: { yes: { heads: 12 } } });
      for (const { screen } of screens)
        await expect(screen.getByTestId('projector-vote-question')).toBeVisible();
      await chair.dispatch(meetingId, { type: 'vote/close' });
      for (const { screen, frames, close } of screens) {
        const seen = [await screen.content(), ...frames].join('\n');
        expect(seen).toContain('张伟');
        for (const phone of PHONES) expect(seen).not.toContain(phone);
        await close();
      }
      await chair.dispatch(meetingId, { type: 'agenda/closeItem', itemId: 'i1' });
      await chair.dispatch(meetingId, { type: 'meeting/close' });

      // Every document the meeting prints; the sign-in sheet shows phones only when asked.
      const documents = [
        await pdfText(chair, dir, { meetingId, kind: 'minutes', attendeeSignatures: true }),
        await pdfText(chair, dir, { meetingId, kind: 'notice', voteId: 'v1' }),
        await pdfText(chair, dir, {
          meetingId,
          kind: 'notice',
          noticeKind: 'proposal',
          itemId: 'i1',
          // Posted before the meeting (today on the form): a week earlier.
          postedOn: new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10),
        }),
        await pdfText(chair, dir, { meetingId, kind: 'signin' }),
        await pdfText(chair, dir, { meetingId, kind: 'signin', blank: true }),
      ];
      for (const text of documents) {
        expect(text).toContain('锦绣苑小区议事会');
        for (const phone of SQUEEZED) expect(text).not.toContain(phone);
      }
      expect(documents[0]).toContain('王建国');
      const asked = await pdfText(chair, dir, { meetingId, kind: 'signin', phone: true });
      for (const phone of SQUEEZED) expect(asked).toContain(phone);
    } finally {
      chair.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('an unknown label waits for the chair, a wrong guess is corrected, an unused column is named', async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  await createCompoundCouncil(page, '类别确认测试');
  await page.locator('#roster-file').setInputFiles({
    name: '名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsxOf([
      ['姓名', '身份', '手机', '微信号'],
      ['王建国', '社区两委', 13910000001, 'wjg'],
      ['李秀兰', '社区老党员', 13910000003, 'lxl'],
    ]),
  });
  await expect(page.getByTestId('import-summary')).toHaveText(
    '名单.xlsx：1 行可以导入，1 行有问题',
  );
  await expect(page.locator('.import-preview tr.row-error')).toContainText(
    '类别“社区老党员”尚未确认',
  );
  await expect(page.getByTestId('import-categories-waiting')).toHaveText(
    '有 1 种类别需要确认；确认之前，这些行不会导入。',
  );
  await expect(page.getByTestId('import-unused')).toHaveText('不导入的列：微信号');
  // The preview with its column and category steps, a label waiting: no serious axe violation.
  await expectAccessible(page, 'roster import', { include: '.roster-import' });
  await page.getByLabel('“社区老党员”对应为').selectOption({ label: '自定义类别“社区老党员”' });
  await expect(page.getByTestId('import-summary')).toHaveText(
    '名单.xlsx：2 行可以导入，0 行有问题',
  );
  // The chair takes the phone column out: it is then listed as not imported.
  await page.getByLabel('“手机”导入为').selectOption({ label: '不导入' });
  await expect(page.getByTestId('import-unused')).toHaveText('不导入的列：手机、微信号');
  await page.getByRole('button', { name: '导入 2 人' }).click();
  await expect(page.getByText('已导入 2 人')).toBeVisible();
  const row = page.locator('.roster-table tbody tr', { hasText: '李秀兰' });
  await expect(row.getByLabel('李秀兰 的类别').locator('option:checked')).toHaveText('社区老党员');
  await expect(row.getByLabel('李秀兰 的联系电话')).toHaveValue('');
});
