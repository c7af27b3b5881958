import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { connectChair, prepareMeeting } from './chair-client';
import { expect, test } from './fixtures';

// A choice option is whatever the chair typed, up to 200 characters, and may be one unbroken
// word. However long, each label stays in its box: the projector's tally bars stay on screen and
// the console's count form keeps the label clear of the count inputs.

const SHOTS = 'test-results/long-labels';
const HAN = '很'.repeat(200);
const LATIN = 'Donaudampfschifffahrtsgesellschaftskapitaen'.repeat(5).slice(0, 200);
const OPTIONS = [
  { optionId: 'han', label: HAN },
  { optionId: 'latin', label: LATIN },
  { optionId: 'short', label: '方案丙' },
];

type Box = Readonly<{ x: number; y: number; width: number; height: number }>;
type Found = Readonly<{ what: string; box: Box }>;

const inside = (box: Box, width: number, height: number) =>
  box.x >= -0.5 &&
  box.y >= -0.5 &&
  box.x + box.width <= width + 0.5 &&
  box.y + box.height <= height + 0.5;

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/** Boxes of `selector`'s matches; a text's box is where its glyphs are, not only its element. */
function boxes(page: Page, selector: string): Promise<Found[]> {
  return page.evaluate((sel) => {
    return Array.from(document.querySelectorAll(sel)).map((element) => {
      const rect = element.getBoundingClientRect();
      // Text that spills out of its element still paints: measure the element's content too.
      const range = document.createRange();
      range.selectNodeContents(element);
      const ink = range.getBoundingClientRect();
      const clips = getComputedStyle(element).overflow !== 'visible';
      const box =
        clips || ink.width === 0
          ? rect
          : {
              x: Math.min(rect.x, ink.x),
              y: Math.min(rect.y, ink.y),
              width: Math.max(rect.right, ink.right) - Math.min(rect.x, ink.x),
              height: Math.max(rect.bottom, ink.bottom) - Math.min(rect.y, ink.y),
            };
      return {
        what: `${element.className || element.tagName}: ${(element.textContent ?? '').slice(0, 12)}`,
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
      };
    });
  }, selector);
}

/** A meeting with a choice vote open on the long options, counted. */
async function openChoiceVote(url: string) {
  const chair = await connectChair(url);
  const meetingId = await prepareMeeting(chair, '长选项测试会议');
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'choice',
    question: '电梯加装方案比选',
    options: OPTIONS,
  });
  await chair.dispatch(meetingId, {
    type: 'vote/enterCounts',
    counts: { han: { heads: 2 }, latin: { heads: 1 }, short: { heads: 1 }, abstain: { heads: 1 } },
  });
  return chair;
}

test("a 200-character option label keeps the projector's tally bars on screen", async ({
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const chair = await openChoiceVote(server.url);
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${server.url}/projector`);
    await expect(page.getByTestId('projector-count-han')).toHaveText('2');
    await page.evaluate(() => document.fonts.ready);
    const where = `projector ${viewport.width}x${viewport.height}`;
    await page.screenshot({ path: `${SHOTS}/projector-${viewport.width}x${viewport.height}.png` });

    const parts = await boxes(
      page,
      '.pj-bar, .pj-bar-label, .pj-bar-track, .pj-bar-count, .pj-result, .pj-checks',
    );
    expect(parts.filter((p) => p.what.startsWith('pj-bar ')).length, where).toBe(4);
    const outside = parts.filter(({ box }) => !inside(box, viewport.width, viewport.height));
    expect(outside, `${where}: off screen`).toEqual([]);
    for (const row of await page.locator('.pj-bar').all()) {
      const key = await row.getAttribute('data-key');
      const label = await boxes(page, `.pj-bar[data-key="${key}"] .pj-bar-label`);
      const others = await boxes(
        page,
        `.pj-bar[data-key="${key}"] .pj-bar-track, .pj-bar[data-key="${key}"] .pj-bar-count`,
      );
      for (const other of others)
        expect(overlap(label[0]!.box, other.box), `${where} ${key}: label over ${other.what}`).toBe(
          false,
        );
    }
    // Cut short on the screen, the whole label is still there for whoever points at it.
    await expect(page.locator('.pj-bar[data-key="han"] .pj-bar-label')).toHaveAttribute(
      'title',
      HAN,
    );
    await context.close();
  }

  chair.close();
});

test("a 200-character option label stays clear of the console's count inputs", async ({
  browser,
  server,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const chair = await openChoiceVote(server.url);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: /长选项测试会议/ }).click();
  const form = page.locator('form.counts');
  await expect(form).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/console-1366x768.png`, fullPage: true });
  // The middle column must not grow sideways (it then scrolls and hides the meeting's controls).
  const sideways = await page.evaluate(() => {
    const main = document.querySelector('.run-main') as HTMLElement;
    return main.scrollWidth - main.clientWidth;
  });
  expect(sideways, 'the middle column scrolls sideways').toBeLessThanOrEqual(1);
  await page.locator('section.votes').screenshot({ path: `${SHOTS}/console-vote-panel.png` });
  const cells = await boxes(page, '.counts-cell');
  const labels = await boxes(page, '.counts-cell label');
  const inputs = await boxes(page, '.counts-cell input');
  const tally = await boxes(page, '.tally-label, .tally-track, .tally-count');
  const panel = (await boxes(page, '.counts'))[0]!.box;
  expect(labels.length).toBe(4);
  for (const label of labels) {
    for (const input of inputs)
      expect(overlap(label.box, input.box), `${label.what} over ${input.what}`).toBe(false);
    expect(
      label.box.x >= panel.x - 0.5 && label.box.x + label.box.width <= panel.x + panel.width + 0.5,
      `${label.what} leaves the form`,
    ).toBe(true);
  }
  for (const cell of cells)
    expect(cell.box.x + cell.box.width, `${cell.what} leaves the form`).toBeLessThanOrEqual(
      panel.x + panel.width + 0.5,
    );
  const labelsOfTally = tally.filter((p) => p.what.startsWith('tally-label'));
  for (const label of labelsOfTally)
    for (const other of tally.filter((p) => !p.what.startsWith('tally-label')))
      expect(overlap(label.box, other.box), `${label.what} over ${other.what}`).toBe(false);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the console scrolls sideways').toBeLessThanOrEqual(1366);
  await expect(page.locator('.counts-cell label[for="count-latin"]')).toHaveAttribute(
    'title',
    LATIN,
  );
  await context.close();
  chair.close();
});
