import { expect, test } from './fixtures';
import { preparedMeeting, signInButton, VOTING } from './chair-helpers';

test('the speaker queue by mouse: drag to reorder, a point of order goes first, withdraw', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 1366, height: 1200 });
  await preparedMeeting(page, server.url);
  for (const name of VOTING) await signInButton(page, name).click();
  await page.getByRole('button', { name: /进入下一议题/ }).click();
  for (const name of ['李秀兰', '张伟', '刘芳']) {
    await page.getByLabel('输入姓名，申请发言').fill(name);
    await page.getByRole('button', { name: `${name} 申请发言` }).click();
  }
  const names = page.locator('.queue-list .queue-name');
  await expect(names).toHaveText(['李秀兰', '张伟', '刘芳']);

  // Drag 刘芳's handle above 李秀兰 with the mouse.
  const handle = page.getByRole('button', { name: '拖动调整“刘芳”的顺序' });
  const target = page.getByRole('button', { name: '拖动调整“李秀兰”的顺序' });
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('queue handles not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 12 });
  await page.waitForTimeout(100);
  await page.mouse.up();
  await expect(names).toHaveText(['刘芳', '李秀兰', '张伟']);

  // A point of order jumps the queue. For 50 ms after a drop, dnd-kit's pointer sensor still
  // clears the document's selection on every selectionchange, and a fill that lands in that
  // window (the reorder's change now comes back within a few ms) types nothing: fill again then.
  const search = page.getByLabel('输入姓名，申请发言');
  await expect(async () => {
    await search.fill('王建国');
    await expect(search).toHaveValue('王建国', { timeout: 200 });
  }).toPass();
  await page.getByRole('button', { name: '程序性发言' }).first().click();
  await expect(names.first()).toHaveText('王建国');
  await expect(page.locator('.queue-list li').first()).toContainText('程序性发言');

  // Withdrawn, 张伟 leaves the queue; the next speaker is the point of order.
  await page.getByRole('button', { name: '撤回 张伟 的发言申请' }).click();
  await expect(names).toHaveText(['王建国', '刘芳', '李秀兰']);
  await page.getByRole('button', { name: /请下一位发言/ }).click();
  await expect(page.getByTestId('speaker')).toContainText('王建国');
});
