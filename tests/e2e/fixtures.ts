import { test as base } from '@playwright/test';
import { startServer, type RunningServer } from './server';

/** Each test gets its own backend and data folder. */
export const test = base.extend<{ server: RunningServer }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
});

export { expect } from '@playwright/test';
