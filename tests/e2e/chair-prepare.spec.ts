import { expect, test } from './fixtures';
import { createMeeting, openConsole } from './chair-helpers';
import { xlsxOf } from './chair-xlsx';

test('a roster comes in from an XLSX export with area, and the agenda is reordered by keys', async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  await createMeeting(page, '芳邻小区业主议事会');
  await page.locator('#roster-file').setInputFiles({
    name: '业主名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsxOf([
      ['姓名', '类别', '户号', '面积'],
      ['孙立', '业委会', '5-101', 89.5],
      ['周楠', '居民代表', '5-102', '102.25'],
      ['吴桐', '物业', '5-103', '一百'],
      ['孙立', '居民代表', '5-104', 70],
    ]),
  });
  await expect(page.getByTestId('import-summary')).toHaveText(
    '业主名册.xlsx：2 行可以导入，2 行有问题',
  );
  const preview = page.locator('.import-preview');
  await expect(preview.locator('tr', { hasText: '吴桐' })).toContainText('面积“一百”不是数字');
  await expect(preview.locator('tr', { hasText: '5-104' })).toContainText('与第 2 行的 孙立 重复');
  await page.getByRole('button', { name: '导入 2 人' }).click();
  await expect(page.getByText('已导入 2 人')).toBeVisible();
  const roster = page.locator('.roster-table tbody');
  await expect(roster.locator('tr', { hasText: '孙立' })).toContainText('89.50');
  await expect(roster.locator('tr', { hasText: '周楠' })).toContainText('102.25');
  await page.getByRole('button', { name: '登记 周楠 请假' }).click();
  await expect(roster.locator('tr', { hasText: '周楠' })).toContainText('已请假');

  // Agenda: add three items, then move the last one up with the keyboard on its drag handle.
  for (const title of ['小区停车位划线', '楼顶防水维修', '电动车充电桩']) {
    await page.getByLabel('议题名称').fill(title);
    await page.getByRole('button', { name: '添加议题' }).click();
    await expect(page.locator('.agenda-list')).toContainText(title);
  }
  const handle = page.getByRole('button', { name: '拖动调整“电动车充电桩”的顺序' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.agenda-list .sortable-row.dragging')).toHaveCount(1);
  // The sensor listens for arrow keys from a setTimeout(0) after the drag starts: let it run first.
  await expect(page.getByText('“电动车充电桩”移到第 3 位。')).toBeAttached();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('“电动车充电桩”移到第 2 位。')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.locator('.agenda-list .agenda-title')).toHaveText([
    '小区停车位划线',
    '电动车充电桩',
    '楼顶防水维修',
  ]);
  // The arrow buttons do the same in one click.
  await page.getByRole('button', { name: '把“楼顶防水维修”上移' }).click();
  await expect(page.locator('.agenda-list .agenda-title')).toHaveText([
    '小区停车位划线',
    '楼顶防水维修',
    '电动车充电桩',
  ]);
  await page.getByLabel('“楼顶防水维修”的事项分类').selectOption({ label: '大事' });
  await expect(page.getByLabel('“楼顶防水维修”的事项分类')).toHaveValue('major');

  // The composition check names what the body needs and what the roster lacks.
  await expect(page.locator('.composition-list')).toContainText('两委成员');
  await expect(page.locator('.composition-list li', { hasText: '两委成员' })).toContainText(
    '名册中没有',
  );
});
