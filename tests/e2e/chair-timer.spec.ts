import { expect, test } from './fixtures';
import { preparedMeeting, signInButton } from './chair-helpers';

test('the speech timer counts down from the recorded start and shows the overrun', async ({
  page,
  server,
}) => {
  // The page's clock is Playwright's, so three minutes can pass in a moment; main's is real.
  await page.clock.install();
  await preparedMeeting(page, server.url);
  await signInButton(page, '李秀兰').click();
  await page.getByRole('button', { name: /进入下一议题/ }).click();
  await page.getByLabel('输入姓名，申请发言').fill('李秀兰');
  await page.getByRole('button', { name: '李秀兰 申请发言' }).click();
  await page.getByRole('button', { name: /请下一位发言/ }).click();
  await expect(page.getByTestId('speaker')).toHaveText('李秀兰');
  await expect(page.locator('.timer-state')).toHaveText('限时 3:00');
  await expect(page.getByRole('button', { name: /暂停/ })).toBeEnabled();

  await page.clock.fastForward('01:00');
  await expect(page.getByTestId('timer')).toHaveText(/^(2:00|1:59)$/);
  await page.clock.fastForward('02:30');
  await expect(page.locator('.timer-state')).toHaveText(/^已超时 0:(29|30|31)$/);
  await expect(page.getByTestId('timer')).toHaveText(/^\+0:(29|30|31)$/);
  await expect(page.locator('.timer-clock')).toHaveClass(/over/);

  // Extending gives the speaker time again; the countdown is back within the limit.
  await page.getByRole('button', { name: /延长 1 分钟/ }).click();
  await expect(page.locator('.timer-state')).toHaveText('限时 4:00');
  await expect(page.locator('.timer-clock')).not.toHaveClass(/over/);
});
