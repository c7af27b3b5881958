import { chromium, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { chromiumExecutable, CHROMIUM_ARGS } from '../e2e/chromium';
import { startServer } from '../e2e/server';
import type { BenchResult } from './types';

const MEMBERS = 500;
const QUEUED = 200;
const RUNS = 60;
const WARMUP = 5;
const GOAL_MS = 16;

type Frame = {
  kind: string;
  id?: number;
  result?: { ok: boolean; value?: unknown; error?: unknown };
};

/** A chair connection from Node, the same frames the console sends, to set up a large meeting fast. */
async function chairSocket(url: string) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws/chair`, { origin: url });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let next = 1;
  const waiting = new Map<number, (frame: Frame) => void>();
  ws.on('message', (data: Buffer) => {
    const frame = JSON.parse(data.toString()) as Frame;
    if (frame.kind === 'response' && frame.id !== undefined) waiting.get(frame.id)?.(frame);
  });
  const call = (channel: string, request: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      waiting.set(id, (frame) => {
        waiting.delete(id);
        if (frame.result?.ok) resolve(frame.result.value);
        else reject(new Error(`${channel}: ${JSON.stringify(frame.result?.error)}`));
      });
      ws.send(JSON.stringify({ id, channel, request }));
    });
  return { call, close: () => ws.close() };
}

/** A running meeting with 500 members signed in and 200 speakers queued on the open item. */
async function bigMeeting(url: string): Promise<string> {
  const chair = await chairSocket(url);
  const created = (await chair.call('meetings/create', {
    command: {
      type: 'meeting/create',
      title: '大型议事会（基准测试）',
      bodyKind: 'residentsCouncil',
      date: '2026-05-10',
    },
  })) as { meetingId: string };
  const meetingId = created.meetingId;
  const dispatch = (command: unknown) => chair.call('meeting/dispatch', { meetingId, command });
  const ids = Array.from({ length: MEMBERS }, (_, i) => `m${String(i + 1).padStart(3, '0')}`);
  // The backend runs one meeting's commands in order, so they can all be sent at once.
  await Promise.all(
    ids.map((memberId, i) =>
      dispatch({
        type: 'roster/addMember',
        memberId,
        name: `居民${i + 1}号`,
        category: i % 7 === 0 ? 'committee' : 'residentRep',
        household: `h${i + 1}`,
      }),
    ),
  );
  await dispatch({ type: 'agenda/addItem', itemId: 'item-1', title: '小区停车收费方案' });
  await dispatch({ type: 'meeting/open' });
  await Promise.all(ids.map((memberId) => dispatch({ type: 'roster/signIn', memberId })));
  await dispatch({ type: 'agenda/openItem', itemId: 'item-1' });
  await Promise.all(
    ids.slice(0, QUEUED).map((memberId) => dispatch({ type: 'queue/request', memberId })),
  );
  chair.close();
  return meetingId;
}

/**
 * Milliseconds from a chair's click to the chair window showing its effect, measured inside the
 * page (Playwright's own round trips would swamp it): the click, the command to main, main
 * deciding and storing it, the change back, the store, React, the DOM.
 */
type Sample = Readonly<{ times: number[]; renderer: number[] }>;

async function measure(page: Page, action: 'signIn' | 'callNext'): Promise<Sample> {
  // Plain JavaScript in a string: tsx would add helpers (__name) that the page does not have.
  return page.evaluate(`(async () => {
    const action = ${JSON.stringify(action)};
    const times = [];
    const renderer = [];
    const arrival = (t0) => window.__changes.find((t) => t > t0) ?? t0;
    const changed = (target, test) => new Promise((resolve) => {
      if (test()) return resolve();
      const observer = new MutationObserver(() => {
        if (test()) { observer.disconnect(); resolve(); }
      });
      observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const speaker = () => document.querySelector('[data-testid="speaker"]')?.textContent ?? '';
    for (let run = 0; run < ${RUNS + WARMUP}; run++) {
      if (action === 'signIn') {
        const buttons = document.querySelectorAll('.signin-list .signin-toggle');
        const button = buttons[${QUEUED} + ((run * 7) % (buttons.length - ${QUEUED}))];
        const before = button.getAttribute('aria-pressed');
        const t0 = performance.now();
        button.click();
        await changed(button, () => button.getAttribute('aria-pressed') !== before);
        const t1 = performance.now();
        times.push(t1 - t0);
        renderer.push(t1 - arrival(t0));
      } else {
        const button = document.querySelector('.timer button');
        const before = speaker();
        const t0 = performance.now();
        button.click();
        await changed(document.querySelector('.run'), () => speaker() !== before);
        const t1 = performance.now();
        times.push(t1 - t0);
        renderer.push(t1 - arrival(t0));
      }
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    return { times, renderer };
  })()`);
}

function stats(times: readonly number[]) {
  const sorted = times.slice(WARMUP).sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

export default async function run(): Promise<BenchResult[]> {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const meetingId = await bigMeeting(server.url);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // Notes when each change from main reaches the page, before the app handles it, so the
    // renderer's own share (store, React, DOM) can be told apart from main's (decide, store, send).
    await page.addInitScript(`(() => {
      const Base = window.WebSocket;
      window.__changes = [];
      window.WebSocket = class extends Base {
        constructor(...args) {
          super(...args);
          this.addEventListener('message', (event) => {
            if (typeof event.data === 'string' && event.data.includes('"channel":"meeting/changed"')) {
              window.__changes.push(performance.now());
            }
          });
        }
      };
    })()`);
    await page.goto(`${server.url}/#meeting=${meetingId}`);
    await page.waitForFunction(
      ({ members, queued }) =>
        document.querySelectorAll('.signin-list .signin-toggle').length === members &&
        document.querySelector('#queue-heading .badge')?.textContent === String(queued),
      { members: MEMBERS, queued: QUEUED },
      { timeout: 60_000 },
    );
    const signInRun = await measure(page, 'signIn');
    const nextRun = await measure(page, 'callNext');
    const signIn = stats(signInRun.times);
    const next = stats(nextRun.times);
    // The same with every queued request on screen as a sortable row (the chair's "show all").
    await page.getByRole('button', { name: /显示全部/ }).click();
    const shownAll = await page.locator('.queue-list .queue-row').count();
    const nextAllRun = await measure(page, 'callNext');
    const nextAll = stats(nextAllRun.times);
    const row = (name: string, value: number): BenchResult => ({
      name,
      value: Math.round(value * 10) / 10,
      unit: 'ms',
      goal: `< ${GOAL_MS} ms`,
      pass: value < GOAL_MS,
    });
    return [
      row(`chair sign-in click → chair DOM, ${MEMBERS} members, ${QUEUED} queued, p50`, signIn.p50),
      row(`chair sign-in click → chair DOM, ${MEMBERS} members, ${QUEUED} queued, p95`, signIn.p95),
      row(`chair next speaker → chair DOM, ${MEMBERS} members, ${QUEUED} queued, p50`, next.p50),
      row(`chair next speaker → chair DOM, ${MEMBERS} members, ${QUEUED} queued, p95`, next.p95),
      row(`chair next speaker → chair DOM, all ${shownAll} queued shown, p95`, nextAll.p95),
      // The window's own share: from main's change arriving to the DOM showing it.
      row(`  of which chair window (change → DOM), sign-in, p95`, stats(signInRun.renderer).p95),
      row(`  of which chair window (change → DOM), next speaker, p95`, stats(nextRun.renderer).p95),
      row(
        `  of which chair window (change → DOM), all queued shown, p95`,
        stats(nextAllRun.renderer).p95,
      ),
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
