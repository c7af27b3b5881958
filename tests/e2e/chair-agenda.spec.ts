import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addItems, createMeeting, openConsole, preparedMeeting } from './chair-helpers';

// Issue 13: the agenda is edited and pruned before the meeting, 进入下一议题 is one step that
// one undo takes back, and each vote names its 计票人 and 监票人.

const SHOTS = process.env.AGENDA_SHOTS_DIR ?? join('test-results', 'chair-agenda');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

/** Screenshots of one panel's screen at both sizes in the three languages, back in zh-CN. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const locale of LOCALES) {
    await page.locator('.chair-header .locale select').selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({
        path: join(SHOTS, `${name}-${locale}-${size.width}x${size.height}.png`),
        fullPage: true,
      });
    }
  }
  await page.locator('.chair-header .locale select').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

const sideItem = (page: Page, title: string) =>
  page.locator('.agenda-side-item', { hasText: title });

test('next item is one undo step', async ({ page, server }) => {
  await preparedMeeting(page, server.url);
  await page.getByRole('button', { name: /^进入下一议题/ }).click();
  await expect(page.locator('#item-heading')).toHaveText('加装电梯方案');

  await page.getByRole('button', { name: /^结束本议题，进入下一议题/ }).click();
  await expect(page.locator('#item-heading')).toHaveText('楼道堆物清理');
  await expect(sideItem(page, '加装电梯方案')).toHaveClass(/\bclosed\b/);
  await expect(sideItem(page, '楼道堆物清理')).toHaveClass(/\bopen\b/);
  await expect(page.locator('.undo-what')).toHaveText('可撤销：进入下一议题');

  // One undo: the first item is back on the floor and the second waits again.
  await page.locator('.undo').getByRole('button', { name: /^撤销/ }).click();
  await expect(page.locator('#item-heading')).toHaveText('加装电梯方案');
  await expect(sideItem(page, '加装电梯方案')).toHaveClass(/\bopen\b/);
  await expect(sideItem(page, '楼道堆物清理')).toHaveClass(/\bpending\b/);
});

test('agenda items are edited and deleted before they are opened, and keep their urgent mark', async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  await createMeeting(page, '锦绣苑小区议事会');
  // Added with its presenter and description.
  await page.getByLabel('议题名称').fill('地下车库照明改造');
  await page.getByLabel('汇报人', { exact: true }).fill('物业张经理');
  await page.getByLabel('议题说明', { exact: true }).fill('更换为感应式节能灯，预算约两万元');
  await page.getByRole('button', { name: '添加议题' }).click();
  await expect(page.locator('.agenda-list')).toContainText('汇报人：物业张经理');
  await addItems(page, ['楼道堆物清理', '临时议题']);

  // Edit: the wording of an item, saved when the field is left.
  await page.getByRole('button', { name: '编辑“楼道堆物清理”' }).click();
  const details = page.getByRole('group', { name: '“楼道堆物清理”的名称、汇报人和说明' });
  await details.getByLabel('汇报人').fill('3号楼楼长');
  await details.getByLabel('议题说明').fill('清理楼道杂物，消除消防隐患');
  await details.getByLabel('议题名称').fill('楼道堆物集中清理');
  await details.getByLabel('议题名称').blur();
  await expect(page.locator('.agenda-list .agenda-title').nth(1)).toContainText('楼道堆物集中清理');
  await expect(page.locator('.agenda-list')).toContainText('汇报人：3号楼楼长');

  // Delete one not yet opened; undo brings it back, delete again.
  await page.getByRole('button', { name: '删除“临时议题”' }).click();
  await expect(page.locator('.agenda-list .agenda-title')).toHaveCount(2);
  await shoot(page, 'agenda-editor');

  // Start; open the first item, then an item that has been on the floor cannot be deleted.
  await page.getByRole('button', { name: '开始会议' }).click();
  await page.getByRole('button', { name: /^进入下一议题/ }).click();
  await expect(page.locator('#item-heading')).toHaveText('地下车库照明改造');
  // An urgent item added during the meeting.
  await page.getByRole('button', { name: '会前筹备' }).click();
  await addItems(page, ['暴雨后地下室积水']);
  const urgentRow = page.locator('.agenda-row', { hasText: '暴雨后地下室积水' });
  await expect(urgentRow.locator('.badge.warn')).toHaveText('紧急事项');
  await page.getByRole('button', { name: '删除“地下车库照明改造”' }).click();
  await expect(page.locator('.agenda-row', { hasText: '地下车库照明改造' })).toContainText(
    '议题“地下车库照明改造”已上会审议过，须保留在会议记录中，不能删除',
  );
  await expect(page.locator('.agenda-list .agenda-title')).toHaveCount(3);

  // The run screen's agenda and the projector keep the mark too.
  await page.getByRole('button', { name: '会议进行' }).click();
  await expect(sideItem(page, '暴雨后地下室积水').locator('.badge.warn')).toHaveText('紧急事项');
  // Between items the projector shows the whole agenda, the urgent item marked.
  await page.getByRole('button', { name: '结束本议题', exact: true }).click();
  await expect(page.locator('#item-heading')).toHaveText('当前没有议题');
  const projector = await page.context().newPage();
  await projector.goto(`${server.url}/projector`);
  const board = projector.getByTestId('projector-agenda');
  await expect(board.locator('li', { hasText: '暴雨后地下室积水' })).toContainText('紧急事项');
  await expect(board.locator('li', { hasText: '楼道堆物集中清理' })).not.toContainText('紧急事项');
  await projector.close();
});

test('a vote names its teller and scrutineer when it opens, or afterwards', async ({
  page,
  server,
}) => {
  await preparedMeeting(page, server.url);
  await page.getByRole('button', { name: /^进入下一议题/ }).click();
  await page.getByLabel('计票人').fill('刘芳');
  await page.getByLabel('监票人').fill('陈明');
  await shoot(page, 'vote-open-form');
  await page.getByRole('button', { name: /^开始表决/ }).click();
  await expect(page.getByTestId('open-vote')).toBeVisible();
  // Voided (it cannot be undone), the vote is on record; its names can still be changed.
  await page.getByTestId('open-vote').getByRole('button', { name: '作废本次表决' }).click();
  await page.getByLabel('作废原因').fill('计票有误');
  await page.getByTestId('open-vote').locator('.void-form button[type="submit"]').click();
  const record = page.getByTestId('vote-record');
  await expect(record).toBeVisible();
  const tellers = record.getByRole('group', { name: /计票人和监票人/ });
  await expect(tellers.getByLabel('计票人')).toHaveValue('刘芳');
  await expect(tellers.getByLabel('监票人')).toHaveValue('陈明');
  await tellers.getByLabel('监票人').fill('王建国');
  await tellers.getByLabel('监票人').blur();
  await expect(page.locator('.undo-what')).toHaveText('可撤销：计票人和监票人');
});
