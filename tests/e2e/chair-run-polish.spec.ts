import type { Browser, Page } from '@playwright/test';
import { connectChair, prepareMeeting } from './chair-client';
import { expect, test } from './fixtures';

// The run screen's leftovers from issue 13: the 投屏控制 panel covers none of the controls the
// chair needs while it is open, a double click on a sign-in card is one step, and the meeting's
// own private memo.

type Size = Readonly<{ width: number; height: number }>;

/** The commands the page of the current test sent, in order. */
const sent: string[] = [];

/** A live meeting (6 members, 5 signed in), item 1 on the floor, on the run screen. */
async function runScreen(browser: Browser, url: string, size: Size): Promise<Page> {
  const api = await connectChair(url);
  const meetingId = await prepareMeeting(api);
  await api.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  api.close();
  const context = await browser.newContext({ viewport: size, locale: 'zh-CN' });
  const page = await context.newPage();
  // Every command the console sends, by type, read off its WebSocket.
  sent.length = 0;
  page.on('websocket', (socket) =>
    socket.on('framesent', (frame) => {
      const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString();
      const match = /"command":\{"type":"([^"]+)"/.exec(text);
      if (match?.[1]) sent.push(match[1]);
    }),
  );
  await page.goto(`${url}/#meeting=${meetingId}`);
  await expect(page.getByRole('button', { name: '会议进行' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator('#item-heading')).toHaveText('3号楼加装电梯费用分摊方案');
  return page;
}

/** Whether two boxes share any area. */
function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const) {
  test(`投屏控制 at ${size.width}: covers neither the timer, the vote, undo nor the shortcuts`, async ({
    browser,
    server,
  }) => {
    const page = await runScreen(browser, server.url, size);
    await page.getByRole('button', { name: /开始表决/ }).click();
    await expect(page.getByTestId('open-vote')).toBeVisible();
    await page.getByRole('button', { name: '投屏控制' }).click();
    const panel = page.getByRole('group', { name: '投屏控制' });
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    if (!box) throw new Error('no panel box');
    const undo = page.getByRole('button', { name: /^撤销/ });
    const shortcuts = page.getByRole('button', { name: /快捷键/ });
    for (const [name, target] of [
      ['timer', page.locator('.panel.timer')],
      ['votes', page.locator('.panel.votes')],
      ['undo', undo],
      ['shortcuts', shortcuts],
    ] as const) {
      const other = await target.boundingBox();
      if (!other) throw new Error(`no box for ${name}`);
      expect(overlaps(box, other), `${name} is covered`).toBe(false);
    }
    // Nothing lies over the undo button: a trial click finds the button under the pointer.
    await undo.click({ trial: true, timeout: 2000 });
  });
}

test('a double click on a sign-in card is one step: one command, no error on the row', async ({
  browser,
  server,
}) => {
  const page = await runScreen(browser, server.url, { width: 1366, height: 768 });
  const row = (name: string) =>
    page
      .locator('.signin-row')
      .filter({ has: page.getByRole('button', { name: new RegExp(`^${name}`) }) });
  const card = (name: string) => row(name).getByRole('button', { name: new RegExp(`^${name}`) });
  await card('赵丽华').dblclick();
  await expect(card('赵丽华')).toHaveAttribute('aria-pressed', 'true');
  await card('张建国').dblclick();
  await expect(card('张建国')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('signout-toast')).toBeVisible();
  // One more round trip: an answer to a second command would have come back before this one.
  await page.getByLabel('输入姓名，申请发言').fill('李秀兰');
  await page.getByRole('button', { name: '李秀兰 申请发言' }).click();
  await expect(page.locator('.queue-scroll')).toContainText('李秀兰');
  expect(sent.filter((type) => type.startsWith('roster/'))).toEqual([
    'roster/signIn',
    'roster/signOut',
  ]);
  await expect(row('赵丽华').getByRole('alert')).toHaveCount(0);
  await expect(row('张建国').getByRole('alert')).toHaveCount(0);
  // A later click is a new step again: 张建国 signs back in.
  await card('张建国').click();
  await expect(card('张建国')).toHaveAttribute('aria-pressed', 'true');
});

test('the meeting’s private memo: typed on the run screen, kept, never on the projector or in the minutes', async ({
  browser,
  server,
}) => {
  const page = await runScreen(browser, server.url, { width: 1366, height: 768 });
  const projector = await page.context().newPage();
  const frames: string[] = [];
  projector.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));
  await projector.goto(`${server.url}/projector`);
  await expect(projector.locator('body')).toContainText('3号楼加装电梯费用分摊方案');

  const memo = page.getByRole('textbox', { name: '全会备忘（仅自己可见，不打印）' });
  const box = page.getByTestId('meeting-private-notes');
  await memo.fill('散会前提醒物业确认电梯报价单');
  await expect(box).toContainText('尚未保存');
  await memo.press('Tab');
  await expect(box).toContainText('已保存');
  // The item's own memo is another box: it stays empty.
  await expect(page.getByRole('textbox', { name: '主持人备忘（仅自己可见，不打印）' })).toHaveValue(
    '',
  );

  // Stored with the meeting: it comes back after a reload, and on another item.
  await page.reload();
  await expect(memo).toHaveValue('散会前提醒物业确认电梯报价单');
  await page.getByRole('button', { name: /结束本议题，进入下一议题/ }).click();
  await expect(page.locator('#item-heading')).toHaveText('小区公共晾晒区改造');
  await expect(memo).toHaveValue('散会前提醒物业确认电梯报价单');

  // Never printed, never shown to the room.
  await page.getByRole('button', { name: '散会与记录' }).click();
  await expect(page.locator('.doc-page').first()).toBeVisible();
  await expect(page.locator('.doc-page').first()).not.toContainText('电梯报价单');
  await expect(projector.locator('body')).toContainText('小区公共晾晒区改造');
  expect(frames.join('\n')).not.toContain('电梯报价单');
});
