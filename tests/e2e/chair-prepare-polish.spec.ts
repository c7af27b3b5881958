import type { Page } from '@playwright/test';
import { connectChair } from './chair-client';
import { openConsole } from './chair-helpers';
import { expect, test } from './fixtures';

// Issue 13's leftovers on the prepare screen: a villagers' meeting says 村民代表 on the console as
// its documents do, and a member's phone can be typed or corrected in the roster table.

const VILLAGE_CSV = [
  '姓名,类别',
  '王德福,两委成员',
  '李春花,村民代表',
  '张有田,村民代表',
  '赵小满,村民代表',
].join('\r\n');

async function createVillageMeeting(page: Page): Promise<void> {
  await page.getByLabel('会议名称').fill('东湾村村民代表会议');
  await page.getByLabel('会议类型').selectOption({ label: '村民代表会议' });
  await page.getByLabel('地点').fill('东湾村村委会议室');
  await page.getByRole('button', { name: '创建并打开' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '东湾村村民代表会议' })).toBeVisible();
}

test('a villagers’ meeting says 村民代表 in the import, roster, composition check and sign-in', async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  await createVillageMeeting(page);
  await page.locator('#roster-file').setInputFiles({
    name: '村民代表名单.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\ufeff${VILLAGE_CSV}`, 'utf8'),
  });
  await expect(page.getByTestId('import-summary')).toHaveText(
    '村民代表名单.csv：4 行可以导入，0 行有问题',
  );
  await expect(page.getByLabel('“村民代表”对应为').locator('option:checked')).toHaveText(
    '村民代表',
  );
  // Nowhere on the screen, not even among a select's options, is there a 居民代表.
  await expect(page.locator('.chair')).not.toContainText('居民代表');
  await page.getByRole('button', { name: '导入 4 人' }).click();
  await expect(page.getByText('已导入 4 人')).toBeVisible();
  await expect(
    page.getByLabel('李春花 的类别', { exact: true }).locator('option:checked'),
  ).toHaveText('村民代表');
  await expect(page.getByLabel('类别', { exact: true }).locator('option:checked')).toHaveText(
    '村民代表',
  );
  await expect(page.locator('.composition-row')).toHaveText([/^两委成员/, /^村民代表/]);
  await expect(page.locator('.chair')).not.toContainText('居民代表');

  await page.getByLabel('议题名称').fill('村道硬化工程');
  await page.getByRole('button', { name: '添加议题' }).click();
  await page.getByRole('button', { name: '开始会议' }).click();
  await expect(page.getByRole('button', { name: '会议进行' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const card = page.locator('.signin-list').getByRole('button', { name: /^李春花/ });
  await expect(card.locator('.signin-meta')).toHaveText('村民代表');
  await expect(page.locator('.chair')).not.toContainText('居民代表');
});

test('a member’s phone is typed in the roster table after import, kept private, refused when too long', async ({
  page,
  server,
}) => {
  const chair = await connectChair(server.url);
  const created = await chair.call('meetings/create', {
    command: {
      type: 'meeting/create',
      title: '幸福里小区议事会',
      bodyKind: 'compoundCouncil',
      date: '2026-05-01',
      place: '幸福里社区活动室',
      chair: '王秀英',
    },
  });
  const meetingId = (created.value as { meetingId: string }).meetingId;
  await chair.dispatch(meetingId, {
    type: 'roster/importMembers',
    members: [
      { memberId: 'm1', name: '张建国', category: 'committee' },
      { memberId: 'm2', name: '李秀兰', category: 'residentRep', phone: '13910000002' },
    ],
  });
  const stored = async (memberId: string) => {
    const open = await chair.call('meeting/open', { meetingId });
    const state = (open.value as { state: { members: Record<string, { phone?: string }> } }).state;
    return state.members[memberId]?.phone ?? '';
  };

  await page.goto(`${server.url}/#meeting=${meetingId}`);
  const phone = (name: string) => page.getByLabel(`${name} 的联系电话`);
  await expect(phone('李秀兰')).toHaveValue('13910000002');
  await expect(phone('张建国')).toHaveValue('');
  // Typed and saved on leaving the box.
  await phone('张建国').fill('13800000001');
  await phone('张建国').press('Tab');
  await expect.poll(() => stored('m1')).toBe('13800000001');
  // Corrected and saved with Enter; Esc puts back the saved number.
  await phone('李秀兰').fill('010-6401 2345');
  await phone('李秀兰').press('Enter');
  await expect.poll(() => stored('m2')).toBe('010-6401 2345');
  await phone('李秀兰').fill('999');
  await phone('李秀兰').press('Escape');
  await expect(phone('李秀兰')).toHaveValue('010-6401 2345');
  // Too long: refused with the reason, nothing stored, the typed number left to fix.
  await phone('张建国').fill('1'.repeat(51));
  await phone('张建国').press('Enter');
  await expect(page.locator('.roster').getByRole('alert')).toBeVisible();
  expect(await stored('m1')).toBe('13800000001');
  await expect(phone('张建国')).toHaveValue('1'.repeat(51));

  await page.reload();
  await expect(phone('张建国')).toHaveValue('13800000001');
  // Private: the projector (and the LAN page, the same view) never gets it.
  const projector = await page.context().newPage();
  const frames: string[] = [];
  projector.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));
  await projector.goto(`${server.url}/projector`);
  await expect(projector.locator('body')).toContainText('幸福里小区议事会');
  expect(frames.join('\n')).not.toContain('13800000001');
  expect(await projector.locator('body').textContent()).not.toContain('13800000001');
  chair.close();
});
