import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { memoryRepository } from '../../../main/backend/repository';
import { seedCatalogue } from '../../../main/backend/seeds';
import { startAppServer, type AppServer } from '../../../main/server/app-server';
import { appPaths } from '../../../main/paths';

let server: AppServer;
let backend: Backend;
let ids = 0;

beforeEach(async () => {
  backend = createBackend({
    repository: memoryRepository(),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_767_000_000_000,
    newId: () => `m${++ids}`,
  });
  server = await startAppServer({
    backend,
    rendererDir: appPaths().rendererDir,
    host: '127.0.0.1',
    port: 0,
  });
});
afterEach(async () => {
  await server.close();
});

type Frame = {
  kind: string;
  id?: number;
  channel?: string;
  result?: { ok: boolean; value?: unknown; error?: { code: string } };
  payload?: unknown;
};

/** A socket with a queue of received frames, so tests can await the next one. */
async function open(path: string, headers: Record<string, string> = { Origin: server.url }) {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}${path}`, { headers });
  const frames: Frame[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Frame);
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
  const next = async (match: (frame: Frame) => boolean): Promise<Frame> => {
    for (;;) {
      const index = frames.findIndex(match);
      if (index >= 0) return frames.splice(index, 1)[0] as Frame;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  let nextId = 1;
  const call = async (channel: string, request: unknown) => {
    const id = nextId++;
    ws.send(JSON.stringify({ id, channel, request }));
    return (await next((frame) => frame.kind === 'response' && frame.id === id)).result;
  };
  return { ws, next, call };
}

describe('the WebSocket carrier', () => {
  it('lets the chair create a meeting and pushes the projector view to the projector', async () => {
    const chair = await open('/ws/chair');
    const projector = await open('/ws/projector', {});
    await projector.next((frame) => frame.channel === 'projector/view');

    const created = await chair.call('meetings/create', {
      command: {
        type: 'meeting/create',
        title: '老旧小区加装电梯议事会',
        bodyKind: 'compoundCouncil',
        date: '2026-05-01',
        place: '社区活动室',
      },
    });
    expect(created).toMatchObject({ ok: true });
    const meetingId = (created?.value as { meetingId: string }).meetingId;
    expect(await chair.call('meeting/open', { meetingId })).toMatchObject({ ok: true });
    const dispatched = await chair.call('meeting/dispatch', {
      meetingId,
      command: { type: 'display/setMessage', text: '请大家入座' },
    });
    expect(dispatched).toMatchObject({ ok: true });

    const view = await projector.next(
      (frame) =>
        frame.channel === 'projector/view' && JSON.stringify(frame.payload).includes('请大家入座'),
    );
    expect(JSON.stringify(view.payload)).toContain('老旧小区加装电梯议事会');
    chair.ws.close();
    projector.ws.close();
  });

  it('gives the chair the projector controls, not the projector view', async () => {
    const chair = await open('/ws/chair');
    const first = await chair.next((frame) => frame.kind === 'push');
    expect(first.channel).toBe('projector/control');
    expect(await chair.call('projector/setControl', { theme: 'dark' })).toMatchObject({ ok: true });
    const pushed = await chair.next((frame) => frame.kind === 'push');
    expect(pushed).toMatchObject({ channel: 'projector/control', payload: { theme: 'dark' } });
    chair.ws.close();
  });

  it('rejects every request on the projector channel', async () => {
    const projector = await open('/ws/projector', {});
    expect(await projector.call('meetings/list', {})).toMatchObject({
      ok: false,
      error: { code: 'api.forbidden' },
    });
    expect(
      await projector.call('meeting/dispatch', {
        meetingId: 'x',
        command: { type: 'display/clearMessage' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'api.forbidden' },
    });
    projector.ws.close();
  });

  it('answers a core rejection as a typed error and changes nothing', async () => {
    const chair = await open('/ws/chair');
    const result = await chair.call('meeting/dispatch', {
      meetingId: 'nope',
      command: { type: 'display/clearMessage' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'meeting.unknown' } });
    expect(await chair.call('meetings/list', {})).toEqual({ ok: true, value: [] });
    chair.ws.close();
  });

  it('refuses a chair socket from a foreign origin or without one', async () => {
    await expect(open('/ws/chair', { Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(open('/ws/chair', {})).rejects.toThrow('HTTP 403');
  });

  it('refuses a LAN socket without a valid token and unknown socket paths', async () => {
    await expect(open('/ws/lan?token=guess', {})).rejects.toThrow('HTTP 403');
    await expect(open('/ws/admin', {})).rejects.toThrow('HTTP 403');
  });

  it('closes a socket that sends a malformed frame', async () => {
    const chair = await open('/ws/chair');
    const closed = new Promise<number>((resolve) =>
      chair.ws.once('close', (code) => resolve(code)),
    );
    chair.ws.send('{not json');
    expect(await closed).toBe(1003);
  });

  it('refuses HTTP requests for a foreign Host name (DNS rebinding)', async () => {
    // fetch() drops a custom Host header, so ask with node:http as a rebinding page's browser would.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.get(
        `${server.url}/`,
        { headers: { Host: 'evil.example' } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.once('error', reject);
    });
    expect(status).toBe(421);
  });

  it('sends the security headers with the page', async () => {
    const response = await fetch(`${server.url}/projector`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});
