import { expect, test } from './fixtures';
import { confirmStep, preparedMeeting, signInButton, VOTING } from './chair-helpers';

test('a reload mid-meeting, and a second chair window, show the same meeting and carry on', async ({
  page,
  server,
  browser,
}) => {
  await preparedMeeting(page, server.url);
  for (const name of VOTING) await signInButton(page, name).click();
  await expect(page.getByTestId('quorum-badge')).toHaveText('已达法定人数');
  await page.getByRole('button', { name: /进入下一议题/ }).click();
  for (const name of ['李秀兰', '张伟']) {
    await page.getByLabel('输入姓名，申请发言').fill(name);
    await page.getByRole('button', { name: `${name} 申请发言` }).click();
  }
  await page.getByRole('button', { name: /请下一位发言/ }).click();
  await expect(page.getByTestId('speaker')).toHaveText('李秀兰');
  await page.getByRole('button', { name: /开始表决/ }).click();
  await expect(page.getByTestId('open-vote')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '幸福里社区居民议事会' })).toBeVisible();
  await expect(page.getByRole('button', { name: '会议进行' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByTestId('quorum')).toContainText('实到 5 / 应到 5');
  await expect(page.getByTestId('speaker')).toHaveText('李秀兰');
  await expect(page.locator('.queue-list .queue-name')).toHaveText(['张伟']);
  await expect(page.locator('#item-heading')).toHaveText('加装电梯方案');
  await expect(page.getByTestId('open-vote')).toBeVisible();

  // A second chair window on the same meeting sees every change the first one makes.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(page.url());
  await expect(second.getByTestId('speaker')).toHaveText('李秀兰');
  await page.getByLabel('赞成', { exact: true }).fill('5');
  await page.getByRole('button', { name: '录入票数' }).click();
  await page.getByRole('button', { name: /结束表决/ }).click();
  await confirmStep(page, '确认结束表决');
  await expect(second.getByTestId('vote-record')).toContainText('通过');
  await second.getByRole('button', { name: /请下一位发言/ }).click();
  await expect(page.getByTestId('speaker')).toHaveText('张伟');

  // The other window reads English; dates and words follow the language, the meeting does not change.
  await second.getByLabel('语言').selectOption('en');
  await expect(second.getByRole('heading', { name: 'Sign-in' })).toBeVisible();
  await expect(second.getByTestId('quorum')).toContainText('Present 5 / expected 5');
  await expect(second.getByTestId('quorum-badge')).toHaveText('Quorum met');
  await expect(second.locator('.meeting-head')).toContainText(
    /(January|February|March|April|May|June|July|August|September|October|November|December) \d+, \d{4}/,
  );
  await second.getByLabel('Language').selectOption('zh-TW');
  await expect(second.getByRole('heading', { name: '簽到' })).toBeVisible();
  await other.close();
});
