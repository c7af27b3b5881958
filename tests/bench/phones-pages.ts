import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';

// The two real pages of the phones benchmark: the projector page (/projector, what the room sees)
// and the chair console with its 投屏公告 form. Scripts go in as source text: tsx would wrap named
// functions in a helper the pages do not have. Every time is taken inside the page on the clock
// the swarm uses too (performance.timeOrigin + now).

/**
 * In the projector page: every change of the tally's total (the sum of the bars' counts, as the
 * room reads it) and the first sight of each announcement, stamped by a MutationObserver, and the
 * page's long tasks (over 50 ms of main thread) from the Performance API.
 */
const WATCH = `(() => {
  const w = window;
  const stamp = () => performance.timeOrigin + performance.now();
  w.__totals = [];
  w.__seen = {};
  w.__long = [];
  let last = -1;
  new MutationObserver(() => {
    const at = stamp();
    let total = 0;
    for (const count of document.querySelectorAll('[data-testid^="projector-count-"]'))
      total += Number(count.textContent) || 0;
    if (total !== last) {
      last = total;
      w.__totals.push([at, total]);
    }
    const text = document.querySelector('[data-testid=projector-message]')?.textContent ?? '';
    if (text && !(text in w.__seen)) w.__seen[text] = at;
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__long.push([performance.timeOrigin + entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
})()`;

/**
 * In the chair console: types a new announcement and clicks 投到大屏 every `pace` ms, stamping
 * each click, until __stop() (the page keeps its own pace: nothing from Playwright runs in it
 * meanwhile).
 */
const CLICKER = `(() => {
  const w = window;
  const input = document.getElementById('display-message');
  const submit = [...input.form.querySelectorAll('button')].find((b) => b.textContent === '投到大屏');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  w.__sent = {};
  w.__wsSent = {};
  w.__long = [];
  // When each announcement leaves the console on its socket: the click's own share of the delay.
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    const text = typeof data === 'string' ? /公告 \\d+/.exec(data)?.[0] : undefined;
    if (text && !(text in w.__wsSent)) w.__wsSent[text] = performance.timeOrigin + performance.now();
    return send.call(this, data);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__long.push([performance.timeOrigin + entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
  let next = 1;
  w.__start = (pace) => {
    const timer = setInterval(() => {
      const text = '公告 ' + next++;
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      w.__sent[text] = performance.timeOrigin + performance.now();
      submit.click();
    }, pace);
    w.__stop = () => clearInterval(timer);
  };
})()`;

export type PageLog = Readonly<{
  /** [time, total] each time the projector's tally total changed. */
  totals: Array<[number, number]>;
  /** announcement → when the projector first showed it. */
  seen: Record<string, number>;
  /** [start, duration] of the projector page's long tasks. */
  long: Array<[number, number]>;
}>;

/** A page's main-thread time so far, in ms, from Chromium's own counters (CDP Performance). */
export type Busy = Readonly<{ task: number; script: number; layout: number; style: number }>;

async function busyOf(cdp: CDPSession): Promise<Busy> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return {
    task: ms('TaskDuration'),
    script: ms('ScriptDuration'),
    layout: ms('LayoutDuration'),
    style: ms('RecalcStyleDuration'),
  };
}

export type Pages = Readonly<{
  /** Starts the V8 profiler in both pages; `stopProfiles` writes DIR/{chair,projector}-N.cpuprofile. */
  startProfiles(): Promise<void>;
  stopProfiles(dir: string, tag: string): Promise<void>;
  /** Main-thread time of the chair console and the projector page so far. */
  busy(): Promise<{ chair: Busy; projector: Busy }>;
  projector: Page;
  chair: Page;
  startClicks(paceMs: number): Promise<void>;
  /** Stops the clicks: each click's time, when it left on the socket, and the console's long tasks. */
  stopClicks(): Promise<{
    sent: Record<string, number>;
    onSocket: Record<string, number>;
    long: Array<[number, number]>;
  }>;
  projectorLog(): Promise<PageLog>;
  /** Until the projector's tally shows `total` ballots (or `timeoutMs` passes). */
  waitForTotal(total: number, timeoutMs: number): Promise<void>;
  /** How far the page's shared clock has drifted from its wall clock, in ms. */
  clockDrift(): Promise<number>;
}>;

export async function openPages(
  browser: Browser,
  url: string,
  meetingId: string,
  title: string,
): Promise<Pages> {
  const chair = await (await browser.newContext()).newPage();
  await chair.goto(`${url}/#meeting=${meetingId}`);
  await chair.waitForFunction(
    (wanted) =>
      Array.from(document.querySelectorAll('h1')).some((h) => h.textContent?.includes(wanted)),
    title,
  );
  await chair.waitForSelector('#display-message');
  await chair.evaluate(CLICKER);
  const projector = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await projector.goto(`${url}/projector`);
  await projector.waitForSelector('[data-testid=projector-tally]');
  await projector.evaluate(WATCH);
  const sessions = await Promise.all(
    [chair, projector].map(async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      return cdp;
    }),
  );
  return {
    startProfiles: async () => {
      for (const cdp of sessions) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
    },
    stopProfiles: async (dir, tag) => {
      for (const [i, name] of ['chair', 'projector'].entries()) {
        const { profile } = await (sessions[i] as CDPSession).send('Profiler.stop');
        writeFileSync(join(dir, `${name}-${tag}.cpuprofile`), JSON.stringify(profile));
      }
    },
    busy: async () => ({
      chair: await busyOf(sessions[0] as CDPSession),
      projector: await busyOf(sessions[1] as CDPSession),
    }),
    projector,
    chair,
    startClicks: (paceMs) =>
      chair.evaluate(
        (pace) => (window as unknown as { __start(p: number): void }).__start(pace),
        paceMs,
      ),
    stopClicks: () =>
      chair.evaluate(() => {
        const w = window as unknown as {
          __stop(): void;
          __sent: Record<string, number>;
          __wsSent: Record<string, number>;
          __long: Array<[number, number]>;
        };
        w.__stop();
        return { sent: w.__sent, onSocket: w.__wsSent, long: w.__long };
      }),
    projectorLog: () =>
      projector.evaluate(() => {
        const w = window as unknown as {
          __totals: PageLog['totals'];
          __seen: PageLog['seen'];
          __long: PageLog['long'];
        };
        return { totals: w.__totals, seen: w.__seen, long: w.__long };
      }),
    waitForTotal: async (total, timeoutMs) => {
      await projector
        .waitForFunction(
          (wanted) => {
            const totals = (window as unknown as { __totals: Array<[number, number]> }).__totals;
            return (totals[totals.length - 1]?.[1] ?? 0) >= wanted;
          },
          total,
          { polling: 200, timeout: timeoutMs },
        )
        .catch(() => undefined); // a short total is reported as ballots never shown
    },
    clockDrift: () =>
      projector.evaluate(() => Date.now() - (performance.timeOrigin + performance.now())),
  };
}
