import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubRoute } from '../../../main/hub/server/route';
import { startPostgres, type PgCluster } from './postgres';
import { send, startTestHub, type TestHub } from './server-harness';

// The hub's HTTP server on its own: routing, limits, words for refusals, headers, the dashboard's
// files, and a process that keeps serving whatever a peer sends. Test routes stand in for the
// real tables (those have their own tests).

let cluster: PgCluster;
let hub: TestHub;
const seen: string[] = [];

const routes = (): readonly HubRoute[] => [
  {
    method: 'POST',
    path: '/api/echo',
    auth: 'none',
    body: 'json',
    handle: async (request) => ({ status: 200, json: { got: request.body } }),
  },
  {
    method: 'GET',
    path: '/api/things/:id',
    auth: 'none',
    handle: async (request) => ({ status: 200, json: request.params }),
  },
  {
    method: 'POST',
    path: '/api/upload',
    auth: 'none',
    body: 'bytes',
    handle: async (request) => {
      seen.push(`upload ${request.bytes?.length}`);
      return { status: 200, json: { size: request.bytes?.length } };
    },
  },
  {
    method: 'GET',
    path: '/api/boom',
    auth: 'none',
    handle: () => Promise.reject(new Error('a bug in a handler')),
  },
];

beforeAll(async () => {
  cluster = await startPostgres();
  hub = await startTestHub(cluster, { routes });
}, 60_000);
afterAll(async () => {
  await hub?.close();
  cluster?.stop();
});

/** Raw bytes to the server; resolves with whatever comes back before it closes (or 2 s). */
function raw(bytes: string | Buffer, waitMs = 2000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(hub.port, '127.0.0.1');
    let text = '';
    const done = () => resolve(text);
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('error', done);
    socket.on('close', done);
    setTimeout(() => socket.destroy(), waitMs);
    socket.write(bytes);
  });
}

async function stillServing(): Promise<void> {
  const reply = await send(hub, '/api/things/ok');
  expect(reply.status).toBe(200);
  expect(reply.json).toEqual({ id: 'ok' });
}

describe('the hub server', () => {
  it('listens on loopback unless told otherwise', async () => {
    expect(hub.server.host).toBe('127.0.0.1');
    expect(hub.url).toBe(`http://127.0.0.1:${hub.port}`);
    const outward = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
    if (outward) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect(hub.port, outward.address);
        socket.on('connect', () => (socket.destroy(), resolve(true)));
        socket.on('error', () => resolve(false));
      });
      expect(reached).toBe(false);
    }
  });

  it('refuses a request naming another host (DNS rebinding) with 421 and words, before routing', async () => {
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: hub.port,
          path: '/api/things/x',
          headers: { Host: `evil.example:${hub.port}`, 'Accept-Language': 'zh-CN' },
        },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(reply.status).toBe(421);
    expect(JSON.parse(reply.body)).toEqual({
      error: 'misdirected',
      message: expect.stringContaining('--public-name'),
    });
    await stillServing();
  });

  it('routes by method and path with decoded :params; unknown paths 404, wrong methods 405', async () => {
    const param = await send(hub, '/api/things/%E5%85%85%E7%94%B5');
    expect(param.json).toEqual({ id: '充电' });
    const unknown = await send(hub, '/api/nothing', { headers: { 'Accept-Language': 'en' } });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ error: 'notFound', message: 'Not found' });
    const post404 = await send(hub, '/api/things', { method: 'POST', body: '{}' });
    expect(post404.status).toBe(404);
    const wrongMethod = await send(hub, '/api/boom', { method: 'POST' });
    expect(wrongMethod.status).toBe(405);
    expect((await send(hub, '/api/things/%E0%A4%A')).status).toBe(404);
  });

  it('answers bad JSON with 400 and words in the caller’s language', async () => {
    const post = (lang: Record<string, string>, path = '/api/echo') =>
      send(hub, path, { method: 'POST', headers: lang, body: '{"login": "wang",' });
    const zhTW = await post({ 'Accept-Language': 'zh-HK, en;q=0.5' });
    expect(zhTW.status).toBe(400);
    expect(zhTW.json).toEqual({ error: 'badJson', message: '請求內容不是有效的 JSON' });
    expect((await post({ 'Accept-Language': 'fr, en-US;q=0.9' })).json.message).toBe(
      'The request body is not valid JSON',
    );
    expect((await post({}, '/api/echo?lang=en')).json.message).toBe(
      'The request body is not valid JSON',
    );
    expect((await post({})).json.message).toBe('请求内容不是有效的 JSON');
    const good = await send(hub, '/api/echo', { method: 'POST', body: '{"a":[1,"二"]}' });
    expect(good.json).toEqual({ got: { a: [1, '二'] } });
  });

  it('refuses a JSON body over 1 MiB, declared or streamed in chunks', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(1024 * 1024) });
    const declared = await send(hub, '/api/echo', {
      method: 'POST',
      headers: { 'Accept-Language': 'en' },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(declared.json.message).toBe(
      'The request is too large (limit 1 MB) and was not accepted',
    );
    const chunked = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port: hub.port, path: '/api/echo', method: 'POST' },
        (response) => (response.resume(), resolve(response.statusCode ?? 0)),
      );
      request.on('error', reject);
      for (let i = 0; i < 20; i += 1) request.write('x'.repeat(100 * 1024));
      request.end();
    });
    expect(chunked).toBe(413);
    await stillServing();
  });

  it('refuses a bundle over 64 MiB from its Content-Length, before reading the body', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port: hub.port,
        path: '/api/upload',
        method: 'POST',
        headers: {
          'Content-Length': String(64 * 1024 * 1024 + 1),
          'Content-Type': 'application/zip',
        },
      });
      request.on('response', (response) => (response.resume(), resolve(response.statusCode ?? 0)));
      request.on('error', reject);
      // Only the headers and a first kilobyte go out: the answer must not wait for the rest.
      request.write(Buffer.alloc(1024));
    });
    expect(status).toBe(413);
    expect(seen).toEqual([]);
    const small = await send(hub, '/api/upload', { method: 'POST', body: Buffer.alloc(3000) });
    expect(small.json).toEqual({ size: 3000 });
    await stillServing();
  });

  it('keeps serving after malformed requests and a failing handler', async () => {
    expect(await raw('\x16\x03\x01\x02\x00garbage\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 [34]\d\d/,
    );
    expect(
      await raw('POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}'),
    ).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(20_000)}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 4\d\d/,
    );
    // A body cut off half-way: the peer leaves, the server does not.
    await raw('POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"a":', 200);
    await raw('PUT /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}');
    const boom = await send(hub, '/api/boom', { headers: { 'Accept-Language': 'en' } });
    expect(boom.status).toBe(500);
    expect(boom.json).toEqual({
      error: 'internal',
      message: 'The server failed; please try again later',
    });
    expect(boom.body.toString()).not.toContain('a bug in a handler');
    await stillServing();
  });

  it('sets no-store, nosniff, no-referrer and a strict CSP on every reply', async () => {
    for (const reply of [
      await send(hub, '/'),
      await send(hub, '/api/things/1'),
      await send(hub, '/api/nothing'),
      await send(hub, '/assets/hub-1.js'),
    ]) {
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      const csp = String(reply.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
    }
  });

  it('serves the built dashboard and its assets, nothing else of the folder', async () => {
    const page = await send(hub, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body.toString()).toContain('/assets/hub-1.js');
    expect((await send(hub, '/overdue')).body.toString()).toContain('/assets/hub-1.js');
    const asset = await send(hub, '/assets/hub-1.js');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const path of [
      '/index.html',
      '/assets/../index.html',
      '/assets/%2e%2e/index.html',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/../secret.txt',
      '/assets/hub-1.js%00.png',
    ]) {
      const reply = await send(hub, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).not.toMatch(/secret|chair console/);
    }
    expect(
      await raw('GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    ).not.toContain('secret\r');
  });
});
