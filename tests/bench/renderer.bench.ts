import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../e2e/chromium';
import { startServer } from '../e2e/server';
import { pageScripts, readBuildManifest } from './renderer-chunks';
import type { BenchResult } from './types';

// Issue 15: the chair waits for nothing on a loaded two-core laptop.
const LOAD_GOAL_MS = 300;
const SIZE_GOAL_KB = 200;
const RUNS = 40;

/** Sum of these scripts under dist/renderer/assets, gzipped at the level a web server would use. */
function gzippedJsKb(names: readonly string[]): number {
  const assets = join('dist', 'renderer', 'assets');
  const bytes = names.reduce(
    (sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length,
    0,
  );
  return bytes / 1024;
}

/** The scripts index.html loads (entry and modulepreloads): what the first screen waits for. */
function firstScreenJs(): string[] {
  const html = readFileSync(join('dist', 'renderer', 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

/**
 * The machine's floor, served beside the console: a page with one element and the same module
 * script, mark and timing as the console's first screen, and nothing else. What the console takes
 * above it is the app's; the floor itself is Chromium opening a context on this machine.
 */
const BLANK_HTML =
  '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>议事厅</title>' +
  '<script type="module" src="/blank.js"></script></head><body><div id="root"></div></body></html>';
const BLANK_JS =
  "document.getElementById('root').textContent = '议事厅';" +
  "requestAnimationFrame(() => setTimeout(() => performance.mark('yishiting:interactive'), 0));";

async function startBlankServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((request, response) => {
    const js = request.url === '/blank.js';
    response.writeHead(200, {
      'Content-Type': js ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
    });
    response.end(js ? BLANK_JS : BLANK_HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** From navigation start to the page's 'yishiting:interactive' mark, in a fresh context (no cache). */
async function loadMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    const ms = await page.waitForFunction(() => {
      const mark = performance.getEntriesByName('yishiting:interactive')[0];
      return mark ? mark.startTime : null;
    });
    return (await ms.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/**
 * Cold load of the chair console: a fresh browser context each run (no cache), from navigation
 * start to the moment the home screen has the meeting list from the backend and can be clicked
 * (the renderer marks 'yishiting:interactive' then). A blank page's load is taken after each, so
 * both see the same load on the machine.
 */
async function coldLoadMs(): Promise<{ console: number[]; blank: number[] }> {
  const server = await startServer();
  const blankServer = await startBlankServer();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  const times = { console: [] as number[], blank: [] as number[] };
  try {
    for (let run = 0; run < RUNS; run += 1) {
      times.console.push(await loadMs(browser, `${server.url}/`));
      times.blank.push(await loadMs(browser, `${blankServer.url}/`));
    }
  } finally {
    await browser.close();
    await blankServer.stop();
    await server.stop();
  }
  times.console.sort((a, b) => a - b);
  times.blank.sort((a, b) => a - b);
  if (process.env.BENCH_VERBOSE) {
    console.log(`cold loads (ms): ${times.console.map(Math.round).join(' ')}`);
    console.log(`blank page (ms): ${times.blank.map(Math.round).join(' ')}`);
  }
  return times;
}

const median = (sorted: readonly number[]) => sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
const p95 = (sorted: readonly number[]) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;

export default async function run(): Promise<BenchResult[]> {
  const times = await coldLoadMs();
  // The renderer is the console's page (chair console, projector, phone page) with every lazy
  // chunk it may load; the street office's dashboard (hub.html) is another app, shown apart.
  const manifest = readBuildManifest();
  const size = gzippedJsKb(pageScripts(manifest, 'index.html'));
  const hub = manifest['hub.html'] ? gzippedJsKb(pageScripts(manifest, 'hub.html')) : null;
  const firstScreen = gzippedJsKb(firstScreenJs());
  return [
    {
      name: 'chair console cold load, median',
      value: median(times.console),
      unit: 'ms',
      goal: `< ${LOAD_GOAL_MS} ms`,
      pass: median(times.console) < LOAD_GOAL_MS,
    },
    {
      name: 'chair console cold load, p95',
      value: p95(times.console),
      unit: 'ms',
      goal: `< ${LOAD_GOAL_MS} ms`,
      pass: p95(times.console) < LOAD_GOAL_MS,
    },
    {
      name: 'blank page cold load, median (machine floor, info)',
      value: median(times.blank),
      unit: 'ms',
      goal: 'none',
      pass: true,
    },
    {
      name: 'blank page cold load, p95 (machine floor, info)',
      value: p95(times.blank),
      unit: 'ms',
      goal: 'none',
      pass: true,
    },
    {
      name: 'renderer JS, gzipped',
      value: Math.round(size * 10) / 10,
      unit: 'KB',
      goal: `< ${SIZE_GOAL_KB} KB`,
      pass: size < SIZE_GOAL_KB,
    },
    {
      name: 'first-screen JS, gzipped',
      value: Math.round(firstScreen * 10) / 10,
      unit: 'KB',
      goal: `< ${SIZE_GOAL_KB} KB`,
      pass: firstScreen < SIZE_GOAL_KB,
    },
    ...(hub === null
      ? []
      : [
          {
            name: 'hub dashboard JS, gzipped (info)',
            value: Math.round(hub * 10) / 10,
            unit: 'KB',
            goal: 'none',
            pass: true,
          },
        ]),
  ];
}
