import { expect, type Page } from '@playwright/test';

/** A roster as a spreadsheet exports it: one bad row, one observer, five voting members. */
export const ROSTER_CSV = [
  '姓名,类别,表决权,户号,单位',
  '王建国,两委成员,成员,1-101,居委会',
  '李秀兰,居民代表,成员,1-102,1栋',
  '张伟,居民代表,成员,2-201,2栋',
  ',居民代表,成员,2-202,2栋',
  '刘芳,业委会,成员,3-301,业委会',
  '陈明,物业,成员,3-302,物业公司',
  '赵敏,社会组织代表,列席,,志愿者协会',
].join('\r\n');

export const VOTING = ['王建国', '李秀兰', '张伟', '刘芳', '陈明'] as const;

/** The home screen, connected. */
export async function openConsole(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await expect(page.locator('.chair-header [role="status"]')).toHaveText('已连接');
}

/** Creates a meeting from the template form and lands on its preparation screen. */
export async function createMeeting(page: Page, title: string): Promise<void> {
  await page.getByLabel('会议名称').fill(title);
  await page.getByLabel('地点').fill('社区活动室');
  await page.getByRole('button', { name: '创建并打开' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: '会前筹备' })).toHaveAttribute(
    'aria-current',
    'page',
  );
}

/** Imports ROSTER_CSV through the file picker, checking the preview and its row error. */
export async function importRoster(page: Page): Promise<void> {
  await page.locator('#roster-file').setInputFiles({
    name: '花名册.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\ufeff${ROSTER_CSV}`, 'utf8'),
  });
  await expect(page.getByTestId('import-summary')).toHaveText(
    '花名册.csv：6 行可以导入，1 行有问题',
  );
  await expect(page.locator('.import-preview tr.row-error')).toContainText('姓名为空');
  await page.getByRole('button', { name: '导入 6 人' }).click();
  await expect(page.getByText('已导入 6 人')).toBeVisible();
  await expect(page.locator('.roster-table tbody tr')).toHaveCount(6);
}

export async function addItems(page: Page, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    await page.getByLabel('议题名称').fill(title);
    await page.getByRole('button', { name: '添加议题' }).click();
    await expect(page.locator('.agenda-list')).toContainText(title);
  }
}

/** Everything before the live part: a meeting with its roster and agenda, started. */
export async function preparedMeeting(
  page: Page,
  url: string,
  title = '幸福里社区居民议事会',
): Promise<void> {
  await openConsole(page, url);
  await createMeeting(page, title);
  await importRoster(page);
  await addItems(page, ['加装电梯方案', '楼道堆物清理']);
  await page.getByRole('button', { name: '开始会议' }).click();
  await expect(page.getByRole('button', { name: '会议进行' })).toHaveAttribute(
    'aria-current',
    'page',
  );
}

export function signInButton(page: Page, name: string) {
  return page.locator('.signin-list').getByRole('button', { name: new RegExp(`^${name}`) });
}

/** Closing a vote and 散会 cannot be undone, so they ask first: this answers the question. */
export async function confirmStep(page: Page, name: '确认结束表决' | '确认散会'): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name }).click();
  await expect(dialog).toBeHidden();
}
