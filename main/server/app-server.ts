import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebSocket, WebSocketServer } from 'ws';
import {
  clientFrameSchema,
  MAX_FRAME_BYTES,
  MAX_VIEWER_FRAME_BYTES,
  type Role,
} from '../../shared/api';
import type { Backend } from '../backend/backend';
import { admitRead } from './admit-read';
import { loadStatic } from './static-files';
import {
  chairOriginAllowed,
  hostAllowed,
  lanOriginAllowed,
  projectorOriginAllowed,
  type HostPolicy,
} from './security';
import {
  guardServer,
  guardUpgradeSocket,
  refuseUpgrade,
  requestUrl,
  socketServer,
} from './socket-guards';

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
 * loopback unless told otherwise; every request must name this machine in Host (DNS rebinding),
 * and the chair's and projector's sockets only accept this machine and our own loopback origin.
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const lanEnabled = !isLoopbackHost(options.host);
  // The chair uploads archives and PDFs; the projector sends nothing: each its own limit.
  const chairSockets = socketServer(MAX_FRAME_BYTES);
  const viewerSockets = socketServer(MAX_VIEWER_FRAME_BYTES);
  let port = 0;
  const policy = (): HostPolicy => ({ port, lan: lanEnabled, listenHost: options.host });
  const server = createServer((request, response) => {
    serveHttp(options, policy(), request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  guardServer(server, 'yishiting serve');

  server.on('upgrade', (request, socket, head) => {
    guardUpgradeSocket(socket);
    const role = upgradeRole(request, policy(), options.backend);
    if (!role) {
      refuseUpgrade(socket);
      return;
    }
    const sockets = role === 'chair' ? chairSockets : viewerSockets;
    sockets.handleUpgrade(request, socket, head, (ws) => attach(options.backend, ws, role));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${shownHost(options.host)}:${port}`,
    port,
    close: () => closeAll(server, [chairSockets, viewerSockets]),
  };
}

/**
 * The address printed for the chair: a wildcard is shown as this machine's loopback, because the
 * chair's socket only accepts our page on a loopback name.
 */
function shownHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function upgradeRole(request: IncomingMessage, policy: HostPolicy, backend: Backend): Role | null {
  if (!hostAllowed(request, policy)) return null;
  const url = requestUrl(request);
  switch (url?.pathname) {
    case '/ws/chair':
      return chairOriginAllowed(request, policy.port) ? 'chair' : null;
    case '/ws/projector':
      return projectorOriginAllowed(request, policy.port) ? 'projector' : null;
    case '/ws/lan':
      return lanOriginAllowed(request, policy) &&
        backend.lanTokenValid(url.searchParams.get('token') ?? '')
        ? 'lan'
        : null;
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
    const frame = parseFrame(data, isBinary);
    if (!frame) {
      ws.close(1003, 'malformed frame');
      return;
    }
    backend
      .handle(role, frame.channel, frame.request)
      .then((result) => {
        if (ws.readyState === ws.OPEN) {
          ws.send(JSON.stringify({ kind: 'response', id: frame.id, result }));
        }
      })
      // The gate answers every refusal as a typed result; a throw is our bug, not the peer's:
      // said on stderr (the window only sees its connection drop and reconnect).
      .catch((error: unknown) => {
        console.error(`yishiting serve: ${role} ${frame.channel}: ${String(error)}`);
        ws.close(1011, 'internal error');
      });
  });
  // ws has already answered a malformed frame with its close code (1002, 1007, 1009) and drops
  // the connection after the server's close timeout; the error concerns this connection only.
  ws.on('error', () => undefined);
  ws.on('close', unsubscribe);
}

/** A client frame, or null for anything else (binary, not JSON, not the frame shape). */
export function parseFrame(data: unknown, isBinary: boolean) {
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
  policy: HostPolicy,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = admitRead(request, response, policy);
  if (!url) return;
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

async function closeAll(server: Server, socketServers: readonly WebSocketServer[]): Promise<void> {
  for (const sockets of socketServers) {
    for (const client of sockets.clients) client.terminate();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  }
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
