import http from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { memoryRepository } from '../../../main/backend/repository';
import { seedCatalogue } from '../../../main/backend/seeds';
import { appPaths } from '../../../main/paths';
import { startAppServer, type AppServer } from '../../../main/server/app-server';
import { createLanDisplay, type LanDisplay } from '../../../main/server/lan-display';
import { rawUpgrade } from './raw-ws';

// DNS rebinding: a foreign page whose name resolves to this machine reaches the server with its
// own name in Host and Origin. Only this machine's names and our port may pass, and the chair's
// and projector's sockets only take our own loopback page.

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const item of running.splice(0)) await item.close();
});

function newBackend(lan?: LanDisplay): Backend {
  return createBackend({
    repository: memoryRepository(),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_767_000_000_000,
    newId: () => 'm1',
    ...(lan ? { lan } : {}),
  });
}

async function serve(host: string): Promise<AppServer> {
  const server = await startAppServer({
    backend: newBackend(),
    rendererDir: appPaths().rendererDir,
    host,
    port: 0,
  });
  running.push(server);
  return server;
}

/** GET with any Host header, as a rebinding page's browser would send it. */
function statusWithHost(port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers: { Host: host } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .once('error', reject);
  });
}

async function upgradeStatus(port: number, path: string, headers: Record<string, string>) {
  const raw = await rawUpgrade(port, path, headers);
  raw.destroy();
  return raw.status;
}

/** An address of this machine on the room's network (or its loopback when it has none). */
function interfaceAddress(): string {
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? [])
      if (entry.family === 'IPv4' && !entry.internal) return entry.address;
  }
  return '127.0.0.1';
}

const FOREIGN = ['evil.example', 'attacker.test', '1.2.3.4', 'localhost.evil.example'];

describe('serve --host 0.0.0.0', () => {
  it('refuses HTTP for a foreign Host and for our names on another port', async () => {
    const { port } = await serve('0.0.0.0');
    for (const name of FOREIGN) {
      expect(await statusWithHost(port, '/', `${name}:${port}`), name).toBe(421);
      expect(await statusWithHost(port, '/projector', name), name).toBe(421);
    }
    expect(await statusWithHost(port, '/', `127.0.0.1:${port + 1}`)).toBe(421);
    expect(await statusWithHost(port, '/', '127.0.0.1')).toBe(421);
    expect(await statusWithHost(port, '/', `127.0.0.1:${port}@evil.example`)).toBe(421);
  });

  it("answers this machine's own names with the right port", async () => {
    const { port } = await serve('0.0.0.0');
    const own = ['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]', interfaceAddress()];
    const machine = hostname();
    if (machine) own.push(machine, `${machine.replace(/\.local$/, '')}.local`);
    for (const name of own)
      expect(await statusWithHost(port, '/', `${name}:${port}`), name).toBe(200);
  });

  it('prints a loopback address for a wildcard, and that address is let in', async () => {
    for (const [host, shown] of [
      ['0.0.0.0', '127.0.0.1'],
      ['::', '[::1]'],
    ] as const) {
      const server = await serve(host);
      expect(server.url).toBe(`http://${shown}:${server.port}`);
      expect(await statusWithHost(server.port, '/', new URL(server.url).host)).toBe(200);
    }
  });

  it('refuses the chair and projector sockets to a rebinding page', async () => {
    const { port } = await serve('0.0.0.0');
    for (const name of FOREIGN) {
      const foreign = { Host: `${name}:${port}`, Origin: `http://${name}:${port}` };
      expect(await upgradeStatus(port, '/ws/chair', foreign), name).toBe(403);
      expect(await upgradeStatus(port, '/ws/projector', foreign), name).toBe(403);
      // Without an Origin (not a browser), a foreign Host is still refused.
      expect(await upgradeStatus(port, '/ws/projector', { Host: foreign.Host }), name).toBe(403);
    }
  });

  it('keeps the chair on our loopback page even when the network address names us', async () => {
    const { port } = await serve('0.0.0.0');
    const address = interfaceAddress();
    if (address !== '127.0.0.1') {
      const lanPage = { Host: `${address}:${port}`, Origin: `http://${address}:${port}` };
      expect(await upgradeStatus(port, '/ws/chair', lanPage)).toBe(403);
    }
    for (const name of ['127.0.0.1', 'localhost']) {
      const ours = { Host: `${name}:${port}`, Origin: `http://${name}:${port}` };
      expect(await upgradeStatus(port, '/ws/chair', ours), name).toBe(101);
      expect(await upgradeStatus(port, '/ws/projector', ours), name).toBe(101);
    }
  });
});

describe('the projector socket checks its Origin like the chair socket', () => {
  it('refuses a foreign page and takes our own page or a local client without Origin', async () => {
    const { port } = await serve('127.0.0.1');
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${port}`,
      `http://127.0.0.1:${port + 1}`,
      `https://127.0.0.1:${port}`,
      'null',
      'file://',
    ]) {
      expect(await upgradeStatus(port, '/ws/projector', { Origin: origin }), origin).toBe(403);
    }
    expect(await upgradeStatus(port, '/ws/projector', { Origin: `http://127.0.0.1:${port}` })).toBe(
      101,
    );
    expect(await upgradeStatus(port, '/ws/projector', {})).toBe(101);
  });
});

describe('the LAN display listener', () => {
  it('refuses a foreign Host and a foreign Origin even with the right token', async () => {
    let backend: Backend | null = null;
    const lan = createLanDisplay({
      backend: () => backend as Backend,
      rendererDir: appPaths().rendererDir,
      host: '127.0.0.1',
      port: 0,
      addresses: () => ['127.0.0.1'],
    });
    backend = newBackend(lan);
    running.push(lan);
    const status = await lan.enable();
    const page = new URL(status.urls[0] ?? '');
    const port = Number(page.port);
    const path = `/lan${page.search}`;
    const socket = `/ws/lan${page.search}`;
    expect(await statusWithHost(port, path, `127.0.0.1:${port}`)).toBe(200);
    expect(await statusWithHost(port, path, `evil.example:${port}`)).toBe(421);
    expect(await upgradeStatus(port, socket, { Host: `evil.example:${port}` })).toBe(403);
    expect(await upgradeStatus(port, socket, { Origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(port, socket, { Origin: `http://127.0.0.1:${port}` })).toBe(101);
    expect(await upgradeStatus(port, socket, {})).toBe(101);
  });
});
