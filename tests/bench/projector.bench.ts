import { chromium, type Page } from '@playwright/test';
import { connectChair } from '../e2e/chair-client';
import { chromiumExecutable, CHROMIUM_ARGS } from '../e2e/chromium';
import { startServer } from '../e2e/server';
import type { BenchResult } from './types';

const ACTIONS = 500;
const MEMBERS = 500;
const QUEUED = 200;
const GOAL_MS = 16.7;
/** One click every 50 ms: a brisk chair, and well apart so each change is measured on its own. */
const PACE_MS = 50;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? Number.NaN;
}

/** Records, in the projector page, when each announcement first appears in the DOM. */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { __seen: Record<string, number> }).__seen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=projector-message]')?.textContent ?? '';
      if (text && !(text in seen)) seen[text] = performance.timeOrigin + performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Chair click to projector DOM, from the console's own form through its store, the WebSocket
 * carrier and the whole backend (gate, core, storage, push). Both ends take timestamps inside the pages (performance.timeOrigin + now), as
 * STACK.md advises: Playwright's own round trips would add 20–70 ms that the room never sees.
 */
export default async function run(): Promise<BenchResult[]> {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const api = await connectChair(server.url);
    const created = await api.call('meetings/create', {
      command: {
        type: 'meeting/create',
        title: '大型居民代表会议（基准测试）',
        bodyKind: 'residentsCouncil',
        date: '2026-05-01',
      },
    });
    const meetingId = (created.value as { meetingId: string }).meetingId;
    for (let index = 0; index < MEMBERS; index += 1) {
      await api.dispatch(meetingId, {
        type: 'roster/addMember',
        memberId: `m${index}`,
        name: `居民代表${index}`,
        category: 'residentRep',
      });
    }
    await api.dispatch(meetingId, {
      type: 'agenda/addItem',
      itemId: 'i1',
      title: '年度民生实事项目征集',
    });
    await api.dispatch(meetingId, { type: 'meeting/open' });
    for (let index = 0; index < MEMBERS; index += 1)
      await api.dispatch(meetingId, { type: 'roster/signIn', memberId: `m${index}` });
    await api.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
    for (let index = 0; index < QUEUED; index += 1)
      await api.dispatch(meetingId, { type: 'queue/request', memberId: `m${index}` });
    await api.call('meeting/open', { meetingId });

    // The chair console with the meeting open, as in a real session (it receives every change too).
    const chair = await (await browser.newContext()).newPage();
    await chair.goto(`${server.url}/#meeting=${meetingId}`);
    await chair.waitForFunction(() =>
      Array.from(document.querySelectorAll('h1')).some((h) => h.textContent?.includes('基准测试')),
    );
    const local = await (await browser.newContext()).newPage();
    await local.goto(`${server.url}/projector`);
    await local.waitForSelector('[data-testid=projector-queue]');

    const lanStatus = await api.call('lan/set', { enabled: true });
    const shown = new URL((lanStatus.value as { urls: string[] }).urls[0] ?? '');
    shown.hostname = '127.0.0.1';
    const lan = await (await browser.newContext()).newPage();
    await lan.goto(shown.toString());
    await lan.waitForSelector('[data-testid=projector-queue]');
    await watch(local);
    await watch(lan);

    // The chair console's own announcement form (投屏公告) on the run screen: each action types a
    // text and clicks 投到大屏, so the command goes through the console's store and its socket.
    await chair.waitForSelector('#display-message');
    // Sent as source text: tsx would wrap named functions in a helper the page does not have.
    await chair.evaluate(`(() => {
      const sent = {};
      let next = 1;
      const input = document.getElementById('display-message');
      const submit = [...input.form.querySelectorAll('button')].find((b) => b.textContent === '投到大屏');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      window.__sent = sent;
      window.__act = () => {
        const text = '公告 ' + next++;
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        sent[text] = performance.timeOrigin + performance.now();
        submit.click();
      };
    })()`);

    // The chair page acts at a steady pace by itself, and nothing from Playwright runs in any
    // page until the last action has landed: the polling would otherwise compete for the very
    // main threads being measured.
    await chair.evaluate(
      ({ actions, paceMs }) =>
        new Promise<void>((resolve) => {
          let done = 0;
          const timer = setInterval(() => {
            (window as unknown as { __act: () => void }).__act();
            done += 1;
            if (done === actions) {
              clearInterval(timer);
              resolve();
            }
          }, paceMs);
        }),
      { actions: ACTIONS, paceMs: PACE_MS },
    );
    for (const page of [local, lan]) {
      await page.waitForFunction(
        (t) => t in (window as unknown as { __seen: Record<string, number> }).__seen,
        `公告 ${ACTIONS}`,
        {
          polling: 100,
        },
      );
    }
    const sent = await chair.evaluate(
      () => (window as unknown as { __sent: Record<string, number> }).__sent,
    );
    const latencies = async (page: Page) => {
      const seen = await page.evaluate(
        () => (window as unknown as { __seen: Record<string, number> }).__seen,
      );
      // A text never shown would be a lost action: counted apart, never sorted in as NaN.
      const all = Object.entries(sent).map(([text, at]) => (seen[text] ?? Number.NaN) - at);
      return {
        ms: all.filter((ms) => !Number.isNaN(ms)).sort((a, b) => a - b),
        missed: all.filter((ms) => Number.isNaN(ms)).length,
      };
    };
    const [localRun, lanRun] = [await latencies(local), await latencies(lan)];
    const [localMs, lanMs] = [localRun.ms, lanRun.ms];
    api.close();
    const row = (name: string, value: number): BenchResult => ({
      name,
      value: Math.round(value * 100) / 100,
      unit: 'ms',
      goal: `p95 < ${GOAL_MS} ms`,
      pass: !name.includes('p95') || value < GOAL_MS,
    });
    return [
      row('chair click → projector DOM, p50', percentile(localMs, 0.5)),
      row('chair click → projector DOM, p95', percentile(localMs, 0.95)),
      row('chair click → LAN page DOM, p50', percentile(lanMs, 0.5)),
      row('chair click → LAN page DOM, p95', percentile(lanMs, 0.95)),
      {
        name: `chair actions not shown (of ${ACTIONS}, projector + LAN)`,
        value: localRun.missed + lanRun.missed + (ACTIONS - Object.keys(sent).length),
        unit: 'count',
        goal: '0',
        pass: localRun.missed + lanRun.missed === 0 && Object.keys(sent).length === ACTIONS,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
