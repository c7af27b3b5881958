import { chromium } from '@playwright/test';
import { connectChair } from '../e2e/chair-client';
import { chromiumExecutable, CHROMIUM_ARGS } from '../e2e/chromium';
import { startServer } from '../e2e/server';
import type { BenchResult } from './types';

const ROWS = 10_000;
const PREVIEW_GOAL_MS = 1000;
const IMPORT_GOAL_MS = 10_000;

/** A roster export of ROWS residents, as a spreadsheet saves it. */
function rosterCsv(): Buffer {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const building = Math.floor(i / 100) + 1;
    return `居民${i + 1},居民代表,成员,${building}-${(i % 100) + 1},${building}栋`;
  });
  return Buffer.from(['姓名,类别,表决权,户号,单位', ...rows].join('\r\n'), 'utf8');
}

/**
 * A 10,000-row roster through the chair console in Chromium, as the chair does it: choose the
 * file (read, decode, check every row, draw the preview), then click import (every row sent to
 * main in batches, decided, written to disk, pushed back and shown in the roster). Times are
 * taken in the page from the file input's change event and the click to the DOM showing the
 * result, so Playwright's own round trips are not counted.
 */
export default async function run(): Promise<BenchResult[]> {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const chair = await connectChair(server.url);
    const created = await chair.call('meetings/create', {
      command: {
        type: 'meeting/create',
        title: '万人名册（基准测试）',
        bodyKind: 'residentsCouncil',
        date: '2026-05-10',
      },
    });
    chair.close();
    const meetingId = (created.value as { meetingId: string }).meetingId;
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}/#meeting=${meetingId}`);
    await page.locator('#roster-file').waitFor();
    // Plain JavaScript in a string: tsx would add helpers (__name) that the page does not have.
    await page.evaluate(`(() => {
      const seen = (test) => new Promise((resolve) => {
        if (test()) return resolve(performance.now());
        const observer = new MutationObserver(() => {
          if (test()) { observer.disconnect(); resolve(performance.now()); }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      window.__preview = new Promise((resolve) => {
        document.querySelector('#roster-file').addEventListener('change', async () => {
          const t0 = performance.now();
          const t1 = await seen(() => document.querySelector('[data-testid="import-summary"]'));
          resolve(t1 - t0);
        }, { once: true });
      });
      window.__imported = new Promise((resolve) => {
        document.addEventListener('click', async (event) => {
          if (!event.target.closest('.roster-import button')) return;
          const t0 = performance.now();
          const t1 = await seen(() =>
            document.querySelector('#roster-heading .badge')?.textContent === '${ROWS}');
          resolve(t1 - t0);
        }, { capture: true });
      });
    })()`);
    await page.locator('#roster-file').setInputFiles({
      name: '万人名册.csv',
      mimeType: 'text/csv',
      buffer: rosterCsv(),
    });
    const preview = (await page.evaluate('window.__preview')) as number;
    await page.getByRole('button', { name: `导入 ${ROWS} 人` }).click();
    const imported = (await page.evaluate('window.__imported')) as number;
    const row = (name: string, value: number, goal: number): BenchResult => ({
      name,
      value: Math.round(value),
      unit: 'ms',
      goal: `< ${goal} ms`,
      pass: value < goal,
    });
    return [
      row(`roster import, ${ROWS} CSV rows: file chosen → preview`, preview, PREVIEW_GOAL_MS),
      row(`roster import, ${ROWS} rows: click → all in the roster`, imported, IMPORT_GOAL_MS),
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
