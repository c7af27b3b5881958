import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { connectChair, createMeeting } from './chair-client';
import { expect, test } from './fixtures';

// The chair bench (npm run bench -- chair) lost its "next speaker" goal when the run screen got
// its speech summaries: every 请下一位发言 re-rendered the summary row of every earlier speech,
// and, with the whole queue shown, every row below the sortable head. Later it lost it again to
// the sortable head's rows (dnd-kit handed all forty a new context on every queue change), the
// quorum badge (500 members counted again) and the sign-in cards' selectors (six per card, run
// on every change). These counts are what the bench's milliseconds come from, without its
// timing: rows whose speech or place did not change must not render again.

const MEMBERS = 80;
const QUEUED = 70;
const CALLED = 12;
const SORTABLE = 40; // SpeakerQueue's sortable head; later requests are plain rows

/**
 * Stands in for React DevTools (React calls its hook on every commit, production builds too) and
 * counts, per commit, the components that rendered again (not those mounted), by the element
 * they draw first. Fiber fields used: tag, flags (1 = PerformedWork), alternate, child, sibling,
 * stateNode; a subtree React did not enter keeps its old child fiber, so the walk stops there.
 */
const RENDER_PROBE = `(() => {
  const counts = {};
  window.__renders = counts;
  const COMPONENT = new Set([0, 11, 14, 15]);
  const firstElement = (fiber) => {
    for (let child = fiber.child; child; child = child.sibling) {
      if (child.tag === 5) return child.stateNode;
      const found = firstElement(child);
      if (found) return found;
    }
    return null;
  };
  const kind = (element) => {
    if (!element) return 'none';
    if (element.matches('.summary-row')) return 'summaryRow';
    if (element.matches('.queue-row, .sortable-row') && element.closest('ol[start]'))
      return 'queueRestRow';
    if (element.matches('.queue-list:not([start]) > .sortable-row')) return 'queueHeadRow';
    if (element.matches('[data-testid="quorum"]')) return 'quorum';
    if (element.matches('.pj-top')) return 'projectorTop';
    if (element.matches('.pj-room')) return 'projectorRoom';
    return 'other';
  };
  // A phone voter's line is a plain <li>: counted when its parent built it again (new props).
  const VOTER_LINE = '[data-testid="vote-phone-voters"] li';
  const visit = (fiber) => {
    if (!fiber.alternate) return;
    if (fiber.tag === 5 && fiber.memoizedProps !== fiber.alternate.memoizedProps &&
        fiber.stateNode.matches(VOTER_LINE))
      counts.voterLine = (counts.voterLine ?? 0) + 1;
    if (COMPONENT.has(fiber.tag) && (fiber.flags & 1) === 1) {
      const key = kind(firstElement(fiber));
      counts[key] = (counts[key] ?? 0) + 1;
    }
    if (fiber.child === fiber.alternate.child) return;
    for (let child = fiber.child; child; child = child.sibling) visit(child);
  };
  // Store subscriptions (useSyncExternalStore hooks: their queue holds getSnapshot) of every
  // mounted component whose first element matches a selector, as one list per component.
  let root = null;
  window.__subscriptions = (selector) => {
    const out = [];
    const walk = (fiber) => {
      for (; fiber; fiber = fiber.sibling) {
        if (COMPONENT.has(fiber.tag) && firstElement(fiber)?.matches(selector)) {
          let n = 0;
          for (let hook = fiber.memoizedState; hook; hook = hook.next)
            if (hook.queue && 'getSnapshot' in hook.queue) n++;
          out.push(n);
        }
        walk(fiber.child);
      }
    };
    walk(root?.current);
    return out;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id, committed) => {
      root = committed;
      visit(committed.current);
    },
  };
})()`;

/** A running meeting: members signed in, a long queue on the open item, CALLED speeches held. */
async function longQueue(url: string): Promise<string> {
  const chair = await connectChair(url);
  try {
    const meetingId = await createMeeting(chair, {
      title: '排队较长的议事会',
      bodyKind: 'residentsCouncil',
      date: '2026-05-10',
    });
    const dispatch = (command: Record<string, unknown>) => chair.dispatch(meetingId, command);
    const ids = Array.from({ length: MEMBERS }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
    for (const [i, memberId] of ids.entries())
      await dispatch({
        type: 'roster/addMember',
        memberId,
        name: `居民${i + 1}号`,
        category: 'residentRep',
      });
    await dispatch({ type: 'agenda/addItem', itemId: 'item-1', title: '小区停车收费方案' });
    await dispatch({ type: 'meeting/open' });
    for (const memberId of ids) await dispatch({ type: 'roster/signIn', memberId });
    await dispatch({ type: 'agenda/openItem', itemId: 'item-1' });
    for (const memberId of ids.slice(0, QUEUED))
      await dispatch({ type: 'queue/request', memberId });
    for (let i = 1; i <= CALLED; i++)
      await dispatch({ type: 'queue/callNext', speechId: `speech-${i}` });
    return meetingId;
  } finally {
    chair.close();
  }
}

async function rendersOfNextSpeaker(page: Page): Promise<Record<string, number>> {
  const speaker = page.getByTestId('speaker');
  const before = await speaker.textContent();
  await page.evaluate(() => {
    const counts = (window as unknown as { __renders: Record<string, number> }).__renders;
    for (const key of Object.keys(counts)) delete counts[key];
  });
  await page.getByRole('button', { name: /请下一位发言/ }).click();
  await expect(speaker).not.toHaveText(before ?? '');
  // Effects after the change (none expected to touch these rows) get their commits too.
  await page.waitForTimeout(300);
  return page.evaluate(() => ({
    ...(window as unknown as { __renders: Record<string, number> }).__renders,
  }));
}

test('next speaker renders again only the summary rows and queue rows that changed', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const meetingId = await longQueue(server.url);
  await page.addInitScript(RENDER_PROBE);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${server.url}/#meeting=${meetingId}`);
  const waiting = QUEUED - CALLED;
  await expect(page.locator('#queue-heading .badge')).toHaveText(String(waiting));
  const rows = page.locator('.summaries .summary-row');
  await expect(rows).toHaveCount(CALLED);
  await page.getByRole('button', { name: /显示全部/ }).click();
  const rest = page.locator('.queue-list[start] .queue-row');
  await expect(rest).toHaveCount(waiting - SORTABLE);
  const head = page.locator('.queue-list:not([start]) .queue-name');
  const headBefore = await head.allTextContents();
  const firstOfRest = (await rest.first().locator('.queue-name').textContent()) ?? '';

  // Each sign-in card subscribes to the store once (its own card), not once per value it shows:
  // every subscription runs its selector on every change of the store, 500 cards at a time.
  const perCard = await page.evaluate(() =>
    (window as unknown as { __subscriptions(selector: string): number[] }).__subscriptions(
      '.signin-row',
    ),
  );
  expect(perCard).toHaveLength(MEMBERS);
  expect(new Set(perCard)).toEqual(new Set([1]));
  // The same for every queue row shown, in the head and below it.
  const perQueueRow = await page.evaluate(() =>
    (window as unknown as { __subscriptions(selector: string): number[] }).__subscriptions(
      '.queue-row',
    ),
  );
  expect(perQueueRow).toHaveLength(waiting);
  expect(new Set(perQueueRow)).toEqual(new Set([1]));

  const counts = await rendersOfNextSpeaker(page);
  // The screen still shows the step: a row for the new speech, the ended one without its badge,
  // the queue one shorter.
  await expect(rows).toHaveCount(CALLED + 1);
  await expect(rows.locator('.badge')).toHaveCount(1);
  await expect(rows.last().locator('.badge')).toBeVisible();
  await expect(rest).toHaveCount(waiting - 1 - SORTABLE);
  await expect(page.locator('.queue-list[start] .sortable-pos')).toHaveText(
    Array.from({ length: waiting - 1 - SORTABLE }, (_, i) => String(SORTABLE + 1 + i)),
  );
  // The probe sees the screen's components at all (else the counts below would prove nothing).
  expect(counts.other ?? 0).toBeGreaterThan(0);
  // Only the speech that ended changed among the earlier ones (its end time and badge).
  expect(counts.summaryRow ?? 0).toBeLessThanOrEqual(1);
  // The rows below the head keep their member and their button: nothing to render again.
  expect(counts.queueRestRow ?? 0).toBe(0);
  // The sortable head moved up by one, numbered 1 to 40 again, without rendering its rows: only
  // their numbers change (the row that left unmounts, the one that joined mounts).
  await expect(head).toHaveText([...headBefore.slice(1), firstOfRest]);
  await expect(page.locator('.queue-list:not([start]) .sortable-pos')).toHaveText(
    Array.from({ length: SORTABLE }, (_, i) => String(i + 1)),
  );
  expect(counts.queueHeadRow ?? 0).toBe(0);
  // Nobody signed in or out: 实到 / 应到 stays the same object and its badge does not render.
  expect(counts.quorum ?? 0).toBe(0);

  // 移到最前 still moves the queue as it stands at the click (it reads the store, not a render).
  const last = (await rest.last().locator('.queue-name').textContent()) ?? '';
  await page.getByRole('button', { name: `把 ${last} 移到最前` }).click();
  await expect(page.locator('.queue-list .queue-name').first()).toHaveText(last);
  await expect(page.locator('#queue-heading .badge')).toHaveText(String(waiting - 1));

  // The queue changed twice since the head last sorted: a drag by keyboard still moves the row
  // it picked up to where it was dropped (the sortable context takes the queue as it is now).
  const order = await head.allTextContents();
  const second = order[1] ?? '';
  await page.getByRole('button', { name: `拖动调整“${second}”的顺序` }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(`“${second}”移到第 2 位。`)).toBeAttached();
  // dnd-kit listens for arrow keys from a setTimeout(0) after the drag starts (chair-keyboard).
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(`“${second}”移到第 1 位。`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(head).toHaveText([second, order[0] ?? '', ...order.slice(2)]);
});

/** A phone that exchanged its slip's code for a device key: it signs in and votes on its socket. */
async function phoneOf(lanBase: string, code: string) {
  const response = await fetch(`${lanBase}/join/slip`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const { deviceKey } = (await response.json()) as { deviceKey: string };
  const ws = new WebSocket(`${lanBase.replace('http', 'ws')}/ws/participant?key=${deviceKey}`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let next = 1;
  const call = (channel: string, request: unknown) =>
    new Promise<boolean>((resolve) => {
      const id = next++;
      const listener = (data: WebSocket.RawData) => {
        const frame = JSON.parse(String(data)) as {
          kind?: string;
          id?: number;
          result?: { ok: boolean };
        };
        if (frame.kind !== 'response' || frame.id !== id) return;
        ws.off('message', listener);
        resolve(frame.result?.ok ?? false);
      };
      ws.on('message', listener);
      ws.send(JSON.stringify({ id, channel, request }));
    });
  return { call, close: () => ws.terminate() };
}

test('a phone ballot renders only its own line among the phone voters, and on the projector neither its top bar nor the room corner', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const VOTERS = 30;
  const chair = await connectChair(server.url);
  const phones: { call(channel: string, request: unknown): Promise<boolean>; close(): void }[] = [];
  try {
    const created = await chair.call('meetings/create', {
      command: {
        type: 'meeting/create',
        title: '手机表决',
        bodyKind: 'residentsCouncil',
        date: '2026-05-10',
      },
    });
    const meetingId = (created.value as { meetingId: string }).meetingId;
    const dispatch = (command: Record<string, unknown>) => chair.dispatch(meetingId, command);
    for (let i = 0; i < VOTERS; i++)
      await dispatch({
        type: 'roster/addMember',
        memberId: `p${i}`,
        name: `居民${i + 1}号`,
        category: 'residentRep',
      });
    await dispatch({ type: 'agenda/addItem', itemId: 'item-1', title: '加装电梯' });
    await dispatch({ type: 'meeting/open' });
    await dispatch({ type: 'agenda/openItem', itemId: 'item-1' });
    const status = await chair.call('room/set', { enabled: true, meetingId });
    const lanBase = new URL((status.value as { urls: string[] }).urls[0] ?? '').origin.replace(
      'localhost',
      '127.0.0.1',
    );
    const { personal } = JSON.parse(
      readFileSync(join(server.dataDir, 'rooms', `${meetingId}.json`), 'utf8'),
    ) as { personal: Record<string, string> };
    for (let i = 0; i < VOTERS; i++) {
      const phone = await phoneOf(lanBase, personal[`p${i}`] ?? '');
      phones.push(phone);
      expect(await phone.call('participant/signIn', {})).toBe(true);
    }
    await dispatch({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意' });
    const vote = (i: number) =>
      phones[i]?.call('participant/vote', {
        voteId: 'v1',
        ballotId: `ballot-${i}-e2e`,
        choice: 'yes',
      });
    for (let i = 0; i < VOTERS - 1; i++) expect(await vote(i)).toBe(true);

    await page.addInitScript(RENDER_PROBE);
    await page.goto(`${server.url}/#meeting=${meetingId}`);
    const lines = page.locator('[data-testid="vote-phone-voters"] li');
    await expect(lines).toHaveCount(VOTERS - 1);
    const projector = await page.context().newPage();
    await projector.addInitScript(RENDER_PROBE);
    await projector.goto(`${server.url}/projector`);
    await expect(projector.getByTestId('projector-room')).toBeVisible();
    await expect(projector.getByTestId('projector-tally')).toBeVisible();
    const reset = () => {
      const counts = (window as unknown as { __renders: Record<string, number> }).__renders;
      for (const key of Object.keys(counts)) delete counts[key];
    };
    await page.evaluate(reset);
    await projector.evaluate(reset);
    expect(await vote(VOTERS - 1)).toBe(true);
    await expect(lines).toHaveCount(VOTERS);
    await page.waitForTimeout(300);
    const read = () => ({
      ...(window as unknown as { __renders: Record<string, number> }).__renders,
    });
    const counts = await page.evaluate(read);
    const shown = await projector.evaluate(read);
    // The projector's frame with the ballot re-rendered its board (the probe saw it), but the
    // top bar's words and the room's QR and code did not change: neither was built again. The
    // clock may turn a minute meanwhile, which renders the top bar once.
    expect(shown.other ?? 0).toBeGreaterThan(0);
    expect(shown.projectorRoom ?? 0).toBe(0);
    expect(shown.projectorTop ?? 0).toBeLessThanOrEqual(1);
    // The probe saw the vote panel's commit (else the count below would prove nothing).
    expect(counts.other ?? 0).toBeGreaterThan(0);
    // The new line mounts; the 29 lines already there keep their name and answer: none rebuilt.
    expect(counts.voterLine ?? 0).toBe(0);
    await expect(lines.last()).toContainText('居民30号');
  } finally {
    for (const phone of phones) phone.close();
    chair.close();
  }
});

test('in a large room the sign-in cards out of the list’s view are not drawn until scrolled to', async ({
  page,
  server,
}) => {
  const chair = await connectChair(server.url);
  let meetingId = '';
  try {
    meetingId = await createMeeting(chair, {
      title: '二百人的业主大会',
      bodyKind: 'residentsCouncil',
      date: '2026-05-10',
    });
    await chair.dispatch(meetingId, {
      type: 'roster/importMembers',
      members: Array.from({ length: 200 }, (_, i) => ({
        memberId: `m${i + 1}`,
        name: `业主${i + 1}号`,
        category: 'residentRep',
      })),
    });
    await chair.dispatch(meetingId, { type: 'meeting/open' });
  } finally {
    chair.close();
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${server.url}/#meeting=${meetingId}`);
  const cards = page.locator('.signin-list > .signin-row');
  await expect(cards).toHaveCount(200);
  // Chromium says whether it skipped rendering a card's contents (content-visibility: auto).
  const drawn = (index: number) =>
    cards
      .nth(index)
      .locator('.signin-name')
      .evaluate((name) => name.checkVisibility({ contentVisibilityAuto: true }));
  await expect.poll(() => drawn(0)).toBe(true);
  expect(await drawn(199)).toBe(false);
  // Scrolled to, the last card is drawn and signs its member in like any other.
  const last = cards.nth(199).locator('.signin-toggle');
  await last.scrollIntoViewIfNeeded();
  await expect.poll(() => drawn(199)).toBe(true);
  await last.click();
  await expect(cards.nth(199)).toHaveClass(/present/);
});
