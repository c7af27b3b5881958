import http from 'node:http';
import WebSocket from 'ws';
import type { Browser, Page } from '@playwright/test';
import { connectChair, prepareMeeting } from './chair-client';
import { confirmStep } from './chair-helpers';
import { expect, test } from './fixtures';

/** Turns on the LAN display from the chair console's panel and reads the URL it shows the chair. */
async function turnOnLanFromChair(chair: Page): Promise<string> {
  await chair.getByRole('button', { name: '投屏控制' }).click();
  await chair.getByLabel('开启局域网投屏').click();
  await expect(chair.getByLabel('开启局域网投屏')).toBeChecked();
  await expect(chair.getByRole('img', { name: '局域网投屏地址二维码' })).toBeVisible();
  const shown = (await chair.getByTestId('lan-urls').locator('code').first().textContent()) ?? '';
  // The chair sees the machine's LAN address; the test stays on loopback (same listener, 0.0.0.0).
  const url = new URL(shown);
  url.hostname = '127.0.0.1';
  return url.toString();
}

async function page(
  browser: Browser,
  url: string,
  viewport = { width: 1024, height: 768 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const opened = await context.newPage();
  await opened.goto(url);
  return opened;
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .once('error', reject);
  });
}

function wsRefused(url: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
  });
}

test('every chair action appears on the local projector and on the LAN display', async ({
  browser,
  server,
}) => {
  const chairApi = await connectChair(server.url);
  const meetingId = await prepareMeeting(chairApi);
  const chair = await page(browser, `${server.url}/#meeting=${meetingId}`, {
    width: 1366,
    height: 768,
  });
  const lanUrl = await turnOnLanFromChair(chair);
  const local = await page(browser, `${server.url}/projector`);
  const lan = await page(browser, lanUrl);
  const screens = [local, lan];

  for (const screen of screens) {
    await expect(screen.getByRole('heading', { level: 1, name: '幸福里小区议事会' })).toBeVisible();
    await expect(screen.getByTestId('projector-attendance')).toHaveText('实到 5/6 人');
    await expect(screen.getByTestId('projector-agenda')).toBeVisible();
  }

  // The chair acts in the console (its panels, buttons and keys); the residents' requests to
  // speak arrive through the API as they would from another chair window.
  await chair.getByRole('button', { name: '投屏控制' }).click();

  // Next item (I): the item goes on screen.
  await chair.locator('body').click({ position: { x: 1, y: 300 } });
  await chair.keyboard.press('i');
  for (const screen of screens)
    await expect(screen.getByTestId('projector-item')).toHaveText('3号楼加装电梯费用分摊方案');

  // Next speaker: name, countdown and the queue behind.
  await chairApi.dispatch(meetingId, { type: 'queue/request', memberId: 'm2', stance: 'pro' });
  await chairApi.dispatch(meetingId, { type: 'queue/request', memberId: 'm3' });
  await chairApi.dispatch(meetingId, { type: 'queue/request', memberId: 'm4' });
  await chair.getByRole('button', { name: /请下一位发言/ }).click();
  for (const screen of screens) {
    await expect(screen.getByTestId('projector-speaker')).toContainText('李秀兰');
    await expect(screen.getByTestId('projector-countdown')).toContainText(/^[23]:\d\d/);
    await expect(screen.getByTestId('projector-queue')).toContainText('王志强');
  }
  // Both screens run the countdown from the recorded start: the same to the second.
  const [localTime, lanTime] = await Promise.all(
    screens.map((screen) =>
      screen.getByTestId('projector-countdown').locator('span').first().textContent(),
    ),
  );
  expect(Math.abs(seconds(localTime) - seconds(lanTime))).toBeLessThanOrEqual(1);
  await chair.getByRole('button', { name: /结束发言/ }).click();

  // Vote: question, live counts, then the result.
  await chair.getByLabel('表决方式').selectOption({ label: '举手表决' });
  await chair.getByLabel('表决事项').fill('是否同意按楼层系数分摊加装电梯费用？');
  await chair.getByRole('button', { name: /开始表决/ }).click();
  for (const screen of screens)
    await expect(screen.getByTestId('projector-vote-question')).toHaveText(
      '是否同意按楼层系数分摊加装电梯费用？',
    );
  await chair.getByLabel('赞成', { exact: true }).fill('4');
  await chair.getByLabel('反对', { exact: true }).fill('1');
  await chair.getByLabel('弃权', { exact: true }).fill('0');
  await chair.getByRole('button', { name: '录入票数' }).click();
  for (const screen of screens) {
    await expect(screen.getByTestId('projector-count-yes')).toHaveText('4');
    await expect(screen.getByTestId('projector-count-no')).toHaveText('1');
  }
  await chair.getByRole('button', { name: /结束表决/ }).click();
  await confirmStep(chair, '确认结束表决');
  for (const screen of screens) {
    await expect(screen.getByTestId('projector-result')).toHaveText('通过');
    // The base and threshold in numbers: 5 of 6 present, 4 of 6 members in favour.
    await expect(screen.getByTestId('projector-checks')).toContainText('4/6');
  }

  // Next item: the first is marked done on the agenda, then the second goes on screen.
  await chair.getByRole('button', { name: '结束本议题', exact: true }).click();
  for (const screen of screens)
    await expect(screen.getByTestId('projector-agenda').locator('[data-status=closed]')).toHaveText(
      /3号楼加装电梯/,
    );
  await chair.locator('body').click({ position: { x: 1, y: 300 } });
  await chair.keyboard.press('i');
  for (const screen of screens)
    await expect(screen.getByTestId('projector-item')).toHaveText('小区公共晾晒区改造');

  // The chair's announcement, typed in the console's 投屏公告 form: Enter sends it (the form
  // submits though its button is a plain one), and so does the button.
  await chair.getByLabel('公告内容').fill('请关闭手机铃声');
  await chair.getByLabel('公告内容').press('Enter');
  for (const screen of screens)
    await expect(screen.getByTestId('projector-message')).toHaveText('请关闭手机铃声');
  await expect(chair.getByLabel('公告内容')).toHaveValue('');
  await chair.getByLabel('公告内容').fill('请各位代表发言时使用话筒');
  await chair.getByRole('button', { name: '投到大屏' }).click();
  for (const screen of screens)
    await expect(screen.getByTestId('projector-message')).toHaveText('请各位代表发言时使用话筒');

  // Blank and theme from the chair console (its projector panel) reach both screens.
  await chair.getByRole('button', { name: /投屏控制/ }).click();
  await chair.getByLabel('黑屏（暂停显示）').click();
  await expect(chair.getByLabel('黑屏（暂停显示）')).toBeChecked();
  for (const screen of screens) await expect(screen.getByTestId('projector-blank')).toBeVisible();
  await chair.getByLabel('黑屏（暂停显示）').click();
  await expect(chair.getByLabel('黑屏（暂停显示）')).not.toBeChecked();
  await chair.getByLabel('配色').selectOption('dark');
  for (const screen of screens)
    await expect(screen.locator('main.projector')).toHaveClass(/theme-dark/);

  // Freeze: the room keeps the picture while the chair prepares the next step; unfreezing catches up.
  await chair.getByLabel('定格当前画面').click();
  await expect(chair.getByLabel('定格当前画面')).toBeChecked();
  await chairApi.dispatch(meetingId, {
    type: 'display/setMessage',
    text: '下一项：表决晾晒区方案',
  });
  await chair.waitForTimeout(500);
  for (const screen of screens)
    await expect(screen.getByTestId('projector-message')).toHaveText('请各位代表发言时使用话筒');
  await chair.getByLabel('定格当前画面').click();
  for (const screen of screens)
    await expect(screen.getByTestId('projector-message')).toHaveText('下一项：表决晾晒区方案');

  // The LAN page offers nothing to press or type into.
  expect(await lan.locator('button, input, select, textarea, a[href]').count()).toBe(0);
  chairApi.close();
});

test('the LAN display refuses missing, wrong and old tokens, and never accepts a command', async ({
  browser,
  server,
}) => {
  const chairApi = await connectChair(server.url);
  await prepareMeeting(chairApi);
  // Off by default, and the console itself listens on loopback only.
  expect(await chairApi.call('lan/status', {})).toMatchObject({
    ok: true,
    value: { enabled: false, urls: [], qrSvg: null },
  });
  expect(new URL(server.url).hostname).toBe('127.0.0.1');
  const chair = await page(browser, `${server.url}/`, { width: 1366, height: 768 });
  const lanUrl = new URL(await turnOnLanFromChair(chair));
  const token = lanUrl.searchParams.get('token') ?? '';
  const base = `http://127.0.0.1:${lanUrl.port}`;
  const socket = (t: string | null) =>
    `ws://127.0.0.1:${lanUrl.port}/ws/lan${t === null ? '' : `?token=${t}`}`;

  expect(await httpStatus(`${base}/lan?token=${token}`)).toBe(200);
  expect(await httpStatus(`${base}/lan`)).toBe(403);
  expect(await httpStatus(`${base}/lan?token=guess`)).toBe(403);
  // The chair console and its socket do not exist on the LAN listener at all.
  expect(await httpStatus(`${base}/`)).toBe(404);
  expect(await wsRefused(`ws://127.0.0.1:${lanUrl.port}/ws/chair`)).toBe(403);
  expect(await wsRefused(socket(null))).toBe(403);

  // A valid LAN socket receives the view but every request on it is refused.
  const ws = new WebSocket(socket(token));
  const frames: Array<{
    kind: string;
    id?: number;
    result?: { ok: boolean; error?: { code: string } };
  }> = [];
  ws.on('message', (data) => frames.push(JSON.parse(String(data)) as (typeof frames)[number]));
  await new Promise((resolve) => ws.once('open', resolve));
  for (const [id, channel, request] of [
    [
      1,
      'meeting/dispatch',
      { meetingId: 'x', command: { type: 'display/setMessage', text: '入侵' } },
    ],
    [2, 'meetings/list', {}],
    [3, 'lan/rotateToken', {}],
    [4, 'projector/setControl', { blank: true }],
  ] as const) {
    ws.send(JSON.stringify({ id, channel, request }));
  }
  await expect.poll(() => frames.filter((frame) => frame.kind === 'response').length).toBe(4);
  for (const frame of frames.filter((entry) => entry.kind === 'response')) {
    expect(frame.result).toMatchObject({ ok: false, error: { code: 'api.forbidden' } });
  }
  expect(frames.some((frame) => frame.kind === 'push')).toBe(true);

  // Rotating the token disconnects the old socket and refuses the old token from then on.
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await chair.getByRole('button', { name: '更换访问码（已连接的设备将断开）' }).click();
  expect(await closed).toBe(4001);
  expect(await httpStatus(`${base}/lan?token=${token}`)).toBe(403);
  expect(await wsRefused(socket(token))).toBe(403);
  // The console shows the new address once its answer arrives (the old socket may close first).
  await expect(chair.getByTestId('lan-urls').locator('code').first()).not.toContainText(token);
  const fresh = new URL(
    (await chair.getByTestId('lan-urls').locator('code').first().textContent()) ?? '',
  );
  expect(fresh.searchParams.get('token')).not.toBe(token);
  expect(await httpStatus(`${base}/lan?token=${fresh.searchParams.get('token')}`)).toBe(200);

  // Turned off: nothing listens on the LAN port any more.
  await chair.getByLabel('开启局域网投屏').click();
  await expect(chair.getByTestId('lan-urls')).toHaveCount(0);
  await expect(
    httpStatus(`${base}/lan?token=${fresh.searchParams.get('token')}`),
  ).rejects.toThrow();
  chairApi.close();
});

function seconds(text: string | null | undefined): number {
  const [minutes, secs] = (text ?? '0:00').replace('+', '').split(':').map(Number);
  return (minutes ?? 0) * 60 + (secs ?? 0);
}
