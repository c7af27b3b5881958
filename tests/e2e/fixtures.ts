import { test as base } from '@playwright/test';
import { startServer, type RunningServer } from './server';

/** Each test gets its own backend and data folder. */
export const test = base.extend<{ server: RunningServer }>({
  // A failed test also says what the page saw: its errors and warnings, and when each of its
  // sockets opened and closed (a console that lost its backend must show when and how).
  page: async ({ page }, use, testInfo) => {
    const start = Date.now();
    const seen: string[] = [];
    const at = () => `${((Date.now() - start) / 1000).toFixed(2)} s`;
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        seen.push(`${at()} console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => seen.push(`${at()} page error: ${error.message}`));
    page.on('websocket', (socket) => {
      seen.push(`${at()} socket opened: ${socket.url()}`);
      socket.on('close', () => seen.push(`${at()} socket closed: ${socket.url()}`));
      socket.on('socketerror', (error) => seen.push(`${at()} socket error: ${error}`));
    });
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) {
      const body = seen.length > 0 ? seen.join('\n') : 'nothing';
      await testInfo.attach('page', { body, contentType: 'text/plain' });
      console.log(`what the page saw:\n${body}`);
    }
  },
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
