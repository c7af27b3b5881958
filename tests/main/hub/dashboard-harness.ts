// Calls the dashboard's routes as the server would (a staff caller, parsed query and body) on a
// real database, and fills databases: the seed communities' bundles through ingestBundle, or
// hand-made index rows for figures that need exact inputs (zones, gaps, answers).
import { expect } from 'vitest';
import { dashboardRoutes } from '../../../main/hub/dashboard/routes';
import { migrate } from '../../../main/hub/db/migrate';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { createCommunity, enrolCommunity } from '../../../main/hub/enrol';
import { ingestBundle } from '../../../main/hub/ingest/ingest';
import type { HubReply, HubRequest } from '../../../main/hub/server/route';
import type { TestCommunity } from './fixtures';
import type { PgCluster } from './postgres';

export type Call = Readonly<{
  query?: Readonly<Record<string, string>>;
  body?: unknown;
  now?: Date;
  locale?: HubRequest['locale'];
  login?: string;
}>;

export type JsonReply = Readonly<{ status: number; json: unknown }>;

export async function call(
  db: HubDb,
  method: 'GET' | 'POST',
  path: string,
  options: Call = {},
): Promise<HubReply> {
  const route = dashboardRoutes.find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`no route ${method} ${path}`);
  expect(route.auth).toBe('staff');
  const request: HubRequest = {
    method,
    path,
    params: {},
    query: new URLSearchParams(options.query ?? {}),
    body: options.body ?? null,
    bytes: null,
    caller: { kind: 'staff', login: options.login ?? 'wang' },
    locale: options.locale ?? 'zh-CN',
  };
  const now = options.now ?? new Date('2026-12-07T04:00:00Z');
  return route.handle(request, { db, now: () => now });
}

/** A GET whose JSON reply is returned with its status. */
export async function getJson<T>(
  db: HubDb,
  path: string,
  options: Call = {},
): Promise<{ status: number; json: T }> {
  const reply = await call(db, 'GET', path, options);
  if (!('json' in reply)) throw new Error(`${path} gave bytes`);
  return { status: reply.status, json: reply.json as T };
}

export async function freshDb(cluster: PgCluster): Promise<HubDb> {
  const db = openHubDb(await cluster.createDatabase());
  await migrate(db);
  return db;
}

/** The communities enrolled with their own certificates and their bundles ingested in order. */
export async function seedCommunities(
  db: HubDb,
  communities: readonly TestCommunity[],
): Promise<void> {
  for (const community of communities) {
    const { code } = await createCommunity(db, { id: community.id, name: community.name }, 'cli');
    const enrolled = await enrolCommunity(db, { code, certificatePem: community.certificatePem });
    if (!enrolled.ok) throw new Error(`enrol ${community.id}: ${enrolled.code}`);
    for (const bytes of community.bundles) {
      const result = await ingestBundle(db, bytes, {
        via: 'http',
        communityId: community.id,
        actor: `community:${community.id}`,
      });
      if (!result.ok) throw new Error(`ingest ${community.id}: ${result.code}`);
    }
  }
}

/** Hand-made rows: a community, a stand-in bundle per meeting, the meeting in `zone`. */
export async function handCommunity(db: HubDb, id: string, name = `社区${id}`): Promise<void> {
  await db.query('INSERT INTO communities (id, name) VALUES ($1, $2)', [id, name]);
}

let bundleCounter = 0;

export async function handBundle(
  db: HubDb,
  communityId: string,
  sequence: number,
  meetingId = `m${sequence}`,
): Promise<string> {
  bundleCounter += 1;
  const sha = `${communityId}-${sequence}-${bundleCounter}`.padEnd(64, '0');
  await db.query(
    `INSERT INTO bundles (sha256, manifest_sha256, community_id, sequence, previous, meeting_id, created_at, via, size, bytes)
     VALUES ($1, $2, $3, $4, NULL, $5, now(), 'folder', 1, '\\x00')`,
    [sha, `m-${sha}`, communityId, sequence, meetingId],
  );
  return sha;
}

export async function handMeeting(
  db: HubDb,
  row: Readonly<{
    communityId: string;
    meetingId: string;
    heldOn: string;
    zone: string;
    title?: string;
    sequence?: number;
  }>,
): Promise<void> {
  const sequence = row.sequence ?? 1;
  const sha = await handBundle(db, row.communityId, sequence, row.meetingId);
  await db.query(
    `INSERT INTO meetings (community_id, meeting_id, bundle_sha256, sequence, title, held_on, time_zone, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'closed')`,
    [
      row.communityId,
      row.meetingId,
      sha,
      sequence,
      row.title ?? row.meetingId,
      row.heldOn,
      row.zone,
    ],
  );
}

export async function handItem(
  db: HubDb,
  row: Readonly<{
    communityId: string;
    meetingId: string;
    actionId: string;
    deadline: string | null;
    status: string;
    zone: string | null;
    title?: string;
  }>,
): Promise<string> {
  const key = `${row.meetingId}/${row.actionId}`;
  await db.query(
    `INSERT INTO action_items (community_id, key, meeting_id, title, owner, deadline, status, time_zone)
     VALUES ($1, $2, $3, $4, '责任人', $5, $6, $7)`,
    [row.communityId, key, row.meetingId, row.title ?? key, row.deadline, row.status, row.zone],
  );
  return key;
}
