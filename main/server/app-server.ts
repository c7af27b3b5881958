import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientFrameSchema, MAX_FRAME_BYTES, type Role } from '../../shared/api';
import type { Backend } from '../backend/backend';
import { loadStatic } from './static-files';
import { chairOriginAllowed, hostAllowed, isLoopbackAddress, SECURITY_HEADERS } from './security';

export type AppServerOptions = Readonly<{
  backend: Backend;
  rendererDir: string;
  host: string;
  port: number;
}>;

export type AppServer = Readonly<{
  url: string;
  port: number;
  close(): Promise<void>;
}>;

/**
 * The browser carrier: serves the built renderer and a WebSocket per window role. It listens on
 * loopback unless told otherwise; the chair's socket only accepts this machine and our own origin.
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const lanEnabled = !isLoopbackHost(options.host);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const server = createServer((request, response) => {
    void serveHttp(options, lanEnabled, request, response);
  });

  server.on('upgrade', (request, socket, head) => {
    const role = upgradeRole(request, lanEnabled, options.backend);
    if (!role) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => attach(options.backend, ws, role));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${port}`,
    port,
    close: () => closeAll(server, sockets),
  };
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function upgradeRole(request: IncomingMessage, lanEnabled: boolean, backend: Backend): Role | null {
  if (!hostAllowed(request, lanEnabled)) return null;
  const url = new URL(request.url ?? '/', 'http://local');
  switch (url.pathname) {
    case '/ws/chair':
      return chairOriginAllowed(request) ? 'chair' : null;
    case '/ws/projector':
      return isLoopbackAddress(request.socket.remoteAddress) ? 'projector' : null;
    case '/ws/lan':
      return backend.lanTokenValid(url.searchParams.get('token') ?? '') ? 'lan' : null;
    default:
      return null;
  }
}

/** Connects one socket to the backend as `role`: pushes it may see, requests through the gate. */
export function attach(backend: Backend, ws: WebSocket, role: Role): void {
  const unsubscribe = backend.hub.subscribe(role, (_channel, _payload, frame) => {
    if (ws.readyState === ws.OPEN) ws.send(frame());
  });
  for (const [channel, payload] of backend.initialPushes(role)) {
    ws.send(JSON.stringify({ kind: 'push', channel, payload }));
  }

  ws.on('message', (data, isBinary) => {
    void (async () => {
      const frame = parseFrame(data, isBinary);
      if (!frame) {
        ws.close(1003, 'malformed frame');
        return;
      }
      const result = await backend.handle(role, frame.channel, frame.request);
      if (ws.readyState === ws.OPEN) {
        ws.send(JSON.stringify({ kind: 'response', id: frame.id, result }));
      }
    })();
  });
  ws.on('close', unsubscribe);
}

function parseFrame(data: unknown, isBinary: boolean) {
  if (isBinary) return null;
  try {
    const text = Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
    const parsed = clientFrameSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function serveHttp(
  options: AppServerOptions,
  lanEnabled: boolean,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  if (!hostAllowed(request, lanEnabled)) {
    response.writeHead(421).end('Misdirected request');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://local');
  const file = await loadStatic(options.rendererDir, url.pathname);
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': file.type,
    'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

async function closeAll(server: Server, sockets: WebSocketServer): Promise<void> {
  for (const client of sockets.clients) client.terminate();
  await new Promise<void>((resolve) => sockets.close(() => resolve()));
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
