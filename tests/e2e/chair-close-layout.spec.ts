import type { Page } from '@playwright/test';
import { connectChair, prepareMeeting } from './chair-client';
import { expect, test } from './fixtures';

// 散会与记录 with a vote question of 60 characters (the select of the notice shows it whole):
// every export button can be scrolled to and clicked at every laptop width, and nothing in the
// left column leaves its box or is cut, the objection-channel fields included.

const QUESTION = '是否同意'
  .concat('按照业主大会决定的分摊比例使用公共维修资金更换三号楼电梯并同步改造'.repeat(2))
  .slice(0, 60);
const WIDTHS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** A closed meeting with two closed votes, the last (shown first) on the 60-character question. */
async function closedMeeting(url: string): Promise<string> {
  const chair = await connectChair(url);
  const meetingId = await prepareMeeting(chair, '锦绣苑小区议事会');
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  for (const [voteId, question] of [
    ['v1', '是否同意公共晾晒区改造'],
    ['v2', QUESTION],
  ] as const) {
    await chair.dispatch(meetingId, { type: 'vote/open', voteId, method: 'hands', question });
    await chair.dispatch(meetingId, { type: 'vote/enterCounts', counts: { yes: { heads: 5 } } });
    await chair.dispatch(meetingId, { type: 'vote/close' });
  }
  await chair.dispatch(meetingId, { type: 'meeting/close' });
  chair.close();
  return meetingId;
}

/** Elements of the close column that stick out of the column or are cut by their own box. */
function escapes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const column = document.querySelector('.close-meeting');
    if (!column) return ['no close column'];
    const edge = column.getBoundingClientRect();
    const out: string[] = [];
    for (const el of Array.from(column.querySelectorAll<HTMLElement>('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const name = `${el.tagName}.${el.className}`;
      if (box.left < edge.left - 1 || box.right > edge.right + 1)
        out.push(
          `${name} ${Math.round(box.left)}..${Math.round(box.right)} outside ${Math.round(edge.left)}..${Math.round(edge.right)}`,
        );
      // A field or button whose text is wider than itself is cut (an input scrolls, so skip it).
      if (el.tagName !== 'INPUT' && el.tagName !== 'SELECT' && el.scrollWidth > el.clientWidth + 1)
        out.push(`${name} cut ${el.scrollWidth}>${el.clientWidth}`);
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
      out.push('page scrolls sideways');
    return out.slice(0, 10);
  });
}

for (const size of WIDTHS) {
  test(`close page at ${size.width}: a 60-character question hides no export button`, async ({
    page,
    server,
  }) => {
    const meetingId = await closedMeeting(server.url);
    await page.setViewportSize(size);
    await page.goto(`${server.url}/#meeting=${meetingId}`);
    await page.getByRole('button', { name: '散会与记录' }).click();
    const column = page.locator('.close-meeting');
    await expect(column.getByTestId('closed-at')).toBeVisible();
    await expect(column.locator('select')).toContainText(QUESTION);
    await expect(column.getByTestId('notice-question')).toHaveText(QUESTION);

    const buttons = column.getByRole('button');
    const names = await buttons.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < names.length; i++) {
      const button = buttons.nth(i);
      await button.scrollIntoViewIfNeeded();
      await expect(button, names[i]).toBeInViewport({ ratio: 1 });
      // Nothing lies over it: a trial click finds the button itself under the pointer.
      await button.click({ trial: true, timeout: 2000 });
    }
    for (const label of ['书面异议送交地址', '联系电话', '受理人']) {
      const field = column.locator('.notice-fields').getByLabel(label, { exact: false }).first();
      await field.scrollIntoViewIfNeeded();
      await expect(field, label).toBeInViewport({ ratio: 1 });
    }
    expect(await escapes(page)).toEqual([]);
    // The notice's vote can be chosen, and the line under the select shows its whole question.
    await column.locator('select').selectOption('v1');
    await expect(column.getByTestId('notice-question')).toHaveText('是否同意公共晾晒区改造');
  });
}
