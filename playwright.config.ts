import { defineConfig } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/e2e/chromium';

// The suite starts its own backend per test (tests/e2e/fixtures.ts) on a free port with a fresh
// data folder, so tests never share state and never touch a real meeting.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  // One spec file at a time. Two took 7 min instead of 9, but in a CI run two tests failed that
  // way (a chair socket that dropped and stayed away, a meeting not opened within 10 s) and none
  // has failed with one worker; the cause is not found yet.
  workers: 1,
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
