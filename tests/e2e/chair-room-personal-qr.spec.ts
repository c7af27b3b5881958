import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { connectChair, prepareMeeting, type ChairClient } from './chair-client';
import { expect, test } from './fixtures';
import { openPhone, roomStatus } from './phone-kit';
import { expectAccessible } from './axe';

// Issue 16, joining at the door without a slip: the chair shows a member's own QR on the
// console's screen (现场互动 → 在本机屏幕上显示个人二维码), the member's phone scans it and joins as
// that member with no one to confirm, and the dialog goes away. The code is on the chair's
// screen only: the projector page and the LAN display, and every frame they receive, never
// carry it. Screenshots of the dialog at 1366×768 in each language (SHOWQR_SHOTS_DIR).

const SHOTS = process.env.SHOWQR_SHOTS_DIR ?? join('test-results', 'chair-room-personal-qr');
const LOCALES = [
  {
    locale: 'zh-CN',
    run: '会议进行',
    panel: '投屏控制',
    show: '显示二维码',
    warning: '请本人扫码，勿拍照转发',
    close: '关闭',
  },
  {
    locale: 'zh-TW',
    run: '會議進行',
    panel: '投影控制',
    show: '顯示 QR 碼',
    warning: '請本人掃碼，勿拍照轉傳',
    close: '關閉',
  },
  {
    locale: 'en',
    run: 'Run',
    panel: 'Projector',
    show: 'Show QR code',
    warning: 'For this member to scan in person. Do not photograph or forward it.',
    close: 'Close',
  },
] as const;

/** Every text frame a page's sockets receive, from the moment it opens. */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', (frame) => frames.push(String(frame.payload))),
  );
  return frames;
}

/** The QR on the chair's screen read back as a phone camera would (drawn, then scanned). */
async function scanDialogQr(page: Page): Promise<string> {
  const image = page.getByTestId('room-personal-qr');
  await expect(image).toBeVisible();
  const { width, height, data } = await image.evaluate(async (element) => {
    const img = element as HTMLImageElement;
    await img.decode();
    const size = 400;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(img, 0, 0, size, size);
    return {
      width: size,
      height: size,
      data: Array.from(context.getImageData(0, 0, size, size).data),
    };
  });
  const found = jsQR(Uint8ClampedArray.from(data), width, height);
  if (!found) throw new Error('the QR on the screen does not scan');
  return found.data;
}

async function openRoomPanel(page: Page, panel: string) {
  await page.getByRole('button', { name: panel }).first().click();
  await expect(page.getByTestId('room-panel')).toBeVisible();
}

async function consoleWithRoomOn(page: Page, chair: ChairClient, url: string, locale: string) {
  const meetingId = await prepareMeeting(chair);
  expect((await chair.call('room/set', { enabled: true, meetingId })).ok).toBe(true);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addInitScript((l) => localStorage.setItem('yishiting.locale', l), locale);
  await page.goto(`${url}/#meeting=${meetingId}`);
  return meetingId;
}

async function showQrOf(page: Page, memberId: string, show: string) {
  const select = page.getByTestId('room-personal-member');
  await select.scrollIntoViewIfNeeded();
  await select.selectOption(memberId);
  await page.getByRole('button', { name: show, exact: true }).click();
  await expect(page.getByTestId('room-personal-dialog')).toBeVisible();
}

test("a member scans their own QR from the chair's screen and joins; the projector never has it", async ({
  page,
  context,
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  const chair = await connectChair(server.url);
  const meetingId = await consoleWithRoomOn(page, chair, server.url, 'zh-CN');
  await page.getByRole('button', { name: '会议进行', exact: true }).click();

  // The projector window and a TV on the LAN display, both watched from their first frame.
  const projector = await context.newPage();
  const projectorFrames = recordFrames(projector);
  await projector.goto(`${server.url}/projector`);
  await expect(projector.getByTestId('projector-room')).toBeVisible();
  const lanStatus = await chair.call('lan/status', {});
  const lanUrl = (lanStatus.value as { urls: string[] }).urls[0] ?? '';
  const tv = await browser.newPage();
  const tvFrames = recordFrames(tv);
  await tv.goto(lanUrl);
  await expect(tv.getByTestId('projector-room')).toBeVisible();

  // 赵丽华 walks up without her slip: the chair shows her code.
  await openRoomPanel(page, '投屏控制');
  await showQrOf(page, 'm6', '显示二维码');
  const dialog = page.getByTestId('room-personal-dialog');
  await expect(dialog.getByRole('heading', { name: '赵丽华' })).toBeVisible();
  await expect(dialog).toContainText('请本人扫码，勿拍照转发');
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
  const url = await scanDialogQr(page);
  const origin = new URL((await roomStatus(chair)).urls[0] ?? '').origin;
  expect(url).toMatch(new RegExp(`^${origin}/join\\?code=[\\w-]{22,}$`));
  const code = new URL(url).searchParams.get('code') ?? '';

  // While it is open, nothing shared carries it: not the projector, not the LAN display.
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  await expect(projector.getByTestId('projector-room')).toBeVisible();
  for (const screen of [projector, tv]) {
    const html = await screen.content();
    expect(html).not.toContain(code);
    expect(html).not.toContain('join?code');
  }
  expect(projectorFrames.length).toBeGreaterThan(0);
  expect(tvFrames.length).toBeGreaterThan(0);
  for (const frame of [...projectorFrames, ...tvFrames]) {
    expect(frame).not.toContain(code);
    expect(frame).not.toContain('join?code');
  }

  // Her phone opens what it scanned: she is in as herself, no one confirms, and the code goes.
  const phone = await openPhone(browser);
  await phone.page.goto(url);
  await expect(phone.page.getByTestId('phone-signin')).toContainText('赵丽华');
  await expect(dialog).toBeHidden();
  const room = await roomStatus(chair);
  expect(room.waiting).toEqual([]);
  expect(room.devices).toMatchObject([{ memberId: 'm6', how: 'slip' }]);

  // Now she holds a phone: her code is not shown again until the chair releases it.
  await expect(page.getByTestId('room-personal-member')).toContainText('赵丽华（手机已加入）');
  await page.getByRole('button', { name: '显示二维码', exact: true }).click();
  await expect(page.getByTestId('room-panel').getByRole('alert')).toHaveText(
    '该成员已有一部手机加入：请主持人先将其移出',
  );
  await expect(dialog).toBeHidden();

  // Esc closes it, and the panel behind stays open.
  await showQrOf(page, 'm2', '显示二维码');
  await expect(dialog.getByRole('heading', { name: '李秀兰' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('room-panel')).toBeVisible();

  for (const frame of [...projectorFrames, ...tvFrames]) expect(frame).not.toContain('join?code');
  await phone.context.close();
  await tv.close();
  chair.close();
});

for (const { locale, panel, show, warning, close } of LOCALES) {
  test(`the personal QR dialog in ${locale}: words, axe, screenshot at 1366×768`, async ({
    page,
    server,
  }) => {
    test.setTimeout(90_000);
    mkdirSync(SHOTS, { recursive: true });
    const chair = await connectChair(server.url);
    await consoleWithRoomOn(page, chair, server.url, locale);
    await openRoomPanel(page, panel);
    await page.getByTestId('room-personal-member').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `panel-picker-${locale}-1366.png`) });
    await showQrOf(page, 'm3', show);
    const dialog = page.getByTestId('room-personal-dialog');
    await expect(dialog.getByRole('heading', { name: '王志强' })).toBeVisible();
    await expect(dialog).toContainText(warning);
    // The whole dialog fits the laptop's screen: the close button is in view under the QR.
    const button = dialog.getByRole('button', { name: close, exact: true });
    await expect(button).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('room-personal-qr')).toBeInViewport({ ratio: 1 });
    await expectAccessible(page, `personal QR ${locale}`, { include: 'dialog[open]', all: true });
    await page.screenshot({ path: join(SHOTS, `dialog-${locale}-1366.png`) });
    await button.click();
    await expect(dialog).toBeHidden();
    chair.close();
  });
}
