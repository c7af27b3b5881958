import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, WebSocketRoute } from '@playwright/test';
import { connectChair, prepareMeeting, type ChairClient } from './chair-client';
import { expect, test } from './fixtures';
import { expectAccessible } from './axe';

// Issue 16, the attendee's phone page (/join) in its own states: three phones (one per
// language) type the short code, pick a name, wait for the chair, sign in, ask for the floor,
// vote on a hands vote and change it, vote once on a secret ballot, see the result, drop off the
// Wi-Fi mid-vote and come back with the ballot counted once, lose their key when the codes
// rotate, join again and see the meeting close. Every state is photographed at 360×740
// (PHONE_SHOTS_DIR) and checked for horizontal overflow.

const SHOTS = process.env.PHONE_SHOTS_DIR ?? join('test-results', 'phone-page');
const PHONES = [
  { locale: 'zh-CN', memberId: 'm6', name: '赵丽华', signIn: '签到', dead: /新的二维码/ },
  { locale: 'zh-TW', memberId: 'm7', name: '孫文博', signIn: '簽到', dead: /新的 QR 碼/ },
  { locale: 'en', memberId: 'm8', name: '周海燕', signIn: 'Sign in', dead: /new QR code/ },
] as const;
type Phone = (typeof PHONES)[number] & { page: Page; context: BrowserContext };
type Room = {
  urls: string[];
  shortCode: string | null;
  waiting: { joinId: string; memberId: string }[];
};

async function roomStatus(chair: ChairClient): Promise<Room> {
  const result = await chair.call('room/status', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as Room;
}

async function openPhone(browser: Browser, phone: (typeof PHONES)[number]): Promise<Phone> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: phone.locale,
  });
  await context.addInitScript((l) => localStorage.setItem('yishiting.locale', l), phone.locale);
  return { ...phone, context, page: await context.newPage() };
}

/**
 * Wi-Fi that can drop: the phone's participant socket passes through a route the test can cut
 * (setOffline alone leaves an open WebSocket up), and while cut new sockets close at once and
 * plain HTTP fails, as on a phone that left the network.
 */
async function cuttableWifi(phone: Phone) {
  let down = false;
  const open = new Set<WebSocketRoute>();
  await phone.page.routeWebSocket(/\/ws\/participant/, (route) => {
    if (down) return void route.close({ code: 1001 });
    route.connectToServer();
    open.add(route);
  });
  return {
    async drop() {
      down = true;
      await phone.context.setOffline(true);
      for (const route of open) await route.close({ code: 1001 });
      open.clear();
    },
    async restore() {
      down = false;
      await phone.context.setOffline(false);
    },
  };
}

/** One picture per phone, after checking nothing is wider than the screen and axe finds no
 * serious or critical violation. */
async function shoot(phones: readonly Phone[], state: string) {
  mkdirSync(SHOTS, { recursive: true });
  // Each phone is its own renderer process: checked side by side, the three take the time of
  // about two instead of three (axe is most of this test's time).
  await Promise.all(
    phones.map(async (phone) => {
      await expectAccessible(phone.page, `${state} ${phone.locale}`);
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${state} ${phone.locale} scrolls sideways`).toBeLessThanOrEqual(0);
      await phone.page.screenshot({
        path: join(SHOTS, `${state}-${phone.locale}.png`),
        fullPage: true,
      });
    }),
  );
}

/** The chair confirms every phone that waits. */
async function confirmAll(chair: ChairClient, count: number) {
  await expect.poll(async () => (await roomStatus(chair)).waiting.length).toBe(count);
  for (const entry of (await roomStatus(chair)).waiting)
    expect((await chair.call('room/confirm', { joinId: entry.joinId })).ok).toBe(true);
}

/** From the code screen to the name list, with the chair's short code. */
async function typeCode(phones: readonly Phone[], shortCode: string) {
  for (const phone of phones) {
    await phone.page.getByTestId('phone-code-input').fill(shortCode);
    await phone.page.getByTestId('phone-code-submit').click();
  }
}

/** On the name list: each phone finds its member and asks; the chair's confirmation is next. */
async function pickNames(phones: readonly Phone[], shots: string) {
  for (const phone of phones) {
    await expect(phone.page.getByTestId('phone-pick')).toBeVisible();
    await expect(phone.page.getByTestId('phone-pick-name').first()).toBeVisible();
  }
  if (shots) await shoot(phones, `${shots}pick`);
  for (const phone of phones) {
    await phone.page.getByTestId('phone-pick-search').fill(phone.name);
    await phone.page.getByTestId('phone-pick-name').filter({ hasText: phone.name }).click();
    await expect(phone.page.getByTestId('phone-waiting')).toContainText(phone.name);
  }
  if (shots) await shoot(phones, `${shots}waiting`);
}

test('the phone page: join, sign in, floor, votes, offline ballot, rotated codes, close', async ({
  browser,
  server,
}) => {
  test.setTimeout(240_000);
  const chair = await connectChair(server.url);
  const meetingId = await prepareMeeting(chair);
  await chair.dispatch(meetingId, {
    type: 'roster/addMember',
    memberId: 'm7',
    name: '孫文博',
    category: 'residentRep',
  });
  await chair.dispatch(meetingId, {
    type: 'roster/addMember',
    memberId: 'm8',
    name: '周海燕',
    category: 'residentRep',
  });
  expect((await chair.call('room/set', { enabled: true, meetingId })).ok).toBe(true);
  let room = await roomStatus(chair);
  const joinUrl = new URL(room.urls[0] ?? '');
  const base = joinUrl.origin;

  const phones = await Promise.all(PHONES.map((phone) => openPhone(browser, phone)));
  const wifi = await Promise.all(phones.map((phone) => cuttableWifi(phone)));
  for (const phone of phones) {
    await phone.page.goto(`${base}/join`);
    await expect(phone.page.getByTestId('phone-code')).toBeVisible();
  }
  await shoot(phones, '01-code');
  // A wrong code says so (one try each: the limit is for thousands).
  const wrong = room.shortCode === '000000' ? '111111' : '000000';
  for (const phone of phones) {
    await phone.page.getByTestId('phone-code-input').fill(wrong);
    await phone.page.getByTestId('phone-code-submit').click();
    await expect(phone.page.getByTestId('phone-code-error')).toBeVisible();
  }
  await shoot(phones, '02-code-wrong');

  await typeCode(phones, room.shortCode ?? '');
  await pickNames(phones, '03-');
  await confirmAll(chair, phones.length);
  for (const phone of phones) {
    await expect(phone.page.getByTestId('phone-signin')).toContainText(phone.name);
  }
  await shoot(phones, '05-signin');
  for (const phone of phones) {
    await phone.page.getByRole('button', { name: phone.signIn, exact: true }).click();
    await expect(phone.page.getByTestId('phone-signed-in')).toBeVisible();
  }
  await shoot(phones, '06-meeting-no-item');

  // The item, a speaker with the countdown, the queue; each phone asks for the floor.
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  await chair.dispatch(meetingId, { type: 'queue/request', memberId: 'm2', stance: 'pro' });
  await chair.dispatch(meetingId, { type: 'queue/callNext', speechId: 's1', limitSec: 180 });
  await chair.dispatch(meetingId, { type: 'queue/request', memberId: 'm3', stance: 'contra' });
  for (const phone of phones) {
    await expect(phone.page.getByTestId('phone-speaker')).toContainText('李秀兰');
    await expect(phone.page.getByTestId('projector-countdown')).toBeVisible();
  }
  await shoot(phones, '07-meeting-speaker');
  const [first, second, third] = phones as [Phone, Phone, Phone];
  await first.page.getByTestId('phone-stance-pro').click();
  await first.page.getByTestId('phone-request-floor').click();
  await second.page.getByTestId('phone-stance-contra').click();
  await second.page.getByTestId('phone-request-floor').click();
  await third.page.getByTestId('phone-point-of-order').check();
  await third.page.getByTestId('phone-request-floor').click();
  // Each sees its own place (王志强 asked first); 孫文博 withdraws, the one ahead keeps its place.
  for (const phone of phones) await expect(phone.page.getByTestId('phone-place')).toBeVisible();
  await expect(first.page.getByTestId('phone-withdraw')).toBeVisible();
  const place = async (phone: Phone) =>
    Number(/\d+/.exec((await phone.page.getByTestId('phone-place').textContent()) ?? '')?.[0]);
  const [before, behind] = [await place(first), await place(second)];
  expect(behind).toBeGreaterThan(before);
  await shoot(phones, '08-meeting-queued');
  await second.page.getByTestId('phone-withdraw').click();
  await expect(second.page.getByTestId('phone-request-floor')).toBeVisible();
  await expect.poll(() => place(first)).toBe(before);

  // A hands vote: each phone answers, one changes its mind.
  await chair.dispatch(meetingId, { type: 'speech/end' });
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'hands',
    question: '同意3号楼加装电梯费用分摊方案',
  });
  for (const phone of phones) await expect(phone.page.getByTestId('phone-vote-yes')).toBeVisible();
  await shoot(phones, '09-vote-open');
  for (const phone of phones) await phone.page.getByTestId('phone-vote-no').click();
  await first.page.getByTestId('phone-vote-yes').click();
  await expect(first.page.getByTestId('phone-vote-yes')).toHaveAttribute('aria-pressed', 'true');
  await expect(first.page.getByTestId('phone-vote-no')).toHaveAttribute('aria-pressed', 'false');
  for (const phone of phones)
    await expect(phone.page.getByTestId('phone-vote-pending')).toHaveCount(0);
  await shoot(phones, '10-vote-chosen');

  // Wi-Fi drops mid-vote: 孫文博's change waits on the phone and is counted once on return.
  for (const link of wifi) await link.drop();
  for (const phone of phones)
    await expect(phone.page.getByTestId('phone-reconnecting')).toBeVisible();
  await second.page.getByTestId('phone-vote-abstain').click();
  await expect(second.page.getByTestId('phone-vote-pending')).toBeVisible();
  await shoot(phones, '11-offline');
  for (const link of wifi) await link.restore();
  for (const phone of phones)
    await expect(phone.page.getByTestId('phone-reconnecting')).toHaveCount(0, { timeout: 15_000 });
  await expect(second.page.getByTestId('phone-vote-pending')).toHaveCount(0);
  await chair.dispatch(meetingId, {
    type: 'vote/enterCounts',
    voteId: 'v1',
    counts: {
      yes: { heads: 2, households: 0, area: 0 },
      no: { heads: 1, households: 0, area: 0 },
      abstain: { heads: 0, households: 0, area: 0 },
    },
  });
  await chair.dispatch(meetingId, { type: 'vote/close' });
  // Phones: yes 1, no 1, abstain 1; hands: yes 2, no 1.
  for (const phone of phones) {
    await expect(phone.page.getByTestId('phone-result')).toBeVisible();
    await expect(phone.page.locator('.ph-counts dd')).toHaveText(['3', '2', '1']);
  }
  await shoot(phones, '12-vote-result');

  // A secret ballot: confirmed first, then final, and the phone never says what.
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v2',
    method: 'secret',
    question: '选举陈晓东为业委会委员',
  });
  for (const phone of phones) await phone.page.getByTestId('phone-vote-yes').click();
  for (const phone of phones)
    await expect(phone.page.getByTestId('phone-vote-confirm')).toBeVisible();
  await shoot(phones, '13-secret-confirm');
  for (const phone of phones) await phone.page.getByTestId('phone-vote-confirm').click();
  for (const phone of phones)
    await expect(phone.page.getByTestId('phone-secret-done')).toBeVisible();
  await shoot(phones, '14-secret-done');
  await chair.dispatch(meetingId, { type: 'vote/close' });
  for (const phone of phones) await expect(phone.page.getByTestId('phone-result')).toBeVisible();

  // Codes rotated: every phone forgets its key and says to ask for a new QR code.
  expect((await chair.call('room/rotate', {})).ok).toBe(true);
  for (const phone of phones) {
    await expect(phone.page.getByTestId('phone-dead')).toContainText(phone.dead);
    expect(
      await phone.page.evaluate(() => localStorage.getItem('yishiting.participant.deviceKey')),
    ).toBeNull();
  }
  await shoot(phones, '15-dead');
  // They scan the new room QR code (the short code is rate-limited per address, and all three
  // phones here share 127.0.0.1), join again, and see the meeting close.
  room = await roomStatus(chair);
  for (const phone of phones) await phone.page.goto(room.urls[0] ?? '');
  await pickNames(phones, '');
  await confirmAll(chair, phones.length);
  for (const phone of phones) await expect(phone.page.getByTestId('phone-signed-in')).toBeVisible();
  await chair.dispatch(meetingId, { type: 'meeting/close' });
  for (const phone of phones) await expect(phone.page.getByTestId('phone-closed')).toBeVisible();
  await shoot(phones, '16-closed');

  for (const phone of phones) await phone.context.close();
  chair.close();
});

test('a personal slip joins without the chair, leaves no code in the address bar, and holds one phone', async ({
  browser,
  server,
}) => {
  const chair = await connectChair(server.url);
  const meetingId = await prepareMeeting(chair);
  expect((await chair.call('room/set', { enabled: true, meetingId })).ok).toBe(true);
  const room = await roomStatus(chair);
  const origin = new URL(room.urls[0] ?? '').origin;
  // The slip's code, as the printed QR carries it (the test reads it where main keeps it).
  const record = JSON.parse(
    readFileSync(join(server.dataDir, 'rooms', `${meetingId}.json`), 'utf8'),
  ) as { personal: Record<string, string> };
  const slip = `${origin}/join?code=${encodeURIComponent(record.personal.m6 ?? '')}`;

  const phone = await openPhone(browser, PHONES[0]);
  await phone.page.goto(slip);
  await expect(phone.page.getByTestId('phone-signin')).toContainText('赵丽华');
  expect(new URL(phone.page.url()).search).toBe('');
  // Asleep and woken (a reload): still joined, with the key kept on the phone.
  await phone.page.reload();
  await phone.page.getByTestId('phone-signin-button').click();
  await expect(phone.page.getByTestId('phone-signed-in')).toBeVisible();

  // The same slip on a second phone: refused while the first holds the member.
  const other = await openPhone(browser, PHONES[2]);
  await other.page.goto(slip);
  await expect(other.page.getByTestId('phone-code-error')).toContainText('another phone');
  await shoot([other], '17-slip-held');
  await phone.context.close();
  await other.context.close();
  chair.close();
});

test('choice and satisfaction votes, and an observer who does not vote, fit the phone', async ({
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  const chair = await connectChair(server.url);
  const meetingId = await prepareMeeting(chair);
  await chair.dispatch(meetingId, {
    type: 'roster/addMember',
    memberId: 'm7',
    name: '孫文博',
    category: 'residentRep',
  });
  await chair.dispatch(meetingId, {
    type: 'roster/addMember',
    memberId: 'm8',
    name: '周海燕',
    category: 'residentRep',
    role: 'observer',
  });
  expect((await chair.call('room/set', { enabled: true, meetingId })).ok).toBe(true);
  const room = await roomStatus(chair);
  const origin = new URL(room.urls[0] ?? '').origin;
  const record = JSON.parse(
    readFileSync(join(server.dataDir, 'rooms', `${meetingId}.json`), 'utf8'),
  ) as { personal: Record<string, string> };
  const phones = await Promise.all(PHONES.map((phone) => openPhone(browser, phone)));
  for (const phone of phones) {
    await phone.page.goto(`${origin}/join?code=${record.personal[phone.memberId] ?? ''}`);
    await phone.page.getByTestId('phone-signin-button').click();
    await expect(phone.page.getByTestId('phone-signed-in')).toBeVisible();
  }
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i2' });
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'choice',
    question: '晾晒区改造方案比选（请选择一个方案）',
    options: [
      { optionId: 'a', label: '方案一：拆除旧晾衣架，在3号楼与4号楼之间加装可升降不锈钢晾衣杆' },
      { optionId: 'b', label: '方案二：屋顶平台改造' },
    ],
  });
  const [member, , observer] = phones as [Phone, Phone, Phone];
  await expect(observer.page.getByTestId('phone-not-eligible')).toBeVisible();
  for (const phone of phones.slice(0, 2)) await phone.page.getByTestId('phone-vote-a').click();
  await expect(member.page.getByTestId('phone-vote-a')).toHaveAttribute('aria-pressed', 'true');
  await shoot(phones, '18-choice');
  await chair.dispatch(meetingId, { type: 'vote/close' });
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v2',
    method: 'satisfaction',
    question: '对物业公司本季度保洁工作的满意度测评',
  });
  for (const phone of phones.slice(0, 2))
    await phone.page.getByTestId('phone-vote-basicallySatisfied').click();
  await expect(member.page.getByTestId('phone-my-choice')).toBeVisible();
  await shoot(phones, '19-satisfaction');
  for (const phone of phones) await phone.context.close();
  chair.close();
});
