import fc from 'fast-check';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFrame, rawUpgrade, text } from './raw-ws';
import {
  buildOnce,
  connect,
  connectChair,
  enableLan,
  httpStatus,
  startServeProcess,
  type ServeProcess,
} from './serve-process';

// Random traffic against a real `yishiting serve` process: frames with any header bits, opcode,
// mask and declared length, bytes cut off mid-frame, plain garbage after a valid handshake and
// instead of an HTTP request. Seeded, and bounded in time; the server must stay up throughout.

const SEED = 20_260_501;
const TIME_LIMIT_MS = 8_000;

let server: ServeProcess;
let lan: { socketUrl: string; port: number };

beforeAll(async () => {
  buildOnce();
  server = await startServeProcess();
  lan = await enableLan(server.url);
});
afterAll(async () => {
  await server.stop();
});

type Target = 'chair' | 'projector' | 'lan' | 'http';

function endpoint(target: Exclude<Target, 'http'>) {
  if (target === 'lan') {
    const url = new URL(lan.socketUrl);
    return { port: lan.port, path: url.pathname + url.search, headers: {} };
  }
  const headers: Record<string, string> = target === 'chair' ? { Origin: server.url } : {};
  return { port: server.port, path: `/ws/${target}`, headers };
}

const payloadArb = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ maxLength: 200 }).map(text),
  fc
    .record({
      id: fc.oneof(fc.nat(), fc.integer(), fc.string({ maxLength: 5 })),
      channel: fc.constantFrom('meetings/list', 'lan/status', 'meeting/dispatch', 'x', ''),
      request: fc.jsonValue({ maxDepth: 3 }),
    })
    .map((value) => text(JSON.stringify(value))),
);

const frameArb = fc
  .record({
    fin: fc.boolean(),
    rsv: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 7 })),
    opcode: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(0, 1, 2, 8, 9, 10) },
      fc.integer({ min: 0, max: 15 }),
    ),
    masked: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
    maskKey: fc.uint8Array({ minLength: 4, maxLength: 4 }),
    payload: payloadArb,
    declaredLength: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      fc.integer({ min: 0, max: 70_000 }),
      fc.constantFrom(2 ** 31, 2 ** 32, 2 ** 53 - 1),
    ),
    /** Send only the first bytes of the frame: a peer that stops mid-frame. */
    cut: fc.option(fc.nat({ max: 20 }), { freq: 4 }),
  })
  .map(({ cut, declaredLength, ...spec }) => {
    const bytes = encodeFrame(declaredLength === undefined ? spec : { ...spec, declaredLength });
    return cut === null ? bytes : bytes.subarray(0, cut);
  });

const chunkArb = fc.oneof({ weight: 3, arbitrary: frameArb }, fc.uint8Array({ maxLength: 200 }));

const sessionArb = fc.record({
  target: fc.constantFrom<Target>('chair', 'projector', 'lan', 'chair', 'projector', 'http'),
  chunks: fc.array(chunkArb, { minLength: 1, maxLength: 6 }),
  ending: fc.constantFrom('end', 'destroy', 'linger'),
});

/** Bytes straight onto the HTTP port, without any handshake. */
function sendRaw(port: number, bytes: readonly Uint8Array[], ending: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      for (const chunk of bytes) socket.write(chunk);
      if (ending === 'destroy') socket.destroy();
      else socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
    // A half-sent request keeps its socket until the headers timeout; no need to wait for it.
    socket.setTimeout(50, () => socket.destroy());
  });
}

describe('the WebSocket carrier under random traffic', () => {
  it(
    'stays up and keeps answering everyone else',
    async () => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(sessionArb, async ({ target, chunks, ending }) => {
          runs++;
          if (target === 'http') {
            await sendRaw(server.port, chunks, ending);
          } else {
            const { port, path, headers } = endpoint(target);
            const raw = await rawUpgrade(port, path, headers);
            for (const chunk of chunks) raw.send(chunk);
            if (ending === 'end') raw.end();
            if (ending === 'destroy') raw.destroy();
            await raw.closedWithin(ending === 'linger' ? 50 : 300);
            raw.destroy();
          }
          expect(server.exited(), server.output()).toBe(false);
          expect(await httpStatus(`${server.url}/`)).toBe(200);
        }),
        { seed: SEED, numRuns: 2_000, interruptAfterTimeLimit: TIME_LIMIT_MS, endOnFailure: true },
      );
      expect(runs).toBeGreaterThan(50);

      // Afterwards every role still works for a well-behaved client.
      const chair = await connectChair(server.url);
      expect(await chair.call('meetings/list', {})).toMatchObject({ ok: true });
      chair.close();
      for (const url of [`${server.url.replace('http', 'ws')}/ws/projector`, lan.socketUrl]) {
        const screen = await connect(url);
        await screen.next((frame) => frame.channel === 'projector/view');
        screen.close();
      }
      expect(server.output()).not.toMatch(/Unhandled|uncaught/i);
    },
    TIME_LIMIT_MS + 30_000,
  );
});
