import { expect, test } from './fixtures';
import { openConsole, signInButton } from './chair-helpers';

test('a meeting from a template with its body and rule, a member added by hand, Ctrl+Z', async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  // The zone field's suggestions are built when the chair reaches it, not with the first screen.
  const zones = page.locator('#create-zone-list option');
  await expect(zones).toHaveCount(0);
  await page.locator('#create-zone').focus();
  await expect(zones.first()).toHaveAttribute('value', /\//);
  expect(await zones.count()).toBeGreaterThan(100);
  await page.getByLabel('会议名称').fill('下庄村第三季度村民代表会议');
  await page.getByLabel('地点').fill('村委会会议室');
  await page.getByLabel('会议类型').selectOption({ label: '村民代表会议' });
  await page.getByLabel('表决规则').selectOption({ label: '村民代表会议' });
  await page.getByRole('button', { name: '创建并打开' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: '下庄村第三季度村民代表会议' }),
  ).toBeVisible();
  // The preparation screen shows the body and the rule the template set.
  await expect(page.getByText('会议类型：村民代表会议')).toBeVisible();
  await expect(page.getByRole('region', { name: '会议信息' }).getByLabel('表决规则')).toHaveValue(
    'villager-reps-meeting',
  );

  // A member typed in by hand, with a household.
  const roster = page.getByRole('region', { name: /人员名册/ });
  await roster.getByLabel('姓名').fill('张德贵');
  await roster.getByLabel('户号').fill('3组-12');
  await roster.getByRole('button', { name: '添加人员' }).click();
  await expect(roster.locator('tbody tr')).toHaveCount(1);
  await expect(roster.locator('tbody tr').first()).toContainText('张德贵');
  await expect(roster.locator('tbody tr').first()).toContainText('3组-12');

  // Live: a sign-in, then Ctrl+Z undoes it.
  await page.getByRole('button', { name: '开始会议' }).click();
  await signInButton(page, '张德贵').click();
  await expect(page.getByTestId('quorum')).toContainText('实到 1 / 应到 1');
  await page.locator('body').click({ position: { x: 1, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('quorum')).toContainText('实到 0 / 应到 1');
});
