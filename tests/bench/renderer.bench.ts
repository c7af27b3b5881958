import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
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
 * Cold load of the chair console: a fresh browser context each run (no cache), from navigation
 * start to the moment the home screen has the meeting list from the backend and can be clicked
 * (the renderer marks 'yishiting:interactive' then).
 */
async function coldLoadMs(): Promise<number[]> {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      const ms = await page.waitForFunction(() => {
        const mark = performance.getEntriesByName('yishiting:interactive')[0];
        return mark ? mark.startTime : null;
      });
      times.push((await ms.jsonValue()) as number);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  times.sort((a, b) => a - b);
  if (process.env.BENCH_VERBOSE) console.log(`cold loads (ms): ${times.map(Math.round).join(' ')}`);
  return times;
}

export default async function run(): Promise<BenchResult[]> {
  const times = await coldLoadMs();
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? Number.NaN;
  // The renderer is the console's page (chair console, projector, phone page) with every lazy
  // chunk it may load; the street office's dashboard (hub.html) is another app, shown apart.
  const manifest = readBuildManifest();
  const size = gzippedJsKb(pageScripts(manifest, 'index.html'));
  const hub = manifest['hub.html'] ? gzippedJsKb(pageScripts(manifest, 'hub.html')) : null;
  const firstScreen = gzippedJsKb(firstScreenJs());
  return [
    {
      name: 'chair console cold load, median',
      value: median,
      unit: 'ms',
      goal: `< ${LOAD_GOAL_MS} ms`,
      pass: median < LOAD_GOAL_MS,
    },
    {
      name: 'chair console cold load, p95',
      value: p95,
      unit: 'ms',
      goal: `< ${LOAD_GOAL_MS} ms`,
      pass: p95 < LOAD_GOAL_MS,
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
