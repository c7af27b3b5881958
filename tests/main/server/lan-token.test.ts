import type { Backend } from '../../../main/backend/backend';
import { createLanDisplay, type LanDisplay } from '../../../main/server/lan-display';
import { appPaths } from '../../../main/paths';
import { backendWithLan } from './lan-backend';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpStatus } from './serve-process';

let lan: LanDisplay;
let backend: Backend;

beforeEach(async () => {
  ({ backend, lan } = backendWithLan());
});
afterEach(async () => {
  await lan.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const tokenOf = (url: string | undefined) => new URL(url ?? '').searchParams.get('token') ?? '';

describe('the LAN display token', () => {
  it('is new every time the display is turned on, and the old one opens nothing', async () => {
    const first = await lan.enable();
    const oldToken = tokenOf(first.urls[0]);
    await lan.disable();
    const second = await lan.enable();
    const newToken = tokenOf(second.urls[0]);
    expect(newToken).not.toBe(oldToken);
    expect(newToken).toMatch(/^[\w-]{22}$/);
    expect(lan.tokenValid(oldToken)).toBe(false);
    const base = `http://127.0.0.1:${lan.port()}`;
    expect(await httpStatus(`${base}/lan?token=${oldToken}`)).toBe(403);
    expect(await httpStatus(`${base}/lan?token=${newToken}`)).toBe(200);
  });

  it('starts one listener when turned on twice at once', async () => {
    // On the fixed port a user configures, a second listener would fail with EADDRINUSE (or,
    // on port 0, be left running with the token after the display is turned off).
    const port = await freePort();
    const fixed = createLanDisplay({
      backend: () => backend,
      rendererDir: appPaths().rendererDir,
      host: '127.0.0.1',
      port,
      addresses: () => ['127.0.0.1'],
    });
    const [a, b] = await Promise.all([fixed.enable(), fixed.enable()]);
    expect(a.urls).toEqual(b.urls);
    expect(fixed.port()).toBe(port);
    await fixed.disable();
    await expect(httpStatus(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});
