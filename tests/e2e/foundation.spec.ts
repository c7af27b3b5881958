import { expect, test } from './fixtures';

test('a message typed on the chair console appears on the projector', async ({
  browser,
  server,
}) => {
  // Separate contexts: a click in a background tab of one context can stall (STACK.md).
  const chairContext = await browser.newContext();
  const projectorContext = await browser.newContext();
  const chair = await chairContext.newPage();
  const projector = await projectorContext.newPage();

  await projector.goto(`${server.url}/projector`);
  await expect(projector.getByRole('heading', { name: '欢迎参加议事协商会' })).toBeVisible();

  await chair.goto(`${server.url}/`);
  await expect(chair.getByRole('status')).toHaveText('已连接');
  const demo = chair.getByRole('region', { name: '示范会议' }).getByRole('button').first();
  const demoTitle = (await demo.locator('strong').textContent()) ?? '';
  expect(demoTitle).not.toBe('');
  await demo.click();
  await expect(chair.getByRole('heading', { level: 1, name: demoTitle })).toBeVisible();

  // Opening the meeting on the chair console puts it on the projector.
  await expect(projector.getByRole('heading', { level: 1, name: demoTitle })).toBeVisible();

  await chair.getByLabel('公告内容').fill('请各位代表签到入座');
  await chair.getByRole('button', { name: '投到大屏' }).click();
  await expect(projector.getByTestId('projector-message')).toHaveText('请各位代表签到入座');

  await chair.getByRole('button', { name: '清除公告' }).click();
  await expect(projector.getByTestId('projector-message')).toHaveCount(0);

  await chairContext.close();
  await projectorContext.close();
});

test('the chair console and projector pages load with a strict CSP and no console errors', async ({
  page,
  server,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${server.url}/`);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(page.getByRole('heading', { name: '会议', exact: true })).toBeVisible();
  await page.goto(`${server.url}/projector`);
  await expect(page.getByRole('heading', { name: '欢迎参加议事协商会' })).toBeVisible();
  expect(errors).toEqual([]);
});
