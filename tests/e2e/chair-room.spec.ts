import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import { connectChair, prepareMeeting, type ChairClient } from './chair-client';
import { expect, test } from './fixtures';
import { expectAccessible } from './axe';

// Issue 16, the chair's side of 现场互动: turned on from 投屏控制 (QR, address, short code), a
// phone asks to join with the room token and waits on the run screen beside the sign-in grid,
// Enter confirms it, the card shows the phone, release forgets it, rotate changes every code;
// the projector shows the room's corner and a vote's total split by channel. Screenshots in each
// language at both laptop sizes (CONSOLE_SHOTS_DIR) and no serious or critical axe violation.

const SHOTS = process.env.CONSOLE_SHOTS_DIR ?? join('test-results', 'chair-room');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LOCALES = [
  {
    locale: 'zh-CN',
    run: '会议进行',
    panel: '投屏控制',
    split: /手机 1 · 举手 4/,
    twice: /手机已投 1，举手或纸票计 6，合计超过到会的 6/,
  },
  {
    locale: 'zh-TW',
    run: '會議進行',
    panel: '投影控制',
    split: /手機 1 · 舉手 4/,
    twice: /手機已投 1，舉手或紙票計 6，合計超過到會的 6/,
  },
  {
    locale: 'en',
    run: 'Run',
    panel: 'Projector',
    split: /1 by phone · 4 by show of hands/,
    twice: /1 voted on phones and 6 by hands or paper: together more than the 6 present/,
  },
] as const;

type Frame = {
  kind: string;
  id?: number;
  channel?: string;
  payload?: unknown;
  result?: { ok: boolean; value?: unknown; error?: unknown };
};

/** A phone's socket (guest or participant) on the LAN listener, with the Origin it would send. */
async function phoneSocket(url: string, origin: string) {
  const ws = new WebSocket(url, { headers: { Origin: origin } });
  const frames: Frame[] = [];
  const listeners = new Set<() => void>();
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Frame);
    for (const listener of listeners) listener();
  });
  let closeCode: number | null = null;
  ws.on('close', (code) => {
    closeCode = code;
    for (const listener of listeners) listener();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const until = <T>(find: () => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer from the room')), 15_000);
      const check = () => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(found);
      };
      listeners.add(check);
      check();
    });
  let nextId = 1;
  return {
    async call(channel: string, request: unknown) {
      const id = nextId++;
      ws.send(JSON.stringify({ id, channel, request }));
      const frame = await until(() => frames.find((f) => f.kind === 'response' && f.id === id));
      return frame.result ?? { ok: false };
    },
    push: (channel: string) =>
      until(() => frames.find((f) => f.kind === 'push' && f.channel === channel)?.payload),
    closed: () => until(() => closeCode ?? undefined),
    close: () => ws.close(),
  };
}

type Room = { urls: string[]; shortCode: string | null; waiting: unknown[] };

async function roomStatus(chair: ChairClient): Promise<Room> {
  const result = await chair.call('room/status', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as Room;
}

/** A guest with the room QR asks to join as `memberId`; resolves to its socket. */
async function askToJoin(room: Room, memberId: string, joinId: string) {
  const url = new URL(room.urls[0] ?? '');
  const token = url.searchParams.get('room') ?? '';
  const guest = await phoneSocket(
    `ws://${url.host}/ws/guest?room=${encodeURIComponent(token)}`,
    url.origin,
  );
  const asked = await guest.call('join/request', { memberId, joinId });
  expect(asked.ok).toBe(true);
  return { guest, origin: url.origin, host: url.host };
}

async function openRoomPanel(page: Page, panel: string) {
  await page.getByRole('button', { name: panel }).first().click();
  await expect(page.getByTestId('room-panel')).toBeVisible();
  await page.getByTestId('room-panel').evaluate((el) => el.scrollIntoView());
}

test('the chair turns the room on, confirms a phone with Enter, releases it and rotates the codes', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const chair = await connectChair(server.url);
  const meetingId = await prepareMeeting(chair);
  await page.setViewportSize(SIZES[0]);
  await page.addInitScript(() => localStorage.setItem('yishiting.locale', 'zh-CN'));
  await page.goto(`${server.url}/#meeting=${meetingId}`);
  await page.getByRole('button', { name: '会议进行', exact: true }).click();

  // Off by default; on, the QR, the address and the six digits.
  await openRoomPanel(page, '投屏控制');
  const toggle = page.getByTestId('room-toggle');
  await expect(toggle).not.toBeChecked();
  await expect(page.getByTestId('room-qr')).toHaveCount(0);
  // A controlled box: it turns checked when main answers, not at the click.
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page.getByTestId('room-qr')).toBeVisible();
  await expect(page.getByTestId('room-short-code')).toHaveText(/^\d{3} \d{3}$/);
  const room = await roomStatus(chair);
  // The address to type is the join page without the token: the page asks for the short code.
  const typed = new URL(room.urls[0] ?? 'http://none');
  await expect(page.getByTestId('room-urls')).toHaveText(`${typed.origin}/join`);
  await expect(page.getByTestId('room-short-code')).toHaveText(
    `${room.shortCode?.slice(0, 3)} ${room.shortCode?.slice(3)}`,
  );
  // The personal slips come as a PDF while the room is on.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '打印个人入场条' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('room-panel')).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'panel-on-zh-CN-1366.png') });
  await page.keyboard.press('Escape');

  // 赵丽华 (m6, not signed in) asks from her phone: she waits beside the sign-in grid.
  const { guest, origin, host } = await askToJoin(room, 'm6', 'join-zhao-0001');
  const waiting = page.getByTestId('room-waiting-run');
  await expect(waiting).toContainText('赵丽华');
  // Enter, with the focus on nothing in particular, confirms the first in line.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Enter');
  const decided = (await guest.push('join/decided')) as {
    accepted: boolean;
    deviceKey: string | null;
  };
  expect(decided.accepted).toBe(true);
  await expect(waiting).toHaveCount(0);
  const card = page.locator('.signin-row', { hasText: '赵丽华' });
  await expect(card.getByTestId('signin-phone-m6')).toBeVisible();
  guest.close();

  // Her phone signs her in: the card turns present and says so.
  const phone = await phoneSocket(
    `ws://${host}/ws/participant?key=${encodeURIComponent(decided.deviceKey ?? '')}`,
    origin,
  );
  expect((await phone.call('participant/signIn', {})).ok).toBe(true);
  await expect(card.getByRole('button', { name: /赵丽华/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(card.locator('[data-icon="phone"]')).toHaveAttribute('aria-label', '手机签到');

  // Released from the panel: the phone is disconnected and the list is empty.
  await openRoomPanel(page, '投屏控制');
  await expect(page.getByTestId('room-devices')).toContainText('赵丽华');
  await page.getByRole('button', { name: /解除赵丽华的手机/ }).click();
  await expect(page.getByTestId('room-devices')).not.toContainText('赵丽华');
  expect(await phone.closed()).toBe(4001);

  // Rotate asks once more, then every code is new.
  await page.getByRole('button', { name: '更换全部入场码' }).click();
  await page.getByRole('button', { name: '确定更换' }).click();
  await expect.poll(async () => (await roomStatus(chair)).urls[0]).not.toBe(room.urls[0]);
  const rotated = await roomStatus(chair);
  await expect(page.getByTestId('room-short-code')).toHaveText(
    `${rotated.shortCode?.slice(0, 3)} ${rotated.shortCode?.slice(3)}`,
  );

  // Off again: nothing of the room is left on the panel.
  await page.getByTestId('room-toggle').click();
  await expect(page.getByTestId('room-toggle')).not.toBeChecked();
  await expect(page.getByTestId('room-qr')).toHaveCount(0);
  chair.close();
});

for (const { locale, run, panel, split, twice } of LOCALES) {
  test(`the room's screens in ${locale}: panel, waiting list, projector corner and split tally`, async ({
    page,
    context,
    server,
  }) => {
    test.setTimeout(180_000);
    mkdirSync(SHOTS, { recursive: true });
    const chair = await connectChair(server.url);
    const meetingId = await prepareMeeting(chair);
    await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
    await page.addInitScript((l) => localStorage.setItem('yishiting.locale', l), locale);
    await page.goto(`${server.url}/#meeting=${meetingId}`);
    await page.getByRole('button', { name: run, exact: true }).click();
    const on = await chair.call('room/set', { enabled: true, meetingId });
    expect(on.ok).toBe(true);
    const room = await roomStatus(chair);

    // The projector shows the room's column beside the item while no vote is on.
    const projector = await context.newPage();
    await projector.addInitScript((l) => localStorage.setItem('yishiting.locale', l), locale);
    await projector.goto(`${server.url}/projector`);
    await expect(projector.getByTestId('projector-room')).toBeVisible();
    for (const size of SIZES) {
      await projector.setViewportSize(size);
      await projector.screenshot({
        path: join(SHOTS, `projector-item-${locale}-${size.width}.png`),
      });
    }

    // Two phones wait: the list beside the sign-in grid, and the panel.
    const first = await askToJoin(room, 'm6', 'join-zhao-0001');
    const second = await askToJoin(room, 'm2', 'join-li-00001');
    await expect(page.getByTestId('room-waiting-run')).toContainText('赵丽华');
    await expect(page.getByTestId('room-waiting-run')).toContainText('李秀兰');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(SHOTS, `run-waiting-${locale}-${size.width}.png`) });
    }
    await expectAccessible(page, 'run with the waiting list');
    await openRoomPanel(page, panel);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(SHOTS, `panel-${locale}-${size.width}.png`) });
    }
    await expectAccessible(page, '现场互动 panel');
    await page.keyboard.press('Escape');

    // 赵丽华 joins and votes yes on her phone; the chair counts 4 hands among the others.
    const confirmed = await chair.call('room/confirm', { joinId: 'join-zhao-0001' });
    expect(confirmed.ok).toBe(true);
    const decided = (await first.guest.push('join/decided')) as { deviceKey: string };
    await chair.call('room/reject', { joinId: 'join-li-00001' });
    first.guest.close();
    second.guest.close();
    const phone = await phoneSocket(
      `ws://${first.host}/ws/participant?key=${encodeURIComponent(decided.deviceKey)}`,
      first.origin,
    );
    expect((await phone.call('participant/signIn', {})).ok).toBe(true);
    await chair.dispatch(meetingId, {
      type: 'vote/open',
      voteId: 'v1',
      method: 'hands',
      question: '同意3号楼加装电梯费用分摊方案',
    });
    const voted = await phone.call('participant/vote', {
      voteId: 'v1',
      ballotId: 'ballot-zhao-0001',
      choice: 'yes',
    });
    expect(voted.ok).toBe(true);
    // Six hands with one phone among six present: the core refuses, and the console says why.
    await page.locator('#count-yes').fill('6');
    await page.locator('form.counts button[type=submit]').click();
    await expect(page.locator('.counts-error [role=alert]')).toHaveText(twice);
    await page.locator('#count-yes').fill('3');
    await page.locator('#count-no').fill('1');
    await page.locator('form.counts button[type=submit]').click();
    await expect(page.locator('.counts-error')).toHaveCount(0);
    await expect(page.getByTestId('vote-split')).toBeVisible();
    await expect(page.getByTestId('counts-exclude')).toBeVisible();
    await expect(page.getByTestId('vote-phone-voters')).toContainText('赵丽华');
    await page.getByTestId('vote-phones').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(SHOTS, `run-vote-${locale}-${size.width}.png`) });
    }
    await expectAccessible(page, 'run with a phone ballot');

    await expect(projector.getByTestId('projector-room')).toBeVisible();
    await expect(projector.getByTestId('projector-room-code')).toHaveText(
      `${room.shortCode?.slice(0, 3)} ${room.shortCode?.slice(3)}`,
    );
    await expect(projector.getByTestId('projector-room-url')).toHaveText(
      `${new URL(room.urls[0] ?? 'http://none').origin}/join`,
    );
    // The room's code only: no personal code and no room token to type.
    expect(await projector.content()).not.toMatch(/join\?(code|room)=/);
    await expect(projector.getByTestId('projector-count-yes')).toHaveText('4');
    await expect(projector.getByTestId('projector-split')).toHaveText(split);
    for (const size of SIZES) {
      await projector.setViewportSize(size);
      await projector.screenshot({ path: join(SHOTS, `projector-${locale}-${size.width}.png`) });
    }
    await expectAccessible(projector, 'projector with the room');
    // The result takes the whole width: the corner steps aside.
    await chair.dispatch(meetingId, { type: 'vote/close' });
    await expect(projector.getByTestId('projector-result')).toBeVisible();
    await expect(projector.getByTestId('projector-room')).toHaveCount(0);
    await expect(projector.getByTestId('projector-split')).toHaveText(split);
    await expect(page.getByTestId('vote-record-split')).toBeVisible();
    await projector.screenshot({ path: join(SHOTS, `projector-result-${locale}-1920.png`) });
    phone.close();
    chair.close();
  });
}

test('a secret ballot on a phone: the console and the projector say only how many, until close', async ({
  page,
  context,
  server,
}) => {
  test.setTimeout(120_000);
  const chair = await connectChair(server.url);
  const meetingId = await prepareMeeting(chair);
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  await page.setViewportSize(SIZES[0]);
  await page.addInitScript(() => localStorage.setItem('yishiting.locale', 'zh-CN'));
  await page.goto(`${server.url}/#meeting=${meetingId}`);
  await page.getByRole('button', { name: '会议进行', exact: true }).click();
  expect((await chair.call('room/set', { enabled: true, meetingId })).ok).toBe(true);
  const { guest, origin, host } = await askToJoin(await roomStatus(chair), 'm6', 'join-zhao-0002');
  expect((await chair.call('room/confirm', { joinId: 'join-zhao-0002' })).ok).toBe(true);
  const { deviceKey } = (await guest.push('join/decided')) as { deviceKey: string };
  guest.close();
  const phone = await phoneSocket(
    `ws://${host}/ws/participant?key=${encodeURIComponent(deviceKey)}`,
    origin,
  );
  expect((await phone.call('participant/signIn', {})).ok).toBe(true);
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'secret',
    question: '同意3号楼加装电梯费用分摊方案',
  });
  await expect(page.getByTestId('vote-secret-line')).toHaveText(
    '本次无记名投票：系统只记录谁已投，不记录谁投了什么。',
  );
  const voted = await phone.call('participant/vote', {
    voteId: 'v1',
    ballotId: 'ballot-zhao-0002',
    choice: 'yes',
  });
  expect(voted.ok).toBe(true);
  await expect(page.getByTestId('vote-phone-count')).toHaveText('手机已投 1 人');
  await expect(page.getByTestId('counts-exclude')).toHaveText('纸质票数（不含手机已投的 1 人）');
  await expect(page.getByTestId('vote-phones')).not.toContainText('赵丽华');

  const projector = await context.newPage();
  await projector.addInitScript(() => localStorage.setItem('yishiting.locale', 'zh-CN'));
  await projector.setViewportSize(SIZES[1]);
  await projector.goto(`${server.url}/projector`);
  await expect(projector.getByTestId('projector-split')).toHaveText('手机已投 1 人');
  // Nothing of the phone's choice before the box is opened at close.
  await expect(projector.getByTestId('projector-count-yes')).toHaveText('0');

  await page.locator('#count-yes').fill('3');
  await page.locator('#count-no').fill('1');
  await page.locator('form.counts button[type=submit]').click();
  await expect(page.locator('.counts-error')).toHaveCount(0);
  await chair.dispatch(meetingId, { type: 'vote/close' });
  await expect(projector.getByTestId('projector-result')).toBeVisible();
  await expect(projector.getByTestId('projector-count-yes')).toHaveText('4');
  await expect(projector.getByTestId('projector-split')).toHaveText('手机 1 · 纸质票 4');
  await expect(page.getByTestId('vote-record-split')).toHaveText('合计 5 票：手机 1 · 纸质票 4');
  phone.close();
  chair.close();
});
