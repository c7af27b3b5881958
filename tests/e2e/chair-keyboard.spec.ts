import { expect, test } from './fixtures';
import { preparedMeeting } from './chair-helpers';

test('the live part of a meeting runs from the keyboard alone', async ({ page, server }) => {
  await preparedMeeting(page, server.url);
  const keys = page.keyboard;
  // Leave the button the mouse used for the set-up: from here on, only keys.
  await page.locator('body').click({ position: { x: 1, y: 1 } });

  // Sign-in: "/" finds people, Tab reaches their button, Enter signs them in.
  for (const name of ['王建国', '李秀兰', '张伟', '刘芳']) {
    await keys.press('/');
    await expect(page.locator('#signin-search')).toBeFocused();
    await keys.press('Control+A');
    await keys.type(name);
    await expect(page.locator('.signin-list .signin-toggle')).toHaveCount(1);
    await keys.press('Tab');
    await keys.press('Enter');
    await expect(page.locator('.signin-list .signin-toggle')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }
  await expect(page.getByTestId('quorum-badge')).toHaveText('已达法定人数');
  await keys.press('Escape');

  // U undoes the last sign-in; sign her in again.
  await keys.press('u');
  await expect(page.getByTestId('quorum')).toContainText('实到 3 / 应到 5');
  await keys.press('/');
  await keys.press('Control+A');
  await keys.type('刘芳');
  await keys.press('Tab');
  await keys.press('Enter');
  await expect(page.getByTestId('quorum')).toContainText('实到 4 / 应到 5');
  await keys.press('Tab');

  // I opens the next item; Q finds a speaker, Enter queues the first match.
  await keys.press('i');
  await expect(page.locator('#item-heading')).toHaveText('加装电梯方案');
  await keys.press('q');
  await expect(page.locator('#queue-search')).toBeFocused();
  for (const name of ['张伟', '李秀兰', '刘芳']) {
    // The search keeps the focus and empties after each request: type the next name at once.
    await keys.type(name);
    await keys.press('Enter');
    await expect(page.locator('.queue-list')).toContainText(name);
  }
  await expect(page.locator('.queue-list .queue-name')).toHaveText(['张伟', '李秀兰', '刘芳']);

  // Reorder by keyboard: focus the second handle, space, arrow up, space.
  await keys.press('Tab');
  await keys.press('Tab');
  await keys.press('Tab');
  const handle = page.getByRole('button', { name: '拖动调整“李秀兰”的顺序' });
  await expect(handle).toBeFocused();
  await keys.press('Space');
  await expect(page.locator('.queue-list .sortable-row.dragging')).toHaveCount(1);
  // dnd-kit's keyboard sensor starts listening for arrow keys in a setTimeout(0) after the drag
  // starts: a timer queued now fires after it, so the arrow key cannot arrive before the listener.
  await expect(page.getByText('“李秀兰”移到第 2 位。')).toBeAttached();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await keys.press('ArrowUp');
  await expect(page.getByText('“李秀兰”移到第 1 位。')).toBeAttached();
  await keys.press('Space');
  await expect(page.locator('.queue-list .queue-name')).toHaveText(['李秀兰', '张伟', '刘芳']);

  // N calls the next speaker; T pauses and resumes; X extends; E ends.
  await keys.press('n');
  await expect(page.getByTestId('speaker')).toHaveText('李秀兰');
  await keys.press('t');
  await expect(page.locator('.timer-state')).toHaveText('已暂停');
  await keys.press('t');
  await expect(page.locator('.timer-state')).toHaveText('限时 3:00');
  await keys.press('x');
  await expect(page.locator('.timer-state')).toHaveText('限时 4:00');
  await keys.press('n');
  await expect(page.getByTestId('speaker')).toHaveText('张伟');
  await keys.press('e');
  await expect(page.getByText('现在没有人发言。')).toBeVisible();

  // V opens a show-of-hands vote; the counts are typed; V closes it.
  await keys.press('v');
  await expect(page.getByTestId('open-vote')).toBeVisible();
  await expect(page.getByLabel('赞成', { exact: true })).toBeFocused();
  await keys.type('3');
  await keys.press('Tab');
  await keys.type('1');
  await keys.press('Enter');
  await expect(page.getByTestId('open-vote').getByTestId('tally-yes')).toContainText('3');
  await keys.press('Escape');
  // Closing cannot be undone: V asks, Enter confirms.
  await keys.press('v');
  await keys.press('Enter');
  await expect(page.getByTestId('vote-record')).toContainText('通过');

  // H shows the keys; Escape closes; I closes the item and opens the next one.
  await keys.press('h');
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeVisible();
  await keys.press('Escape');
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeHidden();
  await keys.press('i');
  await expect(page.locator('#item-heading')).toHaveText('楼道堆物清理');
});

test('the meeting keys do not act behind an open dialog', async ({ page, server }) => {
  await preparedMeeting(page, server.url);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('i');
  await expect(page.locator('#item-heading')).toHaveText('加装电梯方案');

  // The follow-up board covers the run screen: I, N and ? must not reach the meeting behind it.
  await page.getByRole('button', { name: '跟踪台账' }).click();
  const board = page.getByRole('dialog', { name: /跟踪台账/ });
  await expect(board.getByTestId('board-table')).toBeVisible();
  await page.locator('.board-head h1').click();
  await page.keyboard.press('i');
  await page.keyboard.press('F1');
  await board.getByRole('button', { name: '返回' }).click();
  await expect(board).toBeHidden();
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeHidden();
  await expect(page.locator('#item-heading')).toHaveText('加装电梯方案');

  // Esc shuts the help overlay and the very next key works (no wait for the close event).
  await page.keyboard.press('h');
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('i');
  await expect(page.locator('#item-heading')).toHaveText('楼道堆物清理');
});
