import { randomBytes } from 'node:crypto';
import net from 'node:net';

// A WebSocket client written by hand on node:net, for sending what the ws library never would:
// reserved bits, unknown opcodes, unmasked or oversized frames, invalid UTF-8, half a frame.

export type FrameSpec = Readonly<{
  opcode: number;
  payload?: Uint8Array;
  fin?: boolean;
  /** RSV1..RSV3 as a number from 0 to 7 (RSV1 is 4). */
  rsv?: number;
  /** Clients must mask; false sends the payload bare. */
  masked?: boolean;
  maskKey?: Uint8Array;
  /** The length written in the header, when it should differ from the payload actually sent. */
  declaredLength?: number;
}>;

export function encodeFrame(spec: FrameSpec): Buffer {
  const payload = Buffer.from(spec.payload ?? new Uint8Array());
  const length = spec.declaredLength ?? payload.length;
  const masked = spec.masked ?? true;
  const first = ((spec.fin ?? true) ? 0x80 : 0) | (((spec.rsv ?? 0) & 7) << 4) | (spec.opcode & 15);
  const maskBit = masked ? 0x80 : 0;
  let header: Buffer;
  if (length < 126) {
    header = Buffer.from([first, maskBit | length]);
  } else if (length < 65_536) {
    header = Buffer.alloc(4);
    header.writeUInt8(first, 0);
    header.writeUInt8(maskBit | 126, 1);
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(first, 0);
    header.writeUInt8(maskBit | 127, 1);
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  if (!masked) return Buffer.concat([header, payload]);
  const key = Buffer.from(spec.maskKey ?? randomBytes(4));
  const body = Buffer.alloc(payload.length);
  for (let i = 0; i < payload.length; i++) body[i] = (payload[i] ?? 0) ^ (key[i % 4] ?? 0);
  return Buffer.concat([header, key, body]);
}

export const text = (value: string): Buffer => Buffer.from(value, 'utf8');

export type RawConnection = Readonly<{
  /** The HTTP status of the handshake answer (101 when the socket opened). */
  status: number;
  send(bytes: Uint8Array): void;
  end(): void;
  destroy(): void;
  /** Resolves once the server has closed the connection, or false after `ms`. */
  closedWithin(ms: number): Promise<boolean>;
  /** The server's WebSocket frames received so far (after the handshake). */
  frames(): ServerFrame[];
}>;

export type ServerFrame = Readonly<{ opcode: number; payload: Buffer }>;

/** Opens a TCP connection, writes the upgrade request by hand and reads the answer's head. */
export function rawUpgrade(
  port: number,
  path: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let buffer = Buffer.alloc(0);
    let status = 0;
    let closed = false;
    const closeWaiters: Array<() => void> = [];
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      closeWaiters.splice(0).forEach((wake) => wake());
      if (status === 0) reject(new Error(`connection closed before an answer to ${path}`));
    });
    let answeredClose = false;
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (status !== 0) {
        // Answer the server's close frame as a browser would, so it need not wait for a timeout.
        const code = closeCode(parseServerFrames(buffer));
        if (code !== null && !answeredClose) {
          answeredClose = true;
          const payload = Buffer.alloc(2);
          payload.writeUInt16BE(code);
          socket.end(encodeFrame({ opcode: 8, payload }));
        }
        return;
      }
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      status = Number(/^HTTP\/1\.1 (\d{3})/.exec(buffer.subarray(0, end).toString())?.[1] ?? 1);
      buffer = buffer.subarray(end + 4);
      resolve(connection);
    });
    const connection: RawConnection = {
      get status() {
        return status;
      },
      send: (bytes) => void socket.write(bytes),
      end: () => void socket.end(),
      destroy: () => void socket.destroy(),
      closedWithin: (ms) =>
        closed
          ? Promise.resolve(true)
          : new Promise((done) => {
              const timer = setTimeout(() => done(false), ms);
              closeWaiters.push(() => {
                clearTimeout(timer);
                done(true);
              });
            }),
      frames: () => parseServerFrames(buffer),
    };
    const head = {
      Host: `127.0.0.1:${port}`,
      Upgrade: 'websocket',
      Connection: 'Upgrade',
      'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      'Sec-WebSocket-Version': '13',
      ...headers,
    };
    socket.write(
      `GET ${path} HTTP/1.1\r\n${Object.entries(head)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('')}\r\n`,
    );
  });
}

/** Server frames are never masked; a truncated last frame is left out. */
export function parseServerFrames(bytes: Buffer): ServerFrame[] {
  const frames: ServerFrame[] = [];
  let at = 0;
  while (at + 2 <= bytes.length) {
    const opcode = (bytes[at] ?? 0) & 15;
    let length = (bytes[at + 1] ?? 0) & 127;
    let start = at + 2;
    if (length === 126) {
      if (start + 2 > bytes.length) break;
      length = bytes.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      if (start + 8 > bytes.length) break;
      length = Number(bytes.readBigUInt64BE(start));
      start += 8;
    }
    if (start + length > bytes.length) break;
    frames.push({ opcode, payload: bytes.subarray(start, start + length) });
    at = start + length;
  }
  return frames;
}

/** The status code of the server's close frame, if it sent one. */
export function closeCode(frames: readonly ServerFrame[]): number | null {
  const close = frames.find((frame) => frame.opcode === 8);
  return close && close.payload.length >= 2 ? close.payload.readUInt16BE(0) : null;
}

/** Sends one raw HTTP request (any request line) and resolves with the status, or 0 if none. */
export function rawHttp(port: number, head: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(head));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.setTimeout(5_000, () => socket.destroy());
  });
}
