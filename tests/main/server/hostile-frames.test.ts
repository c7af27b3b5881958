import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCode, encodeFrame, rawHttp, rawUpgrade, text } from './raw-ws';
import {
  buildOnce,
  connect,
  connectChair,
  enableLan,
  httpStatus,
  startServeProcess,
  type ServeProcess,
} from './serve-process';

// One bad frame must never stop a meeting: whatever arrives on a socket, only that connection
// ends, and the server (a real `yishiting serve` process) keeps answering everyone else.

let server: ServeProcess;
let lan: { socketUrl: string; port: number };

beforeAll(async () => {
  buildOnce();
  server = await startServeProcess();
  lan = await enableLan(server.url);
});
afterAll(async () => {
  const crashed = server.exited();
  await server.stop();
  expect(crashed, server.output()).toBe(false);
  expect(server.output()).not.toMatch(/Unhandled|uncaught/i);
});

type Target = Readonly<{
  name: string;
  port: () => number;
  path: () => string;
  headers: () => Record<string, string>;
  /** A fresh, well-behaved client of this socket gets what it should. */
  works: () => Promise<void>;
}>;

const expectView = async (url: string, headers: Record<string, string> = {}) => {
  const client = await connect(url, headers);
  await client.next((frame) => frame.channel === 'projector/view');
  client.close();
};

const TARGETS: readonly Target[] = [
  {
    name: 'chair /ws/chair',
    port: () => server.port,
    path: () => '/ws/chair',
    headers: () => ({ Origin: server.url }),
    works: async () => {
      const chair = await connectChair(server.url);
      expect(await chair.call('meetings/list', {})).toMatchObject({ ok: true });
      chair.close();
    },
  },
  {
    name: 'projector /ws/projector',
    port: () => server.port,
    path: () => '/ws/projector',
    headers: () => ({}),
    works: () => expectView(`${server.url.replace('http', 'ws')}/ws/projector`),
  },
  {
    name: 'LAN /ws/lan',
    port: () => lan.port,
    path: () => new URL(lan.socketUrl).pathname + new URL(lan.socketUrl).search,
    headers: () => ({}),
    works: () => expectView(lan.socketUrl),
  },
];

const MiB = 1024 * 1024;
const request = (value: unknown) => text(JSON.stringify(value));

/** Each malformed input, and the close code the server answers with (null: none is owed). */
const KINDS: ReadonlyArray<Readonly<{ name: string; bytes: Buffer[]; code: number | null }>> = [
  {
    name: 'a message over every limit (49 MiB declared)',
    bytes: [encodeFrame({ opcode: 1, declaredLength: 49 * MiB, payload: Buffer.alloc(4096, 97) })],
    code: 1009,
  },
  {
    name: 'a text frame with invalid UTF-8',
    bytes: [encodeFrame({ opcode: 1, payload: Buffer.from([0x7b, 0xc3, 0x28, 0xff, 0x7d]) })],
    code: 1007,
  },
  ...[4, 2, 1].map((rsv) => ({
    name: `reserved bit RSV${{ 4: 1, 2: 2, 1: 3 }[rsv]} set`,
    bytes: [encodeFrame({ opcode: 1, rsv, payload: text('{}') })],
    code: 1002,
  })),
  ...[0x3, 0x7, 0xb, 0xf].map((opcode) => ({
    name: `unknown opcode 0x${opcode.toString(16)}`,
    bytes: [encodeFrame({ opcode, payload: text('x') })],
    code: 1002,
  })),
  {
    name: 'an unmasked client frame',
    bytes: [encodeFrame({ opcode: 1, masked: false, payload: text('{}') })],
    code: 1002,
  },
  {
    name: 'a fragmented ping',
    bytes: [encodeFrame({ opcode: 9, fin: false, payload: text('x') })],
    code: 1002,
  },
  {
    name: 'a continuation without a first fragment',
    bytes: [encodeFrame({ opcode: 0, payload: text('x') })],
    code: 1002,
  },
  {
    name: 'half a frame, then the connection ends',
    bytes: [encodeFrame({ opcode: 1, declaredLength: 100, payload: text('{"id":1') })],
    code: null,
  },
  {
    name: 'a binary frame',
    bytes: [encodeFrame({ opcode: 2, payload: request({ id: 1, channel: 'meetings/list' }) })],
    code: 1003,
  },
  {
    name: 'text that is not JSON',
    bytes: [encodeFrame({ opcode: 1, payload: text('{') })],
    code: 1003,
  },
  {
    name: 'JSON that is not a request frame',
    bytes: [encodeFrame({ opcode: 1, payload: request({ id: -1, channel: 7, extra: true }) })],
    code: 1003,
  },
];

describe.each(TARGETS)('the $name socket', (target) => {
  it.each(KINDS)('closes only the connection that sends $name', async (kind) => {
    const raw = await rawUpgrade(target.port(), target.path(), target.headers());
    expect(raw.status).toBe(101);
    for (const bytes of kind.bytes) raw.send(bytes);
    if (kind.code === null) raw.end();
    expect(await raw.closedWithin(5_000)).toBe(true);
    if (kind.code !== null) expect(closeCode(raw.frames())).toBe(kind.code);

    expect(await httpStatus(`${server.url}/`)).toBe(200);
    await target.works();
  });

  it('survives a request line the URL parser refuses, on HTTP and on the upgrade', async () => {
    const port = target.port();
    const head = (extra: string) =>
      `GET //[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${extra}\r\n`;
    expect(await rawHttp(port, head(''))).toBeGreaterThanOrEqual(400);
    const upgrade = 'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n';
    const key = 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';
    expect(
      await rawHttp(port, head(upgrade.replace('\r\n', '\r\nConnection: Upgrade\r\n') + key)),
    ).toBe(403);
    expect(await httpStatus(`${server.url}/`)).toBe(200);
    await target.works();
  });
});

describe('frame limits follow what each role really sends', () => {
  it('refuses a 5 KiB message from the projector and the LAN display (they send nothing)', async () => {
    for (const target of TARGETS.slice(1)) {
      const raw = await rawUpgrade(target.port(), target.path(), target.headers());
      const padding = 'x'.repeat(5 * 1024);
      raw.send(
        encodeFrame({
          opcode: 1,
          payload: request({ id: 1, channel: 'meetings/list', request: padding }),
        }),
      );
      expect(await raw.closedWithin(5_000)).toBe(true);
      expect(closeCode(raw.frames())).toBe(1009);
    }
  });

  it('still takes a chair upload the size of the largest real archive, with room to spare', async () => {
    // tests/bench/frame-sizes.ts measured 1.46 MB for the import of a four-hour, 200-member
    // meeting with every PDF; 4 MB of base64 is well past it and must still get an answer.
    const chair = await connectChair(server.url);
    const result = await chair.call('documents/verify', { base64: 'A'.repeat(4 * MiB) });
    expect(result).toMatchObject({ ok: true });
    chair.close();
  });
});
