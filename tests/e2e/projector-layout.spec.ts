import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { connectChair, prepareMeeting, type ChairClient } from './chair-client';
import { expect, test } from './fixtures';

const SHOTS = 'test-results/projector-screens';
const VIEWPORTS = [
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;

type Layout = {
  bodyPx: number;
  /** The smallest text shown, with where it is (every visible element with text of its own). */
  smallest: { px: number; where: string } | null;
  countdownPx: number | null;
  fits: boolean;
  overflowX: boolean;
  clipped: string[];
};

/** Computed sizes and whether anything scrolls or is cut off inside the projector's main area. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const main = document.querySelector('main.projector') as HTMLElement;
    const digits = document.querySelector('.pj-countdown-digits');
    const clipped: string[] = [];
    for (const element of Array.from(
      document.querySelectorAll('.pj-main, .pj-main *, .pj-top, .pj-message'),
    )) {
      const box = element as HTMLElement;
      const style = getComputedStyle(box);
      // Line-clamped titles are meant to clamp; everything else must fit its box.
      if (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '') continue;
      if (box.scrollHeight > box.clientHeight + 1 && style.overflow === 'hidden')
        clipped.push(box.className || box.tagName);
    }
    let smallest: { px: number; where: string } | null = null;
    for (const element of Array.from(main.querySelectorAll('*'))) {
      const own = Array.from(element.childNodes).some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      const box = element.getBoundingClientRect();
      if (!own || box.width === 0 || box.height === 0) continue;
      const px = parseFloat(getComputedStyle(element).fontSize);
      if (!smallest || px < smallest.px)
        smallest = { px, where: `${element.className || element.tagName}: ${element.textContent}` };
    }
    return {
      bodyPx: parseFloat(getComputedStyle(main).fontSize),
      smallest,
      countdownPx: digits ? parseFloat(getComputedStyle(digits).fontSize) : null,
      fits: document.documentElement.scrollHeight <= window.innerHeight,
      overflowX: document.documentElement.scrollWidth > window.innerWidth,
      clipped,
    };
  });
}

async function setTheme(chair: ChairClient, theme: 'light' | 'dark') {
  const result = await chair.call('projector/setControl', { theme });
  expect(result.ok).toBe(true);
}

test('each projector state fits 4:3 and 16:9 in both themes, with type large enough to read', async ({
  browser,
  server,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const chair = await connectChair(server.url);
  const screens = await Promise.all(
    VIEWPORTS.map(async (viewport) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${server.url}/projector`);
      return { viewport, page };
    }),
  );

  const capture = async (state: string) => {
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(chair, theme);
      for (const { viewport, page } of screens) {
        await expect(page.locator('main.projector')).toHaveClass(new RegExp(`theme-${theme}`));
        await page.evaluate(() => document.fonts.ready);
        const layout = await measure(page);
        const where = `${state} ${viewport.name} ${theme}`;
        expect(layout.fits, `${where}: page scrolls`).toBe(true);
        expect(layout.overflowX, `${where}: runs off the right edge`).toBe(false);
        expect(layout.clipped, `${where}: content cut off`).toEqual([]);
        if (viewport.height === 1080) {
          expect(layout.bodyPx, `${where}: body text`).toBeGreaterThanOrEqual(32);
          // Every text the room is shown, chips and notes included, not only the body size.
          expect(
            layout.smallest?.px ?? 32,
            `${where}: ${layout.smallest?.where}`,
          ).toBeGreaterThanOrEqual(32);
          if (layout.countdownPx !== null)
            expect(layout.countdownPx, `${where}: countdown`).toBeGreaterThanOrEqual(160);
        }
        await page.screenshot({ path: `${SHOTS}/${state}-${viewport.name}-${theme}.png` });
      }
    }
  };

  for (const { page } of screens)
    await expect(page.getByRole('heading', { name: '欢迎参加议事协商会' })).toBeVisible();
  await capture('welcome');

  const meetingId = await prepareMeeting(
    chair,
    '幸福里社区居民议事会：3号楼加装电梯与公共晾晒区改造专题协商',
  );
  await chair.dispatch(meetingId, {
    type: 'agenda/addItem',
    itemId: 'i3',
    title: '关于规范电动自行车集中充电、禁止楼道飞线充电的倡议（紧急事项）',
  });
  for (const { page } of screens) await expect(page.getByTestId('projector-agenda')).toBeVisible();
  await capture('agenda');

  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  for (const memberId of ['m2', 'm3', 'm4', 'm5', 'm1'])
    await chair.dispatch(meetingId, {
      type: 'queue/request',
      memberId,
      stance: memberId === 'm3' ? 'contra' : 'pro',
    });
  await chair.dispatch(meetingId, { type: 'queue/callNext', speechId: 's1', limitSec: 180 });
  for (const { page } of screens)
    await expect(page.getByTestId('projector-countdown')).toHaveAttribute('data-phase', 'normal');
  await capture('speaker');

  await chair.dispatch(meetingId, { type: 'speech/setLimit', limitSec: 20 });
  for (const { page } of screens)
    await expect(page.getByTestId('projector-countdown')).toHaveAttribute('data-phase', 'warn');
  await capture('speaker-warn');

  await chair.dispatch(meetingId, { type: 'speech/setLimit', limitSec: 1 });
  for (const { page } of screens)
    await expect(page.getByTestId('projector-countdown')).toHaveAttribute('data-phase', 'overrun');
  await capture('speaker-overrun');
  await chair.dispatch(meetingId, { type: 'speech/end' });

  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'hands',
    question: '是否同意3号楼加装电梯费用按楼层系数分摊，低层住户给予适当补偿？',
  });
  await chair.dispatch(meetingId, {
    type: 'vote/enterCounts',
    counts: { yes: { heads: 3 }, no: { heads: 1 }, abstain: { heads: 1 } },
  });
  for (const { page } of screens)
    await expect(page.getByTestId('projector-count-yes')).toHaveText('3');
  await capture('vote-open');

  await chair.dispatch(meetingId, {
    type: 'vote/enterCounts',
    counts: { yes: { heads: 4 }, no: { heads: 1 }, abstain: { heads: 0 } },
  });
  await chair.dispatch(meetingId, {
    type: 'vote/close',
    resolution: '同意按楼层系数分摊加装电梯费用，一层住户补偿标准由加装户共同协商确定。',
  });
  for (const { page } of screens)
    await expect(page.getByTestId('projector-result')).toHaveText('通过');
  await capture('vote-result');

  // A vote that fails, and between items the agenda with the first marked done.
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v2',
    method: 'secret',
    question: '是否同意由物业公司统一代收电梯电费？',
  });
  await chair.dispatch(meetingId, {
    type: 'vote/enterCounts',
    counts: { yes: { heads: 2 }, no: { heads: 3 }, abstain: { heads: 0 } },
  });
  await chair.dispatch(meetingId, { type: 'vote/close' });
  for (const { page } of screens)
    await expect(page.getByTestId('projector-result')).toHaveText('未通过');
  await capture('vote-failed');
  await chair.dispatch(meetingId, { type: 'agenda/closeItem', itemId: 'i1' });
  for (const { page } of screens)
    await expect(page.getByTestId('projector-agenda').locator('[data-status=closed]')).toHaveCount(
      1,
    );
  await capture('agenda-done');

  await chair.dispatch(meetingId, {
    type: 'display/setMessage',
    text: '会议休息十分钟，15:30 继续审议第二项议题。请各位代表不要离开会场。',
  });
  for (const { page } of screens) await expect(page.getByTestId('projector-message')).toBeVisible();
  await capture('message');
  chair.close();
});
