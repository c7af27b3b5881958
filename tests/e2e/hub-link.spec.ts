import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { laptop, removeDir } from '../main/bundle/fixture';
import { startPostgres, type PgCluster } from '../main/hub/postgres';
import { hubCli, startHub } from './hub-cli';
import { connectChair } from './chair-client';
import { expect, test } from './fixtures';
import { startServer } from './server';

// 报送街道办 from the chair console, against a real hub (the built CLI `yishiting hub` on a real
// PostgreSQL): enrol with the office's one-time code in the board's dialog, send the closed seed
// meetings (each meeting's result shown), then a staff member writes a 督办 comment on the
// dashboard's API, and 同步督办意见 brings it onto the item's row of the board.
// HUB_LINK_SCREENS=DIR saves screenshots (1366x768, zh-CN and en) there.

const PASSWORD = 'jiedao-2026-office';
const SHOTS = process.env.HUB_LINK_SCREENS;

let cluster: PgCluster;
let hub: ChildProcess | undefined;
let hubUrl = '';
let db = '';

/** A staff member's 督办 comment through the dashboard's API (log in, then post). */
async function comment(itemKey: string, body: string): Promise<void> {
  const login = await fetch(`${hubUrl}/api/staff/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: hubUrl },
    body: JSON.stringify({ login: 'wangfang', password: PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = /hub_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
  const posted = await fetch(`${hubUrl}/api/dash/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: hubUrl, Cookie: cookie },
    body: JSON.stringify({ communityId: 'xingfuli', itemKey, body }),
  });
  expect(posted.status, await posted.clone().text()).toBe(200);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startPostgres();
  db = await cluster.createDatabase();
  await hubCli(['staff', 'add', 'wangfang', '--name', '王芳'], db, `${PASSWORD}\n`);
  const started = await startHub(db);
  hub = started.child;
  hubUrl = started.url;
});

test.afterAll(async () => {
  if (hub && hub.exitCode === null) {
    const exited = new Promise((resolve) => hub!.once('exit', resolve));
    hub.kill('SIGTERM');
    await exited;
  }
  cluster?.stop();
});

test('enrol, send the closed meetings and bring a 督办 comment onto the board', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const printed = await hubCli(['community', 'add', 'xingfuli', '幸福里社区居民委员会'], db);
  const code = /[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(printed)?.[0];
  if (!code) throw new Error(`no code in: ${printed}`);
  const community = await laptop(['courtyard-repairs', 'parking-drying']);
  const server = await startServer([], community.dataDir);
  try {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: '跟踪台账' }).click();
    const board = page.getByRole('dialog', { name: /跟踪台账/ });
    await expect(board.getByTestId('board-table')).toBeVisible();

    // Enrol once: the hub's address and the office's one-time code.
    await board.getByRole('button', { name: '报送街道办' }).click();
    const dialog = page.getByRole('dialog', { name: '报送街道办' });
    await expect(dialog.getByLabel('平台地址')).toBeVisible();
    // A wrong code is refused with the hub's reason, in words.
    await dialog.getByLabel('平台地址').fill(hubUrl);
    await dialog.getByLabel('接入码').fill('AAAA-BBBB-CCCC');
    await dialog.getByRole('button', { name: '接入' }).click();
    await expect(dialog.getByRole('alert')).toContainText('街道办平台拒绝接入');
    await dialog.getByLabel('接入码').fill(code);
    await dialog.getByRole('button', { name: '接入' }).click();
    await expect(dialog.getByTestId('hub-linked')).toContainText('幸福里社区居民委员会');

    // 报送: both closed meetings accepted, each with its place in the chain.
    await dialog.getByRole('button', { name: '报送', exact: true }).click();
    await expect(dialog.getByTestId('hub-sent')).toContainText('2 次会议已接收');
    const rows = dialog.getByTestId('hub-results').locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('已接收');
    await expect(rows.nth(1)).toContainText('已接收');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/hub-link-sent-zh-CN-1366x768.png` });
    // Again: nothing is sent twice.
    await dialog.getByRole('button', { name: '报送', exact: true }).click();
    await expect(dialog.getByTestId('hub-sent')).toContainText('2 次此前已报送');

    // A 督办 comment from the office on the first item reaches the board at the sync.
    const keys = await fetchItemKeys(server.url);
    await comment(keys[0]!, '请于6月底前完成并在公示栏公示');
    await dialog.getByRole('button', { name: '同步督办意见' }).click();
    await expect(dialog.getByTestId('hub-synced')).toContainText('收到 1 条新的督办意见');

    // The office issues a new code (the old token stops working): the chair enrols again from
    // the same dialog, the address already filled in.
    const again = await hubCli(['community', 'add', 'xingfuli', '幸福里社区居民委员会'], db);
    const newCode = /[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(again)![0];
    await dialog.getByText('换用新的接入码重新接入').click();
    await expect(dialog.getByLabel('平台地址')).toHaveValue(hubUrl);
    await dialog.getByLabel('接入码').fill(newCode);
    await dialog.getByRole('button', { name: '接入' }).click();
    await dialog.getByRole('button', { name: '同步督办意见' }).click();
    await expect(dialog.getByTestId('hub-synced')).toContainText('没有新的督办意见');
    await dialog.getByRole('button', { name: '关闭' }).click();
    const note = board.getByTestId('board-supervision').first();
    await expect(note).toContainText('督办');
    await expect(note).toContainText('请于6月底前完成并在公示栏公示');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/hub-link-board-zh-CN-1366x768.png` });

    // The same in English: the dialog and the row follow the console's language.
    if (SHOTS) {
      await board.getByRole('button', { name: '返回' }).click();
      await page.getByLabel('语言').selectOption('en');
      await page.getByRole('button', { name: 'Follow-up board' }).click();
      const en = page.getByRole('dialog', { name: /Follow-up/ });
      await expect(en.getByTestId('board-supervision').first()).toContainText('Supervision');
      await page.screenshot({ path: `${SHOTS}/hub-link-board-en-1366x768.png` });
      await en.getByRole('button', { name: 'Send to the street office' }).click();
      // The log's results first (both accepted), then a send: both were there already.
      await expect(page.getByTestId('hub-results')).toContainText('Accepted');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(page.getByTestId('hub-results')).toContainText('Already at the street office');
      await page.screenshot({ path: `${SHOTS}/hub-link-dialog-en-1366x768.png` });
    }
  } finally {
    await server.stop();
    removeDir(community.dataDir);
  }
});

/** The board's item keys in order, as the chair console's backend holds them. */
async function fetchItemKeys(url: string): Promise<string[]> {
  const chair = await connectChair(url);
  try {
    const state = await chair.call('followup/state', {});
    if (!state.ok) throw new Error(JSON.stringify(state.error));
    return (state.value as { itemOrder: string[] }).itemOrder;
  } finally {
    chair.close();
  }
}
