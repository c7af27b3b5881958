import type { Page } from '@playwright/test';
import { connectChair } from './chair-client';
import { expect, test } from './fixtures';

// 会前文件 on the prepare screen with an agenda item of 60 characters (the proposal notice's select
// shows it): as on the close page, every button can be scrolled to and clicked at every laptop
// width, and nothing in the panel leaves its box or is cut.

const TITLE = '关于'
  .concat('按照业主大会决定的分摊比例使用公共维修资金更换三号楼电梯并同步改造'.repeat(2))
  .slice(0, 60);
const WIDTHS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** A meeting in preparation, far enough ahead for a proposal notice, the long item first. */
async function draftMeeting(url: string): Promise<string> {
  const chair = await connectChair(url);
  const created = await chair.call('meetings/create', {
    command: {
      type: 'meeting/create',
      title: '锦绣苑小区议事会',
      bodyKind: 'compoundCouncil',
      date: '2030-05-01',
      place: '锦绣苑社区活动室',
      chair: '王秀英',
    },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const meetingId = (created.value as { meetingId: string }).meetingId;
  await chair.dispatch(meetingId, {
    type: 'roster/addMember',
    memberId: 'm1',
    name: '张建国',
    category: 'committee',
  });
  await chair.dispatch(meetingId, { type: 'agenda/addItem', itemId: 'i1', title: TITLE });
  await chair.dispatch(meetingId, {
    type: 'agenda/addItem',
    itemId: 'i2',
    title: '公共晾晒区改造',
  });
  chair.close();
  return meetingId;
}

/** Elements of the panel that stick out of it or are cut by their own box. */
function escapes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('.before-meeting');
    if (!panel) return ['no before-meeting panel'];
    const edge = panel.getBoundingClientRect();
    const out: string[] = [];
    for (const el of Array.from(panel.querySelectorAll<HTMLElement>('*'))) {
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
  test(`prepare screen at ${size.width}: a 60-character item hides no button of 会前文件`, async ({
    page,
    server,
  }) => {
    const meetingId = await draftMeeting(server.url);
    await page.setViewportSize(size);
    await page.goto(`${server.url}/#meeting=${meetingId}`);
    const panel = page.getByRole('region', { name: '会前文件' });
    await expect(panel.locator('select')).toContainText(TITLE);
    await expect(panel.getByTestId('proposal-title')).toHaveText(TITLE);

    const buttons = panel.getByRole('button');
    const names = await buttons.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < names.length; i++) {
      const button = buttons.nth(i);
      // Scrolled to the middle: "if needed" may stop a fraction of a pixel short at the edge.
      await button.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(button, names[i]).toBeInViewport({ ratio: 1 });
      // Nothing lies over it: a trial click finds the button itself under the pointer.
      if (await button.isEnabled()) await button.click({ trial: true, timeout: 2000 });
    }
    expect(await escapes(page)).toEqual([]);
    // Another item can be chosen, and the line under the select shows its whole title.
    await panel.locator('select').selectOption('i2');
    await expect(panel.getByTestId('proposal-title')).toHaveText('公共晾晒区改造');
  });
}
