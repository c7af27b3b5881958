import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { connectChair, prepareMeeting } from './chair-client';
import { expect, test } from './fixtures';
import { expectAccessible } from './axe';

// The close page and the home list in each language at both laptop sizes: screenshots to look
// at (SHOTS_DIR) and no serious or critical axe violation.

const SHOTS = process.env.CLOSE_SHOTS_DIR ?? join('test-results', 'chair-close-screens');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LOCALES = [
  { locale: 'zh-CN', close: '散会与记录', home: '议事厅' },
  { locale: 'zh-TW', close: '散會與紀錄', home: '議事廳' },
  { locale: 'en', close: 'Close and minutes', home: 'Yishiting' },
] as const;
const QUESTION =
  '是否同意按照业主大会决定的分摊比例使用公共维修资金更换三号楼电梯并同步改造单元门禁和楼道照明设施';

async function seed(url: string): Promise<void> {
  const chair = await connectChair(url);
  const closed = await prepareMeeting(chair, '锦绣苑小区议事会');
  await chair.dispatch(closed, { type: 'agenda/openItem', itemId: 'i1' });
  await chair.dispatch(closed, { type: 'speech/start', speechId: 's1', memberId: 'm2' });
  await chair.dispatch(closed, { type: 'speech/end' });
  await chair.dispatch(closed, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'hands',
    question: QUESTION,
  });
  await chair.dispatch(closed, { type: 'vote/enterCounts', counts: { yes: { heads: 5 } } });
  await chair.dispatch(closed, { type: 'vote/close' });
  await chair.dispatch(closed, {
    type: 'action/add',
    actionId: 'a1',
    voteId: 'v1',
    title: '委托电梯公司出具报价',
  });
  await chair.dispatch(closed, { type: 'agenda/closeItem', itemId: 'i1' });
  await chair.dispatch(closed, { type: 'agenda/openItem', itemId: 'i2' });
  await chair.dispatch(closed, { type: 'agenda/deferItem', itemId: 'i2' });
  await chair.dispatch(closed, { type: 'meeting/close' });
  await prepareMeeting(chair, '幸福里第二次议事会');
  const draft = await chair.call('meetings/create', {
    command: {
      type: 'meeting/create',
      title: '六月院落议事会',
      bodyKind: 'compoundCouncil',
      date: '2026-06-01',
    },
  });
  expect(draft.ok).toBe(true);
  chair.close();
}

for (const { locale, close } of LOCALES) {
  test(`close page and home list in ${locale}`, async ({ page, server }) => {
    test.setTimeout(120_000);
    mkdirSync(SHOTS, { recursive: true });
    await seed(server.url);
    await page.addInitScript((l) => localStorage.setItem('yishiting.locale', l), locale);
    await page.goto(`${server.url}/`);
    await expect(page.locator('.home-meetings button').first()).toBeVisible();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({
        path: join(SHOTS, `home-${locale}-${size.width}x${size.height}.png`),
      });
    }
    await expectAccessible(page, `home ${locale}`);
    await page.locator('.home-meetings button', { hasText: '锦绣苑小区议事会' }).click();
    await page.getByRole('button', { name: close }).click();
    await expect(page.getByTestId('minutes-preview')).toBeVisible();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({
        path: join(SHOTS, `close-${locale}-${size.width}x${size.height}.png`),
      });
    }
    await expectAccessible(page, `close ${locale}`);
  });
}
