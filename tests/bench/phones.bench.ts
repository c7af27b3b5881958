import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import WebSocket from 'ws';
import { connectChair, type ChairClient } from '../e2e/chair-client';
import { chromiumExecutable, CHROMIUM_ARGS } from '../e2e/chromium';
import { openPages } from './phones-pages';
import type { BenchResult } from './types';

// A room of phones voting at once (issue 16): N simulated phones, in a process of their own,
// join by their slips, sign in, and each cast one ballot on a hands vote within a storm window
// (N / 100 seconds: a hundred ballots a second), while the projector page is open in Chromium and
// the chair clicks 投到大屏 on the console every 50 ms. "Counted on the projector" is the moment
// the projector page's DOM shows the new total; the chair's click is timed to the same page's DOM.
// Times are taken inside each process and page on the shared clock (performance.timeOrigin + now);
// the frames at a projector socket are kept as extra rows.

// The two rooms; PHONES_SIZES=500 runs one of them (while looking into a figure).
const SIZES = (process.env.PHONES_SIZES ?? '500,1000').split(',').map(Number);
const BALLOT_GOAL_MS = 100;
const CLICK_GOAL_MS = 16.7;
const CLICK_PACE_MS = 50;

const now = () => performance.timeOrigin + performance.now();
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? Number.NaN;
};
const p95 = (values: readonly number[]) => percentile(values, 0.95);
const p50 = (values: readonly number[]) => percentile(values, 0.5);

type Server = Readonly<{ url: string; dir: string; child: ChildProcess }>;

async function startServe(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-phones-'));
  writeFileSync(join(dir, 'first-run-done'), '');
  // PHONES_PROFILE=DIR writes the server's CPU profile there, and the two pages' (where the time goes).
  const profile = process.env.PHONES_PROFILE;
  const child = spawn(
    process.execPath,
    [
      ...(profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : []),
      'dist/main/cli.mjs',
      'serve',
      '--port',
      '0',
      '--lan-port',
      '0',
      '--host',
      '127.0.0.1',
      '--data',
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Chair console:\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  return { url, dir, child };
}

/** The server's resident memory now and at its peak, in MiB (Linux /proc). */
function memoryOf(pid: number | undefined): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN };
  }
}

/** CPU time the server has used so far, in ms (Linux /proc: user + system, 100 ticks a second). */
function cpuOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function meetingWith(chair: ChairClient, size: number, title: string): Promise<string> {
  const created = await chair.call('meetings/create', {
    command: {
      type: 'meeting/create',
      title,
      bodyKind: 'residentsCouncil',
      date: '2026-05-01',
    },
  });
  const meetingId = (created.value as { meetingId: string }).meetingId;
  for (let from = 0; from < size; from += 500) {
    const members = Array.from({ length: Math.min(500, size - from) }, (_, i) => ({
      memberId: `p${from + i}`,
      name: `代表${from + i}`,
      category: 'residentRep',
    }));
    await chair.dispatch(meetingId, { type: 'roster/importMembers', members });
  }
  await chair.dispatch(meetingId, { type: 'agenda/addItem', itemId: 'i1', title: '表决议题' });
  await chair.dispatch(meetingId, { type: 'meeting/open' });
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  await chair.call('meeting/open', { meetingId });
  return meetingId;
}

type ProjectorLog = { votedAt: Array<[number, number]>; messages: Map<string, number> };

function watchProjector(url: string): Promise<{ ws: WebSocket; log: ProjectorLog }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws/projector`, {
    perMessageDeflate: false,
  });
  const log: ProjectorLog = { votedAt: [], messages: new Map() };
  ws.on('message', (data) => {
    const at = now();
    const frame = JSON.parse(String(data)) as {
      payload?: {
        view?: {
          votes?: Array<{ voteId: string; device: { voted: number } }>;
          display?: { text: string } | null;
        };
      };
    };
    const view = frame.payload?.view;
    const voted = view?.votes?.find((vote) => vote.voteId === 'v1')?.device.voted;
    if (voted !== undefined) log.votedAt.push([at, voted]);
    const text = view?.display?.text;
    if (text && !log.messages.has(text)) log.messages.set(text, at);
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, log }));
    ws.once('error', reject);
  });
}

/** Counts the ballots the record took, from the chair's change pushes (every event once). */
function countCast(url: string): Promise<{ ws: WebSocket; cast: () => number }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/ws/chair`, { headers: { Origin: url } });
  let cast = 0;
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as {
      channel?: string;
      payload?: { events?: Array<{ type: string }> };
    };
    if (frame.channel !== 'meeting/changed') return;
    for (const event of frame.payload?.events ?? []) if (event.type === 'vote/ballotCast') cast++;
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, cast: () => cast }));
    ws.once('error', reject);
  });
}

type Voted = { sent: number[]; answered: number[]; refused: number };

function swarmOf(): ChildProcess {
  return fork(join(import.meta.dirname, 'phones-swarm.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

const nextMessage = <T>(child: ChildProcess, kind: string) =>
  new Promise<T>((resolve) => {
    const on = (message: { kind: string }) => {
      if (message.kind !== kind) return;
      child.off('message', on);
      resolve(message as T);
    };
    child.on('message', on);
  });

/**
 * Latencies from each ballot sent to the first moment a projector showed a total that counts it:
 * the k-th ballot the server answered is the k-th it counted (one meeting lane). A ballot never
 * shown counts as Infinity, so it can only raise the p95.
 */
function ballotLatencies(voted: Voted, totals: ReadonlyArray<readonly [number, number]>) {
  const order = voted.answered.map((at, i) => [at, i] as const).sort((a, b) => a[0] - b[0]);
  return order.map(([, i], rank) => {
    const seen = totals.find(([, total]) => total >= rank + 1)?.[0];
    return seen === undefined ? Infinity : seen - (voted.sent[i] ?? seen);
  });
}

/** Click → first sight, per announcement; one never shown counts as Infinity. */
function clickLatencies(sent: Record<string, number>, seen: (text: string) => number | undefined) {
  return Object.entries(sent).map(([text, at]) => {
    const shown = seen(text);
    return shown === undefined ? Infinity : shown - at;
  });
}

const round = (value: number) => Math.round(value * 10) / 10;
const info = (name: string, value: number, unit: string): BenchResult => ({
  name,
  value: round(value),
  unit,
  goal: 'info',
  pass: true,
});

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'cc',
];

async function runSize(browser: Browser, size: number): Promise<BenchResult[]> {
  const server = await startServe();
  const swarm = swarmOf();
  try {
    const chair = await connectChair(server.url);
    const title = `${size} 部手机（基准测试）`;
    const meetingId = await meetingWith(chair, size, title);
    const status = await chair.call('room/set', { enabled: true, meetingId });
    const lanBase = new URL((status.value as { urls: string[] }).urls[0] ?? '').origin;
    // The slips: each member's personal code as the slips PDF prints it (from the data folder).
    const record = JSON.parse(
      readFileSync(join(server.dir, 'rooms', `${meetingId}.json`), 'utf8'),
    ) as {
      personal: Record<string, string>;
    };
    const codes = Array.from({ length: size }, (_, i) => record.personal[`p${i}`] ?? '');
    swarm.send({ kind: 'setUp', base: lanBase.replace('localhost', '127.0.0.1'), codes });
    const ready = await nextMessage<{ signedIn: number }>(swarm, 'ready');
    await chair.dispatch(meetingId, {
      type: 'vote/open',
      voteId: 'v1',
      method: 'hands',
      question: '是否同意',
    });
    // The real pages: the projector (its DOM is what "counted on the projector" means) and the
    // chair console whose own form is clicked; a projector socket beside them for the frame times.
    const pages = await openPages(browser, server.url, meetingId, title);
    const { ws, log } = await watchProjector(server.url);
    const recorded = await countCast(server.url);
    const memoryBefore = memoryOf(server.child.pid);
    const voted = nextMessage<Voted>(swarm, 'voted');
    const profile = process.env.PHONES_PROFILE;
    if (profile) await pages.startProfiles();
    // PHONES_TRACE=FILE writes a Chromium trace of the storm (the console's paint, layout and
    // compositing, which a CPU profile shows only as "(program)").
    const trace = process.env.PHONES_TRACE;
    if (trace)
      await browser.startTracing(pages.chair, { path: trace, categories: TRACE_CATEGORIES });
    const busyBefore = await pages.busy();
    const cpuBefore = cpuOf(server.child.pid);
    const swarmCpuBefore = cpuOf(swarm.pid);
    const stormStart = now();
    swarm.send({ kind: 'vote', voteId: 'v1', windowMs: size * 10 });
    await pages.startClicks(CLICK_PACE_MS);
    const result = await voted;
    const { sent, onSocket, long: chairLong } = await pages.stopClicks();
    const stormEnd = now();
    const stormCpu = cpuOf(server.child.pid) - cpuBefore;
    const swarmCpu = cpuOf(swarm.pid) - swarmCpuBefore;
    const busyAfter = await pages.busy();
    if (trace) await browser.stopTracing();
    if (profile) await pages.stopProfiles(profile, String(size));
    await pages.waitForTotal(size, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const memory = memoryOf(server.child.pid);
    const page = await pages.projectorLog();
    swarm.send({ kind: 'clock' });
    const swarmDrift = (await nextMessage<{ drift: number }>(swarm, 'clock')).drift;
    const skew = Math.abs((await pages.clockDrift()) - swarmDrift);
    ws.close();
    await pages.projector.context().close();
    await pages.chair.context().close();

    const latencies = ballotLatencies(result, page.totals);
    const socketLatencies = ballotLatencies(result, log.votedAt);
    const clicks = clickLatencies(sent, (text) => page.seen[text]);
    const socketClicks = clickLatencies(sent, (text) => log.messages.get(text));
    const clicksOut = clickLatencies(sent, (text) => onSocket[text]);
    const inStorm = ([at]: readonly [number, number]) => at >= stormStart && at <= stormEnd;
    const longInStorm = page.long.filter(inStorm);
    const chairLongMs = chairLong.filter(inStorm).reduce((total, [, ms]) => total + ms, 0);
    const cast = recorded.cast();
    recorded.ws.close();
    const opened = await chair.call('meeting/open', { meetingId });
    const state = (opened.value as { state: { votes: Record<string, { deviceBallots: object }> } })
      .state;
    const inRecord = Object.keys(state.votes.v1?.deviceBallots ?? {}).length;
    const lost = size - inRecord;
    const doubled = Math.max(0, cast - inRecord);
    chair.close();
    const tag = `phones ${size}`;
    return [
      {
        name: `${tag}: signed in`,
        value: ready.signedIn,
        unit: 'phones',
        goal: `= ${size}`,
        pass: ready.signedIn === size,
      },
      {
        name: `${tag}: ballot sent → counted on projector page, p95`,
        value: round(p95(latencies)),
        unit: 'ms',
        goal: `< ${BALLOT_GOAL_MS}`,
        pass: p95(latencies) < BALLOT_GOAL_MS,
      },
      info(`${tag}: ballot sent → counted on projector page, p50`, p50(latencies), 'ms'),
      info(`${tag}: ballot sent → projector socket frame, p95`, p95(socketLatencies), 'ms'),
      { name: `${tag}: ballots lost`, value: lost, unit: 'ballots', goal: '= 0', pass: lost === 0 },
      {
        name: `${tag}: ballots doubled`,
        value: doubled,
        unit: 'ballots',
        goal: '= 0',
        pass: doubled === 0,
      },
      {
        name: `${tag}: chair click → projector page, p95 (${clicks.length} clicks)`,
        value: round(p95(clicks)),
        unit: 'ms',
        goal: `< ${CLICK_GOAL_MS}`,
        pass: p95(clicks) < CLICK_GOAL_MS,
      },
      info(`${tag}: chair click → projector page, p50`, p50(clicks), 'ms'),
      info(`${tag}: chair click → projector socket frame, p95`, p95(socketClicks), 'ms'),
      info(`${tag}: chair click → sent on the console's socket, p95`, p95(clicksOut), 'ms'),
      info(`${tag}: projector page long tasks in storm`, longInStorm.length, 'tasks'),
      info(
        `${tag}: projector page long tasks, longest`,
        Math.max(0, ...longInStorm.map(([, ms]) => ms)),
        'ms',
      ),
      info(`${tag}: chair console long tasks in storm, total`, chairLongMs, 'ms'),
      ...(['chair', 'projector'] as const).flatMap((page) =>
        (['task', 'script', 'layout', 'style'] as const).map((kind) =>
          info(
            `${tag}: ${page} page main thread in storm, ${kind}`,
            busyAfter[page][kind] - busyBefore[page][kind],
            'ms',
          ),
        ),
      ),
      info(`${tag}: storm length`, stormEnd - stormStart, 'ms'),
      info(`${tag}: server CPU in storm`, stormCpu, 'ms'),
      // In a room the phones are the members' own devices: this is the simulation's share of
      // this machine's two cores, which the server and both pages compete with.
      info(`${tag}: simulated phones' CPU in storm`, swarmCpu, 'ms'),
      info(`${tag}: page vs swarm clock skew`, skew, 'ms'),
      {
        name: `${tag}: server RSS before vote`,
        value: Math.round(memoryBefore.rss),
        unit: 'MiB',
        goal: 'reported',
        pass: true,
      },
      {
        name: `${tag}: server RSS after`,
        value: Math.round(memory.rss),
        unit: 'MiB',
        goal: 'reported',
        pass: true,
      },
      {
        name: `${tag}: server RSS peak`,
        value: Math.round(memory.peak),
        unit: 'MiB',
        goal: 'reported',
        pass: true,
      },
    ];
  } finally {
    swarm.send({ kind: 'stop' });
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    rmSync(server.dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<BenchResult[]> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const results: BenchResult[] = [];
    for (const size of SIZES) results.push(...(await runSize(browser, size)));
    return results;
  } finally {
    await browser.close();
  }
}
