import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { confirmStep, preparedMeeting, signInButton, VOTING } from './chair-helpers';
import { expectAccessible } from './axe';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const SHOTS = process.env.CHAIR_SHOTS_DIR ?? join('test-results', 'chair-screens');

/** Nothing sticks out sideways: the page never scrolls horizontally and no element is wider. */
async function checkNoOverflow(page: Page, screen: string): Promise<void> {
  const offenders = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page ${document.documentElement.scrollWidth}>${width}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.chair *'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || el.closest('.table-wrap, dialog:not([open])')) continue;
      if (box.right > width + 1)
        out.push(`${el.tagName}.${el.className} right=${Math.round(box.right)}`);
      const style = getComputedStyle(el);
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (
        clips &&
        el.scrollWidth > el.clientWidth + 1 &&
        !el.matches('.tally-track, .visually-hidden')
      ) {
        out.push(`clipped ${el.tagName}.${el.className}`);
      }
    }
    return out.slice(0, 10);
  });
  expect(offenders, screen).toEqual([]);
}

async function look(page: Page, screen: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(100);
    await checkNoOverflow(page, `${screen} ${size.width}`);
    await page.screenshot({ path: join(SHOTS, `${screen}-${size.width}x${size.height}.png`) });
    await page.screenshot({
      path: join(SHOTS, `${screen}-${size.width}x${size.height}-full.png`),
      fullPage: true,
    });
    await expectAccessible(page, `${screen} ${size.width}`);
  }
}

test('every chair screen fits 1366×768 and 1920×1080 and has no serious accessibility problem', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${server.url}/`);
  await expect(page.locator('.chair-header [role="status"]')).toHaveText('已连接');
  await page.getByRole('button', { name: /下庄村/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /下庄村/ })).toBeVisible();
  await page
    .getByRole('button', { name: '会议', exact: true })
    .or(page.getByRole('button', { name: '议事厅' }))
    .click();
  await expect(page.getByRole('heading', { name: '会议', exact: true })).toBeVisible();
  await look(page, 'home');

  await preparedMeeting(page, server.url, '幸福里社区居民议事会：加装电梯与楼道整治专题协商');
  await page.getByRole('button', { name: '会前筹备' }).click();
  await look(page, 'prepare');

  await page.getByRole('button', { name: '会议进行' }).click();
  for (const name of VOTING) await signInButton(page, name).click();
  await expect(page.getByTestId('quorum-badge')).toHaveText('已达法定人数');
  await page.getByRole('button', { name: /进入下一议题/ }).click();
  for (const name of ['李秀兰', '张伟', '刘芳']) {
    await page.getByLabel('输入姓名，申请发言').fill(name);
    await page.getByRole('button', { name: `${name} 申请发言` }).click();
  }
  await page.getByRole('button', { name: /请下一位发言/ }).click();
  await page.getByLabel('表决方式').selectOption({ label: '记名表决' });
  await page.getByRole('button', { name: /开始表决/ }).click();
  await page
    .getByTestId('open-vote')
    .getByRole('group', { name: '王建国' })
    .getByRole('button', { name: '赞成' })
    .click();
  await look(page, 'run');

  await page.getByRole('button', { name: /快捷键/ }).click();
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeVisible();
  await look(page, 'help');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /结束表决/ }).click();
  await confirmStep(page, '确认结束表决');
  // After the vote: its record with the resolution and action-item forms.
  await expect(page.getByTestId('vote-record')).toHaveCount(1);
  await look(page, 'run-voted');

  // The follow-up board over the console, both tabs.
  await page.getByRole('button', { name: '跟踪台账' }).click();
  const board = page.getByRole('dialog', { name: /跟踪台账/ });
  await expect(board.getByTestId('board-table')).toBeVisible();
  await look(page, 'board');
  await board.getByRole('tab', { name: /议题/ }).click();
  await expect(board.getByRole('form', { name: '登记议题' })).toBeVisible();
  await look(page, 'board-topics');
  await board.getByRole('button', { name: '返回' }).click();

  await page.getByRole('button', { name: '散会与记录' }).click();
  await page.getByRole('button', { name: '宣布散会' }).click();
  await confirmStep(page, '确认散会');
  await expect(page.getByTestId('closed-at')).toBeVisible();
  await look(page, 'close');
});
