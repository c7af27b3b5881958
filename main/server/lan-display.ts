import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { qrcode } from '../lazy-package';
import type { WebSocketServer } from 'ws';
import { MAX_PHONE_FRAME_BYTES, MAX_VIEWER_FRAME_BYTES, type LanStatus } from '../../shared/api';
import type { Backend } from '../backend/backend';
import type { LanControl } from '../backend/lan-control';
import { admitRead } from './admit-read';
import { attach } from './app-server';
import { hostAllowed, lanOriginAllowed, type HostPolicy } from './security';
import {
  guardServer,
  guardUpgradeSocket,
  refuseUpgrade,
  requestUrl,
  socketServer,
} from './socket-guards';
import { loadStatic } from './static-files';
import { attachPhone, isRoomPost, phoneUpgrade, serveRoomPost } from './room-routes';
import { currentInterfaces } from './interfaces';

export type LanDisplayOptions = Readonly<{
  backend: () => Backend;
  rendererDir: string;
  /** Where the LAN listener binds once the chair turns it on; 0.0.0.0 reaches the room's network. */
  host?: string;
  port: number;
  /** This machine's LAN addresses, for the URLs and the QR code (injectable for tests). */
  addresses?: () => string[];
}>;

export type LanDisplay = LanControl & Readonly<{ close(): Promise<void>; port(): number | null }>;

/**
 * The read-only LAN display. It is a separate listener, started only when the chair turns it on,
 * that serves nothing but the projector page and a socket in the 'lan' role: the chair console
 * and its socket are never reachable from the network. Every request needs the current token and
 * must name this machine in Host; every time the display is turned on it gets a new token, and
 * rotating it disconnects every device that had the old one.
 */
export function createLanDisplay(options: LanDisplayOptions): LanDisplay {
  let token = newToken();
  let server: Server | null = null;
  let sockets: WebSocketServer | null = null;
  let phoneSockets: WebSocketServer | null = null;
  let boundPort: number | null = null;
  let qrSvg: string | null = null;
  let starting: Promise<LanStatus> | null = null;
  const policy = (): HostPolicy => ({
    port: boundPort ?? -1,
    lan: true,
    listenHost: options.host ?? '0.0.0.0',
  });

  const tokenValid = (candidate: string): boolean => {
    if (!server) return false;
    const given = Buffer.from(candidate);
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  const urls = (): string[] => {
    if (boundPort === null) return [];
    const hosts = (options.addresses ?? lanAddresses)();
    return hosts.map(
      (host) => `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}/lan?token=${token}`,
    );
  };

  const status = (): LanStatus => ({
    enabled: server !== null,
    urls: urls(),
    qrSvg,
    connected: sockets?.clients.size ?? 0,
  });

  const refreshQr = async () => {
    const first = urls()[0];
    qrSvg = first
      ? await qrcode().toString(first, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      : null;
  };

  const gate: LanGate = {
    policy,
    tokenValid,
    rendererDir: options.rendererDir,
    roomOn: () => options.backend().room.meetingId() !== null,
  };

  const start = async (): Promise<LanStatus> => {
    // A display turned off and on again is a new session: a token shown before (on a photo of
    // the screen, in a phone's history) must not open it again.
    token = newToken();
    const { http, wss, phones } = buildListener(options, gate, policy);
    await listen(http, options.port, options.host ?? '0.0.0.0');
    server = http;
    sockets = wss;
    phoneSockets = phones;
    boundPort = (http.address() as AddressInfo).port;
    await refreshQr();
    return status();
  };

  const enable = async (): Promise<LanStatus> => {
    if (server) return status();
    // Two quick clicks must not start two listeners.
    starting ??= start().finally(() => {
      starting = null;
    });
    return starting;
  };

  const disconnectAll = () => {
    for (const client of sockets?.clients ?? [])
      client.close(4001, 'token rotated or display turned off');
  };

  const disable = async (): Promise<LanStatus> => {
    if (starting) await starting.catch(() => undefined);
    const http = server;
    if (!http) return status();
    disconnectAll();
    for (const client of phoneSockets?.clients ?? []) client.close(4001, 'LAN listener turned off');
    sockets?.close();
    phoneSockets?.close();
    server = null;
    sockets = null;
    phoneSockets = null;
    boundPort = null;
    qrSvg = null;
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
    return status();
  };

  const rotate = async (): Promise<LanStatus> => {
    token = newToken();
    disconnectAll();
    await refreshQr();
    return status();
  };

  return {
    status,
    enable,
    disable,
    rotate,
    tokenValid,
    close: async () => void (await disable()),
    port: () => boundPort,
  };
}

/**
 * The LAN listener's HTTP server and its two socket servers: the LAN display's (token) and the
 * room's phones (their own codes, a smaller frame limit).
 */
function buildListener(
  options: LanDisplayOptions,
  gate: LanGate,
  policy: () => HostPolicy,
): { http: Server; wss: WebSocketServer; phones: WebSocketServer } {
  const wss = socketServer(MAX_VIEWER_FRAME_BYTES);
  // Phones of the room (现场互动) send small requests: their own, smaller, frame limit.
  const phones = socketServer(MAX_PHONE_FRAME_BYTES);
  const http = createServer((request, response) => {
    const served = isRoomPost(request)
      ? serveRoomPost(options.backend(), policy(), request, response)
      : serveLan(gate, request, response);
    served.catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  guardServer(http, 'LAN display');
  http.on('upgrade', (request, socket, head) => {
    guardUpgradeSocket(socket);
    if (upgradeAllowed(gate, request)) {
      wss.handleUpgrade(request, socket, head, (ws) => attach(options.backend(), ws, 'lan'));
      return;
    }
    const phone = phoneUpgrade(options.backend(), policy(), request);
    if (!phone) return void refuseUpgrade(socket);
    phones.handleUpgrade(request, socket, head, (ws) => attachPhone(options.backend(), ws, phone));
  });
  return { http, wss, phones };
}

/** What a LAN request is checked against: the Host policy, the current token, the page's files. */
type LanGate = Readonly<{
  policy: () => HostPolicy;
  tokenValid: (candidate: string) => boolean;
  rendererDir: string;
  /** The phone page (/join) exists only while the room is on. */
  roomOn: () => boolean;
}>;

/** A socket may open only on /ws/lan, naming this machine, from the LAN page, with the token. */
function upgradeAllowed({ policy, tokenValid }: LanGate, request: IncomingMessage): boolean {
  const url = requestUrl(request);
  return (
    url?.pathname === '/ws/lan' &&
    hostAllowed(request, policy()) &&
    lanOriginAllowed(request, policy()) &&
    tokenValid(url.searchParams.get('token') ?? '')
  );
}

/** Answers one HTTP request on the LAN listener: the projector page with its token, or its assets. */
async function serveLan(
  gate: LanGate,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = admitRead(request, response, gate.policy());
  if (!url) return;
  // Only the LAN page (with the token), the phone page while the room is on, and the renderer's
  // static assets; nothing else exists here. The phone page checks its codes over its socket.
  const isJoin = url.pathname === '/join' && gate.roomOn();
  const isPage = url.pathname === '/lan' || isJoin;
  const isAsset = url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg';
  if (isPage && !isJoin && !gate.tokenValid(url.searchParams.get('token') ?? '')) {
    response
      .writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('访问码无效或已更换 · Invalid or expired token');
    return;
  }
  const file = isPage || isAsset ? await loadStatic(gate.rendererDir, url.pathname) : null;
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': file.type,
    'Cache-Control': isPage ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/** Starts listening; rejects if the port is taken (the chair is told, the display stays off). */
function listen(http: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
}

/** 128 random bits, URL-safe: unguessable on a room's network. */
function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/** IPv4 addresses of this machine's non-internal interfaces (what phones in the room can reach). */
export function lanAddresses(): string[] {
  const found: string[] = [];
  for (const entries of Object.values(currentInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) found.push(entry.address);
    }
  }
  return found.length > 0 ? found : ['127.0.0.1'];
}
