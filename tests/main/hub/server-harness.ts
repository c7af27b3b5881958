import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../main/hub/db/migrate';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { startHubServer, type HubServer } from '../../../main/hub/server/server';
import type { HubContext, HubRoute } from '../../../main/hub/server/route';
import type { PgCluster } from './postgres';

// A hub on a fresh database of the test file's cluster, with a stand-in dashboard build (a page,
// an asset and a secret beside the folder that must never be served) and a clock the test moves.

export type TestHub = Readonly<{
  url: string;
  port: number;
  origin: string;
  db: HubDb;
  server: HubServer;
  clock: { now: Date };
  rendererDir: string;
  close(): Promise<void>;
}>;

export const HUB_PAGE =
  '<!doctype html><title>hub</title><script type="module" src="/assets/hub-1.js"></script>';

export async function startTestHub(
  cluster: PgCluster,
  options: Readonly<{
    routes: (context: HubContext) => readonly HubRoute[];
    host?: string;
    publicNames?: readonly string[];
  }>,
): Promise<TestHub> {
  const db = openHubDb(await cluster.createDatabase());
  await migrate(db);
  const root = mkdtempSync(join(tmpdir(), 'yst-hub-renderer-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'hub.html'), HUB_PAGE);
  writeFileSync(join(rendererDir, 'index.html'), 'the chair console');
  writeFileSync(join(rendererDir, 'assets', 'hub-1.js'), 'console.log(1);');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  const clock = { now: new Date('2026-06-01T08:00:00Z') };
  const server = await startHubServer({
    db,
    rendererDir,
    port: 0,
    now: () => clock.now,
    routes: options.routes,
    ...(options.host ? { host: options.host } : {}),
    ...(options.publicNames ? { publicNames: options.publicNames } : {}),
  });
  return {
    url: server.url,
    port: server.port,
    origin: server.url,
    db,
    server,
    clock,
    rendererDir,
    close: async () => {
      await server.close();
      await db.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export type Reply = Readonly<{
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The body as a JSON object ({} when it is not one). */
  json: Readonly<Record<string, unknown>>;
}>;

export type Send = Readonly<{
  method?: string;
  headers?: Readonly<Record<string, string>>;
  body?: string | Uint8Array;
  /** Connect from this loopback address (127.0.0.x) to tell callers apart. */
  localAddress?: string;
}>;

/** One HTTP request with node:http (so Origin, Host and the peer address are the test's to set). */
export function send(
  hub: Readonly<{ port: number }>,
  path: string,
  options: Send = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: hub.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          let json: Record<string, unknown> = {};
          try {
            const parsed: unknown = JSON.parse(body.toString('utf8'));
            if (typeof parsed === 'object' && parsed !== null)
              json = parsed as Record<string, unknown>;
          } catch {
            json = {};
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, json });
        });
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** A JSON POST from the hub's own page (Origin set), with an optional session cookie. */
export function post(
  hub: TestHub,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return send(hub, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: hub.origin, ...headers },
    body: JSON.stringify(body),
  });
}

/** The `hub_session` value of a reply's Set-Cookie, or null. */
export function sessionOf(reply: Reply): string | null {
  const cookies = reply.headers['set-cookie'] ?? [];
  for (const cookie of cookies) {
    const match = /^hub_session=([^;]*)/.exec(cookie);
    if (match?.[1]) return match[1];
  }
  return null;
}
