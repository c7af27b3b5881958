import { defineConfig } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/e2e/chromium';

// The suite starts its own backend per test (tests/e2e/fixtures.ts) on a free port with a fresh
// data folder, so tests never share state and never touch a real meeting.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  // Two spec files at a time: the tests wait on servers, sockets and Chromium more than they
  // compute (one worker kept a 2-core CI machine about a third busy, 9.2 min for the suite; two
  // take 6.9 min). Each test still has its own server and data folder, so they share nothing.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] },
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
    trace: 'off',
  },
});
