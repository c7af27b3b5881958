import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import type { Backend } from '../backend/backend';
import { apiError } from '../../shared/api';
import type { PhoneSocket } from '../room/phones';
import { TokenBucket } from '../room/rate-limit';
import { parseFrame } from './app-server';
import { hostAllowed, lanOriginAllowed, SECURITY_HEADERS, type HostPolicy } from './security';
import { requestUrl } from './socket-guards';

/** A join request's body is `{"code":"…"}` and maybe a device key: a few hundred bytes at most. */
const MAX_JOIN_BODY_BYTES = 1024;

/** The phone's HTTP posts on the LAN listener: the short code, and a slip's personal code. */
export function isRoomPost(request: IncomingMessage): boolean {
  const path = requestUrl(request)?.pathname;
  return request.method === 'POST' && (path === '/join/short' || path === '/join/slip');
}

/**
 * Answers POST /join/short and /join/slip. As every request on this listener: this machine in
 * Host; and, being a POST that hands out a secret, a browser's Origin must be this machine too.
 */
export async function serveRoomPost(
  backend: Backend,
  policy: HostPolicy,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  const answer = (status: number, body: unknown): void =>
    void response
      .writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      .end(JSON.stringify(body));
  if (!hostAllowed(request, policy)) return void response.writeHead(421).end('Misdirected request');
  if (!lanOriginAllowed(request, policy)) return answer(403, { error: 'room.foreignOrigin' });
  const body = await readJson(request);
  if (body === null) return answer(400, { error: 'room.badRequest' });
  const room = backend.room;
  const result =
    requestUrl(request)?.pathname === '/join/short'
      ? room.shortCode(request.socket.remoteAddress ?? '', body.code)
      : await room.slip(body.code, body.deviceKey);
  answer(result.status, result.body);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JOIN_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Which phone socket an upgrade asks for, if its code is valid now; null: refuse it. */
export type PhoneUpgrade =
  | Readonly<{ role: 'guest' }>
  | Readonly<{ role: 'participant'; deviceKey: string; meetingId: string; memberId: string }>;

export function phoneUpgrade(
  backend: Backend,
  policy: HostPolicy,
  request: IncomingMessage,
): PhoneUpgrade | null {
  const url = requestUrl(request);
  if (!url || !hostAllowed(request, policy) || !lanOriginAllowed(request, policy)) return null;
  if (url.pathname === '/ws/guest') {
    return backend.room.roomTokenValid(url.searchParams.get('room') ?? '')
      ? { role: 'guest' }
      : null;
  }
  if (url.pathname === '/ws/participant') {
    const deviceKey = url.searchParams.get('key') ?? '';
    const member = backend.room.deviceOf(deviceKey);
    return member ? { role: 'participant', deviceKey, ...member } : null;
  }
  return null;
}

/**
 * Connects a phone's socket. It gets no pushes from the hub: a guest only its own join/decided,
 * a participant the room's throttled view and its own member's view (room/phones.ts). Every
 * request goes through the gate with this socket as the caller.
 */
export function attachPhone(backend: Backend, ws: WebSocket, upgrade: PhoneUpgrade): void {
  const socket: PhoneSocket = {
    send: (text) => {
      if (ws.readyState === ws.OPEN) ws.send(text, { binary: false });
    },
    close: (code, reason) => ws.close(code, reason),
  };
  const room = backend.room;
  const deviceKey = upgrade.role === 'participant' ? upgrade.deviceKey : undefined;
  if (upgrade.role === 'participant') room.connect(socket, upgrade);
  else room.phones.guests.add(socket);

  const limit = requestLimit();
  ws.on('message', (data, isBinary) => {
    const frame = parseFrame(data, isBinary);
    if (!frame) return void ws.close(1003, 'malformed frame');
    const allowed = limit();
    if (allowed === 'close') return void ws.close(1008, 'too many requests');
    if (allowed === 'refuse') {
      const result = { ok: false, error: apiError('room.slowDown') };
      return socket.send(JSON.stringify({ kind: 'response', id: frame.id, result }));
    }
    backend
      .handle(upgrade.role, frame.channel, frame.request, { socket, deviceKey })
      .then((result) => socket.send(JSON.stringify({ kind: 'response', id: frame.id, result })))
      // A throw is our bug: said on stderr (never the member's data), the phone reconnects.
      .catch((error: unknown) => {
        console.error(`yishiting serve: ${upgrade.role} ${frame.channel}: ${String(error)}`);
        ws.close(1011, 'internal error');
      });
  });
  ws.on('error', () => undefined);
  ws.on('close', () => {
    if (upgrade.role === 'participant') room.disconnect(socket);
    else {
      room.phones.removeGuest(socket);
      room.announce();
    }
  });
}

/** A phone's requests: a burst of this many, then PHONE_REFILL_MS apart (five a second). */
const PHONE_BURST = 20;
const PHONE_REFILL_MS = 200;
/** Refused requests in a row after which the phone is not a person tapping but a flood. */
const PHONE_ABUSE = 40;

/**
 * Each phone socket's own token bucket: a person taps a few times a second, a script floods.
 * Past the bucket a request is answered room.slowDown and does nothing; a socket that goes on
 * regardless is closed (1008, policy).
 */
function requestLimit(): () => 'ok' | 'refuse' | 'close' {
  const bucket = new TokenBucket(PHONE_BURST, PHONE_REFILL_MS, performance.now());
  let refused = 0;
  return () => {
    if (bucket.take(performance.now()).ok) {
      refused = 0;
      return 'ok';
    }
    refused += 1;
    return refused >= PHONE_ABUSE ? 'close' : 'refuse';
  };
}
