import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { connectChair, prepareMeeting, type ChairClient } from './chair-client';
import { readDataFolder, secretLinks, storedEvents } from './data-folder';
import { expect, test } from './fixtures';
import { startServer, type RunningServer } from './server';
import { cuttableWifi, openPhone, roomStatus, type Phone } from './phone-kit';
import { slipUrls } from './slip-qr';

// Issue 16's acceptance in Chromium: members' own phones (360×740, touch, one browser context
// each) beside the chair's console and the projector. One phone joins with its personal slip, read
// back from the PDF the chair prints; one types the room's short code and the chair confirms it on
// the run screen. They sign in, ask for the floor and withdraw, vote by hands while the chair
// counts the other hands, and one changes its mind; the projector's total and split follow, and
// the minutes carry the split. A secret ballot goes on phones and paper, and the data folder read
// after the meeting holds no record linking a member to a choice. A phone that drops off the
// Wi-Fi mid-vote, or loses the server's answer to its ballot, is counted exactly once.
// A foreign Origin or Host on /ws/participant, old and wrong codes, another member's id and
// chair channels from a phone are refused in tests/main/room/room-security.test.ts.

// A tap that finds nothing fails with the locator named, not at the test's timeout.
test.use({ actionTimeout: 20_000 });

const ZHAO = { memberId: 'm6', name: '赵丽华' };
const SUN = { memberId: 'm7', name: '孙文博' };
const CHOICES = ['yes', 'no', 'abstain'] as const;
const heads = (yes: number, no: number, abstain: number) => ({
  yes: { heads: yes, households: 0, area: 0 },
  no: { heads: no, households: 0, area: 0 },
  abstain: { heads: abstain, households: 0, area: 0 },
});

/** prepareMeeting's six (five signed in) and 孙文博, with the room on; the slips' URLs read back. */
async function roomMeeting(chair: ChairClient) {
  const meetingId = await prepareMeeting(chair);
  await chair.dispatch(meetingId, {
    type: 'roster/addMember',
    memberId: SUN.memberId,
    name: SUN.name,
    category: 'residentRep',
  });
  expect((await chair.call('room/set', { enabled: true, meetingId })).ok).toBe(true);
  const room = await roomStatus(chair);
  const origin = new URL(room.urls[0] ?? '').origin;
  // The slips as the chair prints them (打印个人入场条): one QR code per member, roster order.
  const exported = await chair.call('documents/export', {
    meetingId,
    kind: 'slips',
    locale: 'zh-CN',
  });
  expect(exported.ok).toBe(true);
  const pdf = Buffer.from((exported.value as { base64: string }).base64, 'base64');
  const slips = slipUrls(pdf);
  expect(slips).toHaveLength(7);
  expect(new Set(slips).size).toBe(7);
  for (const url of slips) expect(url).toMatch(new RegExp(`^${origin}/join\\?code=[\\w-]{22,}$`));
  return { meetingId, room, origin, slips };
}

/** A phone opens its slip: it joins as that member with no one to confirm it. */
async function joinBySlip(phone: Phone, url: string, name: string) {
  await phone.page.goto(url);
  await expect(phone.page.getByTestId('phone-signin')).toContainText(name);
  // The personal code does not stay in the address bar, where a photo of the screen would keep it.
  expect(phone.page.url()).not.toContain('code=');
}

async function signInOnPhone(phone: Phone) {
  await phone.page.getByTestId('phone-signin-button').tap();
  await expect(phone.page.getByTestId('phone-signed-in')).toBeVisible();
}

/** The console's sign-in card of a member: present, and signed in by the member's phone. */
async function expectSignedInByPhone(chairPage: Page, name: string) {
  const card = chairPage.locator('.signin-row', { hasText: name });
  await expect(card.getByRole('button', { name: new RegExp(name) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(card.locator('[data-icon="phone"]')).toHaveAttribute('aria-label', '手机签到');
}

async function openConsoleRun(chairPage: Page, url: string, meetingId: string) {
  await chairPage.addInitScript(() => localStorage.setItem('yishiting.locale', 'zh-CN'));
  await chairPage.goto(`${url}/#meeting=${meetingId}`);
  await chairPage.getByRole('button', { name: '会议进行', exact: true }).click();
}

async function openProjector(page: Page, url: string) {
  await page.addInitScript(() => localStorage.setItem('yishiting.locale', 'zh-CN'));
  await page.goto(`${url}/projector`);
  await expect(page.getByTestId('projector-room')).toBeVisible();
}

/** The projector's bars for yes, no and abstain. */
async function expectBoard(projector: Page, yes: number, no: number, abstain: number) {
  await expect(projector.getByTestId('projector-count-yes')).toHaveText(String(yes));
  await expect(projector.getByTestId('projector-count-no')).toHaveText(String(no));
  await expect(projector.getByTestId('projector-count-abstain')).toHaveText(String(abstain));
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-phones-pdf-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function exportText(chair: ChairClient, request: Record<string, unknown>) {
  const exported = await chair.call('documents/export', { locale: 'zh-CN', ...request });
  expect(exported.ok, JSON.stringify(exported.error)).toBe(true);
  return pdfText(Buffer.from((exported.value as { base64: string }).base64, 'base64'));
}

/**
 * The data folder holds no record linking 赵丽华 or 孙文博 to a choice on the secret ballot v2,
 * keeps no secret ballot's id, and stores v2 only as "has voted" events and the sealed counts.
 */
function auditSecretBallot(dir: string, meetingId: string, secretIds: readonly string[]) {
  const events = storedEvents(dir, meetingId);
  expect(events.some((e) => e.type === 'meeting/closed')).toBe(true);
  expect(events.filter((e) => e.voteId === 'v2' && e.type === 'vote/ballotCast')).toEqual([]);
  expect(
    events.filter((e) => e.type === 'vote/markedVoted').map((e) => [e.voteId, e.memberId]),
  ).toEqual([
    ['v2', SUN.memberId],
    ['v2', ZHAO.memberId],
  ]);
  const files = readDataFolder(dir);
  const paths = files.map((f) => f.path);
  expect(paths).toContain(join('meetings', `${meetingId}.json`));
  expect(paths).toContain(join('rooms', `${meetingId}.json`));
  const secret = {
    voteId: 'v2',
    who: [ZHAO.memberId, SUN.memberId, ZHAO.name, SUN.name],
    choices: CHOICES,
  };
  // The check finds a link where one is (a ballot beside its member, or keyed by them)…
  expect(secretLinks({ voteId: 'v2', memberId: 'm6', choice: 'yes' }, secret)).toHaveLength(1);
  expect(
    secretLinks({ votes: { v2: { deviceBallots: { m7: { choice: 'no' } } } } }, secret),
  ).toHaveLength(1);
  expect(secretLinks({ v2: { m6: 'yes' } }, secret)).toHaveLength(1);
  const linksOf = (voteId: string) =>
    files.flatMap((file) =>
      file.values.flatMap((value) => secretLinks(value, { ...secret, voteId }, file.path)),
    );
  // …and in these very files, the open record of the hands vote v1 (who voted what).
  expect(linksOf('v1').length).toBeGreaterThan(0);
  expect(linksOf('v2')).toEqual([]);
  // A secret ballot's id is kept only in the box's sorted list, beside no member and no choice.
  const boxFile = join('rooms', `${meetingId}.box.json`);
  for (const file of files) {
    if (file.path === boxFile) continue;
    for (const id of secretIds) expect(file.text, file.path).not.toContain(id);
  }
}

test('phones join by slip and by room code, sign in, ask for the floor and vote by hands with the chair’s counts', async ({
  browser,
  page: chairPage,
  context,
  server,
}) => {
  test.setTimeout(120_000);
  const chair = await connectChair(server.url);
  const { meetingId, room, origin, slips } = await roomMeeting(chair);
  await openConsoleRun(chairPage, server.url, meetingId);
  const projector = await context.newPage();
  await openProjector(projector, server.url);
  // Nothing shared shows a personal code: the projector carries only the room's QR and short code.
  const shown = await projector.content();
  for (const url of slips) expect(shown).not.toContain(new URL(url).searchParams.get('code'));

  const zhao = await openPhone(browser);
  const sun = await openPhone(browser);
  // 赵丽华's slip (the sixth in roster order) joins her at once.
  await joinBySlip(zhao, slips[5] ?? '', ZHAO.name);
  await expect
    .poll(async () => (await roomStatus(chair)).devices.map((d) => [d.memberId, d.how]))
    .toEqual([[ZHAO.memberId, 'slip']]);

  // A made-up personal code is refused and joins no one; the phone offers the short code instead.
  await sun.page.goto(`${origin}/join?code=${'A'.repeat(22)}`);
  await expect(sun.page.getByTestId('phone-dead')).toBeVisible();
  expect(await sun.page.evaluate(() => Object.keys(localStorage))).not.toContain(
    'yishiting.participant.deviceKey',
  );
  expect((await roomStatus(chair)).devices).toHaveLength(1);
  await sun.page.getByTestId('phone-dead').getByRole('button').tap();

  // 孙文博 types the six digits, picks his name and waits for the chair, who confirms on the
  // run screen's waiting list beside the sign-in grid.
  await sun.page.getByTestId('phone-code-input').fill(room.shortCode ?? '');
  await sun.page.getByTestId('phone-code-submit').tap();
  await sun.page.getByTestId('phone-pick-search').fill(SUN.name);
  await sun.page.getByTestId('phone-pick-name').filter({ hasText: SUN.name }).tap();
  await expect(sun.page.getByTestId('phone-waiting')).toContainText(SUN.name);
  const waiting = chairPage.getByTestId('room-waiting-run');
  await expect(waiting).toContainText(SUN.name);
  await waiting.getByRole('button', { name: `确认${SUN.name}加入` }).click();
  await expect(sun.page.getByTestId('phone-signin')).toContainText(SUN.name);
  await expect(waiting).toHaveCount(0);
  expect((await roomStatus(chair)).devices.map((d) => [d.memberId, d.how]).sort()).toEqual([
    [ZHAO.memberId, 'slip'],
    [SUN.memberId, 'room'],
  ]);

  // Both sign in on their phones: the console's grid shows them present, by phone.
  await expect(projector.getByText('实到 5/7 人')).toBeVisible();
  for (const phone of [zhao, sun]) await signInOnPhone(phone);
  for (const { name } of [ZHAO, SUN]) await expectSignedInByPhone(chairPage, name);
  await expect(projector.getByText('实到 7/7 人')).toBeVisible();
  const signIns = storedEvents(server.dataDir, meetingId).filter(
    (e) =>
      e.type === 'roster/signedIn' && [ZHAO.memberId, SUN.memberId].includes(String(e.memberId)),
  );
  expect(signIns.map((e) => [e.memberId, e.via])).toEqual([
    [ZHAO.memberId, 'device'],
    [SUN.memberId, 'device'],
  ]);

  // The floor: both ask, the console's queue shows them in order; 赵丽华 withdraws.
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  await zhao.page.getByTestId('phone-stance-pro').tap();
  await zhao.page.getByTestId('phone-request-floor').tap();
  await expect(zhao.page.getByTestId('phone-place')).toHaveText('下一位就是您，请准备');
  await sun.page.getByTestId('phone-request-floor').tap();
  await expect(sun.page.getByTestId('phone-place')).toHaveText('您排在第 2 位');
  const queue = chairPage.locator('.queue-list .queue-name');
  await expect(queue).toHaveText([ZHAO.name, SUN.name]);
  // The stance a phone sent is on the chair's row (to alternate sides); none shows no chip.
  const rows = chairPage.locator('.queue-list .queue-row');
  await expect(rows.nth(0).locator('.badge.stance-pro')).toHaveText('赞成');
  await expect(rows.nth(1).locator('.badge')).toHaveCount(0);
  const asked = storedEvents(server.dataDir, meetingId).filter(
    (e) => e.type === 'queue/speakerAdded',
  );
  expect(asked.map((e) => [e.memberId, e.stance])).toEqual([
    [ZHAO.memberId, 'pro'],
    [SUN.memberId, 'neutral'],
  ]);
  await zhao.page.getByTestId('phone-withdraw').tap();
  await expect(queue).toHaveText([SUN.name]);
  await expect(zhao.page.getByTestId('phone-request-floor')).toBeVisible();
  await expect(sun.page.getByTestId('phone-place')).toHaveText('下一位就是您，请准备');

  // A hands vote: 赵丽华 yes and 孙文博 no on their phones; the chair counts the five other hands.
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'hands',
    question: '同意3号楼加装电梯费用分摊方案',
  });
  await zhao.page.getByTestId('phone-vote-yes').tap();
  await sun.page.getByTestId('phone-vote-no').tap();
  for (const phone of [zhao, sun])
    await expect(phone.page.getByTestId('phone-vote-pending')).toHaveCount(0);
  await expect(chairPage.getByTestId('counts-exclude')).toContainText('不含手机已投的 2 人');
  await chairPage.locator('#count-yes').fill('3');
  await chairPage.locator('#count-no').fill('1');
  await chairPage.locator('#count-abstain').fill('1');
  await chairPage.locator('form.counts button[type=submit]').click();
  await expectBoard(projector, 4, 2, 1);
  await expect(projector.getByTestId('projector-split')).toHaveText('手机 2 · 举手 5');
  // 孙文博 changes his mind before the vote closes: the total follows, nobody counts twice.
  await sun.page.getByTestId('phone-vote-yes').tap();
  await expect(sun.page.getByTestId('phone-vote-yes')).toHaveAttribute('aria-pressed', 'true');
  await expectBoard(projector, 5, 1, 1);
  await expect(projector.getByTestId('projector-split')).toHaveText('手机 2 · 举手 5');
  await expect(chairPage.getByTestId('vote-split')).toContainText('合计 7 票：手机 2 · 举手 5');
  await chair.dispatch(meetingId, { type: 'vote/close' });
  await expect(projector.getByTestId('projector-result')).toHaveText(/通过/);
  await expectBoard(projector, 5, 1, 1);
  for (const phone of [zhao, sun])
    await expect(phone.page.locator('.ph-counts dd')).toHaveText(['5', '1', '1']);

  // The minutes and the notice give the split by channel.
  const minutes = await exportText(chair, { meetingId, kind: 'minutes' });
  expect(minutes).toContain(
    '分渠道计票：手机2票（赞成2、反对0、弃权0）；举手5票（赞成3、反对1、弃权1）',
  );
  expect(minutes).toMatch(/6赵丽华居民代表\d\d:\d\d手机7孙文博居民代表\d\d:\d\d手机/);
  const notice = await exportText(chair, { meetingId, kind: 'notice', voteId: 'v1' });
  expect(notice).toContain('其中手机投票2');

  for (const phone of [zhao, sun]) await phone.context.close();
  chair.close();
});

/** A server on a folder the test keeps, to read it again once the app has stopped; removed after. */
const withKeptFolder = test.extend<{ kept: { server: RunningServer; dir: string } }>({
  // eslint-disable-next-line no-empty-pattern
  kept: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'yishiting-e2e-phones-'));
    const server = await startServer([], dir);
    await use({ server, dir });
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  },
});

withKeptFolder(
  'a phone that drops off mid-vote counts once, and a secret ballot on phones and paper links no one to a choice',
  async ({ browser, page: projector, kept }) => {
    test.setTimeout(120_000);
    await secretMeeting(browser, projector, kept.server, kept.dir);
  },
);

async function secretMeeting(
  browser: Browser,
  projector: Page,
  server: RunningServer,
  dir: string,
) {
  const chair = await connectChair(server.url);
  const { meetingId, slips } = await roomMeeting(chair);
  await openProjector(projector, server.url);
  const zhao = await openPhone(browser);
  const sun = await openPhone(browser);
  const zhaoWifi = await cuttableWifi(zhao);
  const sunWifi = await cuttableWifi(sun);
  await joinBySlip(zhao, slips[5] ?? '', ZHAO.name);
  await joinBySlip(sun, slips[6] ?? '', SUN.name);
  for (const phone of [zhao, sun]) await signInOnPhone(phone);

  // Mid-vote 赵丽华's phone loses the Wi-Fi and she votes while it is off; 孙文博's ballot
  // reaches the server but the answer is lost with his Wi-Fi.
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'hands',
    question: '同意3号楼加装电梯费用分摊方案',
  });
  await expect(zhao.page.getByTestId('phone-vote-yes')).toBeVisible();
  await zhaoWifi.drop();
  await expect(zhao.page.getByTestId('phone-reconnecting')).toBeVisible();
  await zhao.page.getByTestId('phone-vote-yes').tap();
  await expect(zhao.page.getByTestId('phone-vote-pending')).toBeVisible();
  sunWifi.loseNextVoteAnswer();
  await sun.page.getByTestId('phone-vote-no').tap();
  await expect.poll(() => sunWifi.down).toBe(true);
  await expect(sun.page.getByTestId('phone-vote-pending')).toBeVisible();
  await expect(projector.getByTestId('projector-split')).toHaveText('手机 1 · 举手 0');
  // Back on the Wi-Fi, both ballots are answered; each member's ballot counts once.
  await zhaoWifi.restore();
  await sunWifi.restore();
  for (const phone of [zhao, sun]) {
    await expect(phone.page.getByTestId('phone-reconnecting')).toHaveCount(0, { timeout: 20_000 });
    await expect(phone.page.getByTestId('phone-vote-pending')).toHaveCount(0);
  }
  await expectBoard(projector, 1, 1, 0);
  await expect(projector.getByTestId('projector-split')).toHaveText('手机 2 · 举手 0');
  // 孙文博's phone did send the same ballot twice: the server took it once.
  const sunBallots = sunWifi.ballots.filter((b) => b.voteId === 'v1');
  expect(sunBallots.length).toBeGreaterThanOrEqual(2);
  expect(new Set(sunBallots.map((b) => b.ballotId)).size).toBe(1);
  const cast = storedEvents(server.dataDir, meetingId).filter(
    (e) => e.type === 'vote/ballotCast' && e.voteId === 'v1',
  );
  expect(cast.map((e) => [e.memberId, e.choice]).sort()).toEqual([
    [ZHAO.memberId, 'yes'],
    [SUN.memberId, 'no'],
  ]);
  await chair.dispatch(meetingId, {
    type: 'vote/enterCounts',
    voteId: 'v1',
    counts: heads(5, 0, 0),
  });
  await chair.dispatch(meetingId, { type: 'vote/close' });
  await expectBoard(projector, 6, 1, 0);

  // A secret ballot: 孙文博 votes first, then 赵丽华; the others vote on paper.
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v2',
    method: 'secret',
    question: '选举陈晓东为业委会委员',
  });
  for (const [phone, choice] of [
    [sun, 'no'],
    [zhao, 'yes'],
  ] as const) {
    // The card of the new vote, not the closed one's still on its way out.
    await expect(phone.page.getByTestId('phone-question')).toHaveText('选举陈晓东为业委会委员');
    await phone.page.getByTestId(`phone-vote-${choice}`).tap();
    await phone.page.getByTestId('phone-vote-confirm').tap();
    await expect(phone.page.getByTestId('phone-secret-done')).toBeVisible();
  }
  // While open the room learns only how many voted on phones.
  await expect(projector.getByTestId('projector-split')).toHaveText('手机已投 2 人');
  const boxFile = join('rooms', `${meetingId}.box.json`);
  const box = () => readDataFolder(server.dataDir).find((f) => f.path === boxFile)?.values[0];
  const secretIds = [...zhaoWifi.ballots, ...sunWifi.ballots]
    .filter((b) => b.voteId === 'v2')
    .map((b) => b.ballotId);
  expect(secretIds).toHaveLength(2);
  // The box holds who voted and the ballot ids it has taken (each sorted, not in voting order,
  // so a re-send after a restart is answered once) apart from the counts, nothing else.
  await expect.poll(box).toEqual({
    v2: {
      voters: [ZHAO.memberId, SUN.memberId],
      ballots: [...secretIds].sort(),
      counts: {
        yes: { heads: 1, households: 1, area: 0 },
        no: { heads: 1, households: 1, area: 0 },
      },
    },
  });
  await chair.dispatch(meetingId, {
    type: 'vote/enterCounts',
    voteId: 'v2',
    counts: heads(3, 1, 1),
  });
  await chair.dispatch(meetingId, { type: 'vote/close' });
  await expectBoard(projector, 4, 2, 1);
  await chair.dispatch(meetingId, { type: 'meeting/close' });
  for (const phone of [zhao, sun])
    await expect(phone.page.getByTestId('phone-closed')).toBeVisible();

  // The data folder after the meeting, while the app still runs and again once it has stopped
  // (when it writes the meeting's document with its snapshot): every file, every record.
  auditSecretBallot(dir, meetingId, secretIds);
  for (const phone of [zhao, sun]) await phone.context.close();
  chair.close();
  await server.stop();
  auditSecretBallot(dir, meetingId, secretIds);
}
