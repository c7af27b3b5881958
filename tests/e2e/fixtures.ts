import { test as base } from '@playwright/test';
import { startServer, type RunningServer } from './server';

/** Each test gets its own backend and data folder. */
export const test = base.extend<{ server: RunningServer }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use, testInfo) => {
    const server = await startServer();
    await use(server);
    // A failed test says whether the server was still up and what it printed: a console that
    // lost its connection for good and a server that died look the same from the page.
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('server', { body: server.report(), contentType: 'text/plain' });
      console.log(server.report());
    }
    await server.stop();
  },
});

export { expect } from '@playwright/test';
