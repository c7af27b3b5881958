import type { Browser, Page } from '@playwright/test';
import { connectChair, prepareMeeting } from './chair-client';
import { expect, test } from './fixtures';
import { expectAccessible } from './axe';

/** A live meeting (6 members, 5 signed in, council rule: 全体成员过半数) on the chair's run screen. */
async function runScreen(browser: Browser, url: string, signedIn = true): Promise<Page> {
  const api = await connectChair(url);
  const meetingId = await prepareMeeting(api);
  if (!signedIn)
    for (const memberId of ['m1', 'm2', 'm3', 'm4', 'm5'])
      await api.dispatch(meetingId, { type: 'roster/signOut', memberId });
  api.close();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${url}/#meeting=${meetingId}`);
  await expect(page.getByRole('button', { name: '会议进行' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('i');
  await expect(page.locator('#item-heading')).toHaveText('3号楼加装电梯费用分摊方案');
  return page;
}

const openVote = (page: Page) => page.getByTestId('open-vote');

test('closing a vote asks first, Enter confirms, and the decided question is cleared', async ({
  browser,
  server,
}) => {
  const page = await runScreen(browser, server.url);
  await page.getByLabel('表决事项').fill('是否同意按楼层系数分摊？');
  await page.keyboard.press('Escape');
  await page.keyboard.press('v');
  await expect(openVote(page)).toBeVisible();
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(openVote(page).getByTestId('tally-yes')).toContainText('4');
  await page.keyboard.press('Escape');

  // V asks; Esc leaves the vote open.
  await page.keyboard.press('v');
  const ask = page.getByRole('dialog', { name: '结束表决？' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: '确认结束表决' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(openVote(page)).toBeVisible();

  // The button asks too; V then Enter closes.
  await openVote(page)
    .getByRole('button', { name: /结束表决/ })
    .click();
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('v');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vote-record')).toContainText('通过');

  // The form is empty again: V cannot silently put the same question to a second vote.
  await expect(page.getByLabel('表决事项')).toHaveValue('');
  await page.keyboard.press('v');
  const again = page.getByRole('dialog', { name: '本议题已有表决结果' });
  await expect(again).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(openVote(page)).toBeHidden();
  await expect(page.getByTestId('vote-record')).toHaveCount(1);
});

test('V then Ctrl+Z reaches the meeting; typing in a field is undone as text first', async ({
  browser,
  server,
}) => {
  const page = await runScreen(browser, server.url);
  await page.keyboard.press('v');
  const yes = page.getByLabel('赞成', { exact: true });
  await expect(yes).toBeFocused();
  // Typed text: Ctrl+Z belongs to the field, the vote stays open.
  await page.keyboard.type('3');
  await page.keyboard.press('Control+z');
  await expect(openVote(page)).toBeVisible();
  await yes.fill('');
  // The empty box the V key put the focus in: Ctrl+Z undoes the meeting's last step (the vote).
  await page.keyboard.press('Control+z');
  await expect(openVote(page)).toBeHidden();
  await expect(page.getByRole('button', { name: /开始表决/ })).toBeVisible();

  // The rule is in the shortcuts help.
  await page.keyboard.press('Escape');
  await page.keyboard.press('h');
  await expect(page.getByTestId('undo-rule')).toContainText('U 键和“撤销”按钮总是撤销会议的上一步');
});

test('the vote panel states the base in the rule’s words and errors beside the counts', async ({
  browser,
  server,
}) => {
  const page = await runScreen(browser, server.url);
  await page.getByRole('button', { name: /开始表决/ }).click();
  // Before any count: the rule's base (all 6 members) and who is present, never "0".
  await expect(openVote(page).getByTestId('vote-base')).toHaveText('按全体成员6人计，到会5人');
  await expect(page.getByTestId('vote-projection')).toHaveText('还没有录入票数。');

  await page.getByLabel('赞成', { exact: true }).fill('9');
  await page.getByRole('button', { name: '录入票数' }).click();
  const form = page.locator('form.counts');
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(form.locator('#counts-error')).toContainText('没有录入');
  await expect(page.getByLabel('赞成', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(openVote(page).getByTestId('tally-yes')).toContainText('0');
  // Another step clears the error, never the note: the 9 in the box is still not recorded.
  await page
    .locator('.signin-list')
    .getByRole('button', { name: /^赵丽华/ })
    .click();
  await expect(form.locator('#counts-error')).toContainText('没有录入');

  await page.getByLabel('赞成', { exact: true }).fill('4');
  await page.getByRole('button', { name: '录入票数' }).click();
  await expect(form.getByRole('alert')).toBeHidden();
  await expect(page.getByTestId('counts-unsent')).toBeHidden();
  await expect(page.getByTestId('vote-projection')).toHaveText('按已录入票数可通过');
});

test('opening a vote below quorum warns but is allowed', async ({ browser, server }) => {
  const page = await runScreen(browser, server.url, false);
  const warning = page.getByTestId('quorum-warning');
  await expect(warning).toContainText('现在未达法定人数（实到 0 / 应到 6）');
  await page.getByRole('button', { name: /开始表决/ }).click();
  await expect(openVote(page)).toBeVisible();
});

test('sign-in: Enter on the one match, 请假 from the run screen, sign-out with undo', async ({
  browser,
  server,
}) => {
  const page = await runScreen(browser, server.url);
  const card = (name: string) =>
    page.locator('.signin-list').getByRole('button', { name: new RegExp(`^${name}`) });

  // 赵丽华 is the one not signed in: Enter on her single match signs her in.
  await page.keyboard.press('/');
  await page.keyboard.type('赵丽');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signin-said')).toHaveText('赵丽华已签到。');
  await expect(card('赵丽华')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('quorum')).toContainText('实到 6 / 应到 6');
  // A second Enter never signs her out.
  await page.keyboard.type('赵丽');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signin-said')).toHaveText('赵丽华已经签到。');
  await expect(card('赵丽华')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('#signin-search').fill('');

  // A click on a signed-in card signs out and offers the undo.
  await card('陈晓东').click();
  await expect(card('陈晓东')).toHaveAttribute('aria-pressed', 'false');
  const toast = page.getByTestId('signout-toast');
  await expect(toast).toContainText('已为陈晓东签退。');
  await toast.getByRole('button', { name: '撤销签退' }).click();
  await expect(card('陈晓东')).toHaveAttribute('aria-pressed', 'true');
  await expect(toast).toBeHidden();

  // 请假 for someone absent, from this screen.
  await card('陈晓东').click();
  await page.getByRole('button', { name: '为陈晓东登记请假' }).click();
  await expect(card('陈晓东')).toContainText('请假');
  await expect(toast).toBeHidden();
});

test('散会 asks first; Esc keeps the meeting open, Enter adjourns', async ({ browser, server }) => {
  const page = await runScreen(browser, server.url);
  await page.getByRole('button', { name: '散会与记录' }).click();
  await page.getByRole('button', { name: '宣布散会' }).click();
  const ask = page.getByRole('dialog', { name: '宣布散会？' });
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('closed-at')).toBeHidden();
  await page.getByRole('button', { name: '宣布散会' }).click();
  await expect(ask.getByRole('button', { name: '确认散会' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('closed-at')).toBeVisible();
});

test('the chair’s timer turns amber and red like the projector’s', async ({ browser, server }) => {
  const page = await runScreen(browser, server.url);
  await page.clock.install();
  await page.reload();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.getByLabel('输入姓名，申请发言').fill('李秀兰');
  await page.getByRole('button', { name: '李秀兰 申请发言' }).click();
  await page.getByRole('button', { name: /请下一位发言/ }).click();
  const clock = page.locator('.timer-clock');
  await expect(page.getByTestId('timer')).toHaveText('3:00');
  await expect(clock).toHaveAttribute('data-phase', 'normal');
  await page.clock.fastForward('02:40');
  await expect(clock).toHaveAttribute('data-phase', 'warn');
  await page.clock.fastForward('00:30');
  await expect(clock).toHaveAttribute('data-phase', 'overrun');
  await expect(page.getByTestId('timer')).toHaveText(/^\+0:\d\d$/);
});

test('投屏控制 closes with Esc and a click outside, and covers neither timer nor votes', async ({
  browser,
  server,
}) => {
  const page = await runScreen(browser, server.url);
  const toggle = page.getByRole('button', { name: '投屏控制' });
  const panel = page.getByRole('group', { name: '投屏控制' });
  await toggle.click();
  await expect(panel).toBeVisible();
  for (const selector of ['.panel.timer', '.panel.votes']) {
    const a = await panel.boundingBox();
    const b = await page.locator(selector).boundingBox();
    if (!a || !b) throw new Error(`no box for ${selector}`);
    const overlap =
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap, `${selector} is covered`).toBe(false);
  }
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await expect(panel).toBeVisible();
  await page.locator('#item-heading').click();
  await expect(panel).toBeHidden();
});

test('the projector keeps its own language; ⏸ and ✓ are drawn, not borrowed from a font', async ({
  browser,
  server,
}) => {
  const page = await runScreen(browser, server.url);
  const projector = await page.context().newPage();
  await projector.goto(`${server.url}/projector`);
  await expect(projector.getByTestId('projector-attendance')).toHaveText('实到 5/6 人');
  await page.getByRole('button', { name: '投屏控制' }).click();
  await page.getByLabel('投影语言').selectOption('en');
  await expect(projector.getByTestId('projector-attendance')).toHaveText('Present 5/6');
  // The console stays in its own language.
  await expect(page.getByRole('button', { name: '会议进行' })).toBeVisible();

  // Defer the item: the agenda board shows the pause mark as an inline SVG.
  await page.getByRole('button', { name: '暂缓', exact: true }).click();
  const mark = projector.locator('[data-status=deferred] .pj-mark');
  await expect(mark.locator('svg[data-icon=pause]')).toBeVisible();
  expect(await mark.textContent()).toBe('');
});

test('the LAN page fits a phone held upright (360x740)', async ({ browser, server }) => {
  const page = await runScreen(browser, server.url);
  await page.getByLabel('输入姓名，申请发言').fill('李秀兰');
  await page.getByRole('button', { name: '李秀兰 申请发言' }).click();
  await page.getByRole('button', { name: /请下一位发言/ }).click();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await context.newPage();
  await phone.goto(`${server.url}/projector`);
  await expect(phone.getByTestId('projector-countdown')).toBeVisible();
  const title = await phone.locator('.pj-title').boundingBox();
  // One character per line would make the title a few dozen pixels wide.
  expect(title?.width ?? 0).toBeGreaterThan(200);
  const widest = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(widest).toBeLessThanOrEqual(360);
  const digits = await phone.locator('.pj-countdown-digits').boundingBox();
  expect((digits?.x ?? 0) + (digits?.width ?? 999)).toBeLessThanOrEqual(360);
  await context.close();
});

test('axe: the changed run screens and the phone page', async ({ browser, server }) => {
  const page = await runScreen(browser, server.url, false);
  await expect(page.getByTestId('quorum-warning')).toBeVisible();
  await page.getByRole('button', { name: /开始表决/ }).click();
  await page.getByLabel('赞成', { exact: true }).fill('9');
  await page.getByRole('button', { name: '录入票数' }).click();
  await expect(page.locator('form.counts').getByRole('alert')).toBeVisible();
  const card = page.locator('.signin-list').getByRole('button', { name: /^张建国/ });
  await card.click();
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  await card.click();
  await expect(page.getByTestId('signout-toast')).toBeVisible();
  await expectAccessible(page, 'run');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('v');
  await expect(page.getByRole('dialog', { name: '结束表决？' })).toBeVisible();
  await expectAccessible(page, 'confirm');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '投屏控制' }).click();
  await expectAccessible(page, 'projector controls');
  const phone = await (
    await browser.newContext({ viewport: { width: 360, height: 740 } })
  ).newPage();
  await phone.goto(`${server.url}/projector`);
  await expect(phone.getByTestId('open-vote').or(phone.locator('.pj-vote'))).toBeVisible();
  await expectAccessible(phone, 'phone');
});

test('a roll call on the projector counts ballots against those present (已投 n/m 票)', async ({
  browser,
  server,
}) => {
  const page = await runScreen(browser, server.url);
  const projector = await page.context().newPage();
  await projector.goto(`${server.url}/projector`);
  await page.getByLabel('表决方式').selectOption({ label: '记名表决' });
  await page.getByRole('button', { name: /开始表决/ }).click();
  await expect(projector.getByText('已投 0/5 票')).toBeVisible();
});
