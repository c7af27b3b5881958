import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardServer, requestUrl } from '../../server/socket-guards';
import type { HubDb } from '../db/pool';
import { handleRequest, type Dispatch } from './dispatch';
import { hubHostGate } from './host-gate';
import { routeTable } from './match';
import { sendReply } from './reply';
import type { HubContext, HubRoute } from './route';
import { serverWords } from './words';

export const DEFAULT_HUB_PORT = 8790;
export const DEFAULT_HUB_HOST = '127.0.0.1';

export type HubServerOptions = Readonly<{
  db: HubDb;
  /** Where the built dashboard is (dist/renderer). */
  rendererDir: string;
  /** Loopback unless the office decides otherwise (--host). */
  host?: string;
  /** Names besides this machine's that staff and communities reach the hub by (--public-name). */
  publicNames?: readonly string[];
  /** 0 picks a free port. */
  port?: number;
  now?: () => Date;
  /** The route table, made for this server's context (routes.ts: allHubRoutes). */
  routes: (context: HubContext) => readonly HubRoute[];
}>;

export type HubServer = Readonly<{
  url: string;
  /** The address the server is bound to, as the OS reports it. */
  host: string;
  port: number;
  close(): Promise<void>;
}>;

/**
 * The hub's HTTP server: one node:http server over the joined route tables. Whatever a peer
 * sends concerns its own request only: a malformed request gets 400, a handler's failure 500,
 * and the process keeps serving.
 */
export async function startHubServer(options: HubServerOptions): Promise<HubServer> {
  const context: HubContext = { db: options.db, now: options.now ?? (() => new Date()) };
  const routes = options.routes(context);
  // The Host gate needs the port the OS picked; no request is served before it is set.
  let hostOk: Dispatch['hostOk'] = () => false;
  const dispatch: Dispatch = {
    context,
    table: routeTable(routes),
    rendererDir: options.rendererDir,
    hostOk: (request) => hostOk(request),
  };
  const server = createServer((request, response) => serve(dispatch, request, response));
  // Slow-loris bounds: a request's headers within 20 s, the whole request within 10 minutes
  // (a 64 MiB bundle over a slow community line).
  server.headersTimeout = 20_000;
  server.requestTimeout = 600_000;
  guardServer(server, 'yishiting hub');
  const host = options.host ?? DEFAULT_HUB_HOST;
  await listen(server, options.port ?? DEFAULT_HUB_PORT, host);
  const bound = server.address() as AddressInfo;
  hostOk = hubHostGate(host, bound.port, options.publicNames);
  return {
    url: `http://${shownHost(host)}:${bound.port}`,
    host: bound.address,
    port: bound.port,
    close: () => close(server),
  };
}

function serve(dispatch: Dispatch, request: IncomingMessage, response: ServerResponse): void {
  // A response stream that breaks (the peer left) is that peer's business.
  response.on('error', () => undefined);
  request.on('error', () => undefined);
  const url = requestUrl(request);
  handleRequest(dispatch, request, url).then(
    (outcome) => sendReply(response, outcome.reply, outcome.close),
    (error: unknown) => {
      console.error(`yishiting hub: ${error instanceof Error ? error.stack : String(error)}`);
      const t = serverWords('zh-CN');
      sendReply(response, { status: 500, json: { error: 'internal', message: t('internal') } });
    },
  );
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function shownHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
