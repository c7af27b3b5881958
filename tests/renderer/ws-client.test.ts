import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRequestChannel, requestChannels } from '../../shared/api';
import {
  EARLY_REQUESTS,
  startEarlySocket,
  takeEarlySocket,
} from '../../renderer/src/api/early-socket';
import { createWsClient, loadRequestSchemas } from '../../renderer/src/api/ws-client';
import { FakeSocket } from './fake-socket';

// The request schemas are a chunk of their own in the console; most tests start with them here.
beforeAll(async () => {
  await loadRequestSchemas();
});

// The chair must know when a click did not reach the backend: these pin down the carrier's
// promises (answers matched by id, typed failures instead of hangs, reconnect with back-off).
beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
  vi.stubGlobal('WebSocket', FakeSocket);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const respond = (socket: FakeSocket, id: number, result: unknown) =>
  socket.receive(JSON.stringify({ kind: 'response', id, result }));

describe('the WebSocket client', () => {
  it('matches each answer to its request by id, whatever the order', async () => {
    const client = createWsClient('ws://x/ws/chair');
    const socket = FakeSocket.latest();
    socket.open();
    const first = client.call('meetings/list', {});
    const firstId = socket.lastRequest().id;
    const second = client.call('meetings/listDemos', {});
    const secondId = socket.lastRequest().id;
    expect(secondId).not.toBe(firstId);
    respond(socket, secondId, { ok: true, value: ['demos'] });
    respond(socket, firstId, { ok: true, value: ['meetings'] });
    expect(await first).toEqual({ ok: true, value: ['meetings'] });
    expect(await second).toEqual({ ok: true, value: ['demos'] });
  });

  it('fails a call at once while disconnected, without sending anything', async () => {
    const client = createWsClient('ws://x/ws/chair');
    const result = await client.call('meetings/list', {});
    expect(result).toEqual({ ok: false, error: { code: 'api.disconnected', params: {} } });
    expect(FakeSocket.latest().sent).toEqual([]);
  });

  it('refuses a malformed request before it leaves the window', async () => {
    const client = createWsClient('ws://x/ws/chair');
    FakeSocket.latest().open();
    const result = await client.call('meeting/open', { meetingId: 42 } as never);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('api.malformed');
    expect(FakeSocket.latest().sent).toEqual([]);
  });

  it('fails every pending call with api.disconnected when the socket drops', async () => {
    const client = createWsClient('ws://x/ws/chair');
    const socket = FakeSocket.latest();
    socket.open();
    const pending = [client.call('meetings/list', {}), client.call('meetings/listDemos', {})];
    socket.drop();
    for (const result of await Promise.all(pending)) {
      expect(result).toEqual({ ok: false, error: { code: 'api.disconnected', params: {} } });
    }
  });

  it('times a call out after 15 s and ignores its late answer', async () => {
    const client = createWsClient('ws://x/ws/chair');
    const socket = FakeSocket.latest();
    socket.open();
    let settled: unknown = null;
    const call = client.call('meetings/list', {}).then((result) => (settled = result));
    const { id } = socket.lastRequest();
    await vi.advanceTimersByTimeAsync(14_999);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    await call;
    expect(settled).toEqual({ ok: false, error: { code: 'api.timeout', params: {} } });
    // A late answer neither throws nor resolves anything twice.
    expect(() => respond(socket, id, { ok: true, value: [] })).not.toThrow();
    expect(settled).toEqual({ ok: false, error: { code: 'api.timeout', params: {} } });
  });

  it('reconnects with a doubling delay up to 4 s, and starts again at 250 ms once connected', async () => {
    const client = createWsClient('ws://x/ws/chair');
    const seen: boolean[] = [];
    client.onConnection((connected) => seen.push(connected));
    expect(seen).toEqual([false]);
    FakeSocket.latest().open();
    expect(seen).toEqual([false, true]);

    const delays: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const before = FakeSocket.all.length;
      FakeSocket.latest().drop();
      let waited = 0;
      while (FakeSocket.all.length === before) {
        await vi.advanceTimersByTimeAsync(50);
        waited += 50;
        if (waited > 10_000) throw new Error('no reconnect');
      }
      delays.push(waited);
    }
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 4000]);
    expect(seen).toEqual([false, true, false, false, false, false, false, false]);

    FakeSocket.latest().open();
    expect(seen.at(-1)).toBe(true);
    const before = FakeSocket.all.length;
    FakeSocket.latest().drop();
    await vi.advanceTimersByTimeAsync(250);
    expect(FakeSocket.all.length).toBe(before + 1);
  });

  it('delivers pushes to subscribers and stops after unsubscribing', () => {
    const client = createWsClient('ws://x/ws/chair');
    const socket = FakeSocket.latest();
    socket.open();
    const got: unknown[] = [];
    const stop = client.subscribe('followup/changed', (payload) => got.push(payload));
    socket.receive(
      JSON.stringify({ kind: 'push', channel: 'followup/changed', payload: { version: 3 } }),
    );
    stop();
    socket.receive(
      JSON.stringify({ kind: 'push', channel: 'followup/changed', payload: { version: 4 } }),
    );
    expect(got).toEqual([{ version: 3 }]);
  });

  it('ignores frames that are not JSON, not text or not a known shape, and keeps working', async () => {
    const client = createWsClient('ws://x/ws/chair');
    const socket = FakeSocket.latest();
    socket.open();
    const call = client.call('meetings/list', {});
    const { id } = socket.lastRequest();
    expect(() => socket.receive('{not json')).not.toThrow();
    expect(() => socket.receive(new ArrayBuffer(4))).not.toThrow();
    expect(() => socket.receive(JSON.stringify({ kind: 'response', id: 'x' }))).not.toThrow();
    respond(socket, id, { ok: true, value: [] });
    expect(await call).toEqual({ ok: true, value: [] });
  });
});

describe('the size limit', () => {
  it('counts bytes as the server does, so a large Chinese request is refused here', async () => {
    const client = createWsClient('ws://x/ws/chair');
    const socket = FakeSocket.latest();
    socket.open();
    const { MAX_FRAME_BYTES } = await import('../../shared/api');
    // Under the limit in characters, over it in UTF-8 bytes.
    const base64 = '议'.repeat(Math.ceil(MAX_FRAME_BYTES / 2.5));
    const result = await client.call('documents/verify', { base64 } as never);
    expect(result).toEqual({ ok: false, error: { code: 'api.tooLarge', params: {} } });
    expect(socket.sent).toEqual([]);
  });
});

// Issue 15: the page's first script (boot.ts) opens the chair's socket and asks for the home
// screen's lists before the app has arrived; the client takes that socket over.
describe('the early socket', () => {
  const take = () => {
    startEarlySocket('ws://x/ws/chair');
    return takeEarlySocket('ws://x/ws/chair');
  };

  it('sends the home screen’s first requests as soon as it opens', () => {
    const early = take();
    const socket = FakeSocket.latest();
    expect(socket.sent).toEqual([]);
    socket.open();
    expect(socket.sent.map((text) => JSON.parse(text) as unknown)).toEqual([
      { id: 1, channel: 'meetings/list', request: {} },
      { id: 2, channel: 'meetings/listDemos', request: {} },
      { id: 3, channel: 'settings/get', request: {} },
    ]);
    expect(early?.socket).toBe(socket);
  });

  it('is handed over once, and only for its own URL', () => {
    startEarlySocket('ws://x/ws/chair');
    expect(takeEarlySocket('ws://x/ws/projector')).toBeNull();
    expect(takeEarlySocket('ws://x/ws/chair')).not.toBeNull();
    expect(takeEarlySocket('ws://x/ws/chair')).toBeNull();
  });

  it('asks only what the channel schemas accept, as the client would send it', () => {
    for (const { channel, request } of EARLY_REQUESTS) {
      expect(isRequestChannel(channel), channel).toBe(true);
      if (!isRequestChannel(channel)) continue;
      expect(requestChannels[channel].request.parse(request)).toEqual(request);
    }
  });

  it('answers the first calls from the replies that came before the client, without asking again', async () => {
    const early = take();
    const socket = FakeSocket.latest();
    socket.open();
    respond(socket, 2, { ok: true, value: ['demos'] });
    respond(socket, 1, { ok: true, value: ['meetings'] });
    const client = createWsClient('ws://x/ws/chair', early);
    const seen: boolean[] = [];
    client.onConnection((connected) => seen.push(connected));
    expect(seen).toEqual([true]);
    expect(await client.call('meetings/list', {})).toEqual({ ok: true, value: ['meetings'] });
    expect(await client.call('meetings/listDemos', {})).toEqual({ ok: true, value: ['demos'] });
    expect(socket.sent).toHaveLength(3);
    // Claimed once: the next list is a request of its own, numbered after the early ones.
    const again = client.call('meetings/list', {});
    expect(socket.lastRequest()).toEqual({ id: 4, channel: 'meetings/list', request: {} });
    respond(socket, 4, { ok: true, value: ['again'] });
    expect(await again).toEqual({ ok: true, value: ['again'] });
  });

  it('checks the frames that came before the client like any other, in order', async () => {
    const early = take();
    const socket = FakeSocket.latest();
    socket.open();
    socket.receive('{not json');
    socket.receive(JSON.stringify({ kind: 'response', id: 1, result: { ok: false, error: 'x' } }));
    socket.receive(
      JSON.stringify({ kind: 'push', channel: 'followup/changed', payload: { version: 7 } }),
    );
    const client = createWsClient('ws://x/ws/chair', early);
    let settled: unknown = null;
    const list = client.call('meetings/list', {}).then((result) => (settled = result));
    await vi.advanceTimersByTimeAsync(0);
    // The malformed answer was dropped: the call still waits for a well-formed one.
    expect(settled).toBeNull();
    respond(socket, 1, { ok: true, value: [] });
    await list;
    expect(settled).toEqual({ ok: true, value: [] });
    expect(socket.sent).toHaveLength(3);
  });

  it('waits for the early socket to open, then answers from its requests', async () => {
    const early = take();
    const client = createWsClient('ws://x/ws/chair', early);
    const seen: boolean[] = [];
    client.onConnection((connected) => seen.push(connected));
    const socket = FakeSocket.latest();
    socket.open();
    expect(seen).toEqual([false, true]);
    const list = client.call('meetings/list', {});
    expect(socket.sent).toHaveLength(3);
    respond(socket, 1, { ok: true, value: ['late'] });
    expect(await list).toEqual({ ok: true, value: ['late'] });
  });

  it('fails a claimed call that is still waiting when the socket drops, and reconnects', async () => {
    const early = take();
    const socket = FakeSocket.latest();
    socket.open();
    const client = createWsClient('ws://x/ws/chair', early);
    const list = client.call('meetings/list', {});
    socket.drop();
    expect(await list).toEqual({ ok: false, error: { code: 'api.disconnected', params: {} } });
    await vi.advanceTimersByTimeAsync(250);
    expect(FakeSocket.all).toHaveLength(2);
    // A new socket: the list is asked again, not taken from the old one.
    FakeSocket.latest().open();
    void client.call('meetings/list', {});
    expect(FakeSocket.latest().lastRequest().channel).toBe('meetings/list');
  });

  it('reconnects when the early socket closed before the client took it', async () => {
    const early = take();
    FakeSocket.latest().drop();
    const client = createWsClient('ws://x/ws/chair', early);
    const seen: boolean[] = [];
    client.onConnection((connected) => seen.push(connected));
    expect(seen).toEqual([false]);
    await vi.advanceTimersByTimeAsync(250);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.latest().open();
    expect(seen).toEqual([false, true]);
  });
});

describe('the request schemas', () => {
  it('are fetched by the first call that needs them, and that call is parsed before it is sent', async () => {
    vi.resetModules();
    const fresh = await import('../../renderer/src/api/ws-client');
    const client = fresh.createWsClient('ws://x/ws/chair');
    const socket = FakeSocket.latest();
    socket.open();
    const malformed = client.call('meeting/open', { meetingId: 42 } as never);
    const open = client.call('meeting/open', { meetingId: 'm1' });
    expect(socket.sent).toEqual([]);
    await fresh.loadRequestSchemas();
    const refused = await malformed;
    expect(!refused.ok && refused.error.code).toBe('api.malformed');
    expect(socket.sent.map((text) => JSON.parse(text) as unknown)).toEqual([
      { id: 1, channel: 'meeting/open', request: { meetingId: 'm1' } },
    ]);
    respond(socket, 1, { ok: true, value: 'opened' });
    expect(await open).toEqual({ ok: true, value: 'opened' });
  });
});
