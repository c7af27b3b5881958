import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import type { MeetingRepository } from '../../../main/backend/repository';
import { signingService } from '../../../main/backend/signing';
import { openRepository } from '../../../main/backend/storage-repository';
import { writeBundle, type BundleSource } from '../../../main/bundle';
import { openFollowupRepository, type FollowupRepository } from '../../../main/followup/repository';
import { migrate } from '../../../main/hub/db/migrate';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { createCommunity } from '../../../main/hub/enrol';
import { allHubRoutes } from '../../../main/hub/server/routes';
import { startHubServer, type HubServer } from '../../../main/hub/server/server';
import { addStaff } from '../../../main/hub/staff';
import { postBundle } from '../../../main/hub-link/client';
import { describeRefusal } from '../../../main/hub-link/describe';
import { readHubLink } from '../../../main/hub-link/link-file';
import { settingsService } from '../../../main/settings/issuing-body-file';
import type { HubSendResult, HubSyncResult, Result } from '../../../shared/api';
import { EMPTY_ISSUING_BODY } from '../../../shared/documents';
import { board } from '../../../shared/followup';
import { laptop, removeDir, rezip, SEED_FILES, tempDir } from '../bundle/fixture';
import { startPostgres, type PgCluster } from './postgres';

// Issue 17's first acceptance point, end to end: a REAL PostgreSQL, the real hub HTTP server, and
// three communities' apps (each its own data folder, signing key and backend) sending the three
// seed meetings through the hub link's channels. Then what must be refused is refused with words
// the community reads, a hole in a chain shows on the dashboard's overview, and a street-office
// 督办 comment written on the dashboard reaches the community's follow-up board at its sync.

type Community = {
  id: string;
  name: string;
  dataDir: string;
  backend: Backend;
  repository: MeetingRepository;
  followup: FollowupRepository;
  pushes: string[];
};

let cluster: PgCluster;
let db: HubDb;
let hub: HubServer;
let rendererDir: string;
const communities: Community[] = [];
const folders: string[] = [];

const NAMES = ['幸福里社区居民委员会', '和平街社区居民委员会', '东风村村民委员会'];

async function open(id: string, name: string, dataDir: string, lock = true): Promise<Community> {
  const repository = await openRepository(dataDir, { lock });
  const followup = await openFollowupRepository(dataDir, { lock });
  const backend = createBackend({
    repository,
    seeds: { list: () => Promise.resolve([]), load: () => Promise.resolve(null) },
    clock: () => Date.now(),
    newId: () => randomUUID(),
    signing: signingService(dataDir),
    followup: { repo: followup, dataDir },
  });
  const pushes: string[] = [];
  backend.hub.subscribe('chair', (channel) => pushes.push(channel));
  return { id, name, dataDir, backend, repository, followup, pushes };
}

async function call<T>(c: Community, channel: string, payload: unknown): Promise<T> {
  const result = (await c.backend.handle('chair', channel, payload)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

const send = (c: Community, locale = 'zh-CN') =>
  call<{ results: HubSendResult[]; missing: number[] }>(c, 'hubLink/send', { locale });
const sync = (c: Community, locale = 'zh-CN') => call<HubSyncResult>(c, 'hubLink/sync', { locale });

/** The bundle source of a running app: its own open repositories. */
const sourceOf = (c: Community): BundleSource => ({
  dataDir: c.dataDir,
  identity: () => signingService(c.dataDir).identity(),
  events: async (meetingId) => (await c.repository.load(meetingId))?.events ?? null,
  followup: () => Promise.resolve(c.followup.state()),
});

const count = async (sql: string, params: unknown[] = []) =>
  Number((await db.query(sql, params)).rows[0]?.n);

/** A staff member's session on the dashboard (login over HTTP, as the browser does). */
async function staffSession(): Promise<string> {
  const reply = await fetch(`${hub.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: hub.url },
    body: JSON.stringify({ login: 'wang', password: 'jiedao-dubanban-2026' }),
  });
  expect(reply.status).toBe(200);
  return /hub_session=[^;]+/.exec(reply.headers.get('set-cookie') ?? '')![0];
}

beforeAll(async () => {
  cluster = await startPostgres();
  db = openHubDb(await cluster.createDatabase());
  await migrate(db);
  rendererDir = tempDir('yst-hub-renderer-');
  folders.push(rendererDir);
  hub = await startHubServer({ db, rendererDir, port: 0, routes: allHubRoutes });
  await addStaff(
    db,
    { login: 'wang', displayName: '王科长', password: 'jiedao-dubanban-2026' },
    'cli',
  );
  for (const [index, name] of NAMES.entries()) {
    const { dataDir } = await laptop(SEED_FILES);
    folders.push(dataDir);
    await settingsService(dataDir).save({ ...EMPTY_ISSUING_BODY, name });
    communities.push(await open(`c${index + 1}`, name, dataDir));
  }
}, 240_000);

afterAll(async () => {
  for (const c of communities) await c.backend.close();
  await hub?.close();
  await db?.close();
  cluster?.stop();
  folders.forEach(removeDir);
});

describe('issue 17 acceptance: communities → hub on PostgreSQL → communities', () => {
  it('enrols three communities with one-time codes; each sends the three seed meetings', async () => {
    for (const c of communities) {
      const { code } = await createCommunity(db, { id: c.id, name: c.name }, 'cli');
      const status = await call<Record<string, unknown>>(c, 'hubLink/enrol', {
        address: `${hub.url}/`,
        code,
        locale: 'zh-CN',
      });
      expect(status).toMatchObject({ linked: true, communityId: c.id, communityName: c.name });
      // The token stays in main: not in the answer, only in the 0600 link file.
      const { token } = (await readHubLink(c.dataDir)).value!;
      expect(JSON.stringify(status)).not.toContain(token);
      expect((await c.backend.handle('projector', 'hubLink/status', { locale: 'en' })).ok).toBe(
        false,
      );
      // A used code does not enrol again; the hub's reason is shown.
      const again = await c.backend.handle('chair', 'hubLink/enrol', {
        address: hub.url,
        code,
        locale: 'en',
      });
      expect(again).toMatchObject({ ok: false, error: { code: 'hubLink.enrolRefused' } });
    }
    for (const c of communities) {
      const { results, missing } = await send(c);
      expect(results.map((r) => [r.status, r.sequence])).toEqual([
        ['accepted', 1],
        ['accepted', 2],
        ['accepted', 3],
      ]);
      expect(missing).toEqual([]);
    }
    expect(await count('SELECT count(*) AS n FROM bundles')).toBe(9);
    expect(await count('SELECT count(DISTINCT community_id) AS n FROM meetings')).toBe(3);
    expect(await count('SELECT count(*) AS n FROM meetings')).toBe(9);
    expect(await count('SELECT count(*) AS n FROM action_items')).toBeGreaterThan(0);
  });

  it('sends nothing twice: known bundles are skipped, a forgotten log meets "replayed"', async () => {
    const [c1] = communities;
    const before = await count('SELECT count(*) AS n FROM quarantine');
    const skipped = await send(c1!);
    expect(skipped.results.every((r) => r.status === 'replayed')).toBe(true);
    expect(await count('SELECT count(*) AS n FROM quarantine')).toBe(before);
    // Without the log the app sends again; the hub refuses the copies as replayed, which the app
    // counts as delivered, and keeps them in quarantine with that reason.
    fs.rmSync(path.join(c1!.dataDir, 'hub-link-log.json'));
    const resent = await send(c1!, 'en');
    expect(resent.results.map((r) => r.status)).toEqual(['replayed', 'replayed', 'replayed']);
    expect(await count('SELECT count(*) AS n FROM bundles')).toBe(9);
    const refused = await sync(c1!, 'en');
    expect(refused.refused.length).toBe(3);
    expect(refused.refused[0]!.reason).not.toMatch(/replayed|\{\{/);
    expect(refused.refused[0]!.reason.length).toBeGreaterThan(10);
  });

  it('refuses tampered and foreign-community bundles with reasons the community reads', async () => {
    const [c1, c2] = communities;
    const mine = await writeBundle(SEED_FILES[0], sourceOf(c1!));
    const token1 = (await readHubLink(c1!.dataDir)).value!.token;
    const token2 = (await readHubLink(c2!.dataDir)).value!.token;
    // Tampered: the state of a stored bundle changed after signing.
    const tampered = rezip(mine.bytes, (files) => {
      const state = Buffer.from(files['state.json']!).toString('utf8');
      files['state.json'] = Buffer.from(state.replace('"closed"', '"open"'), 'utf8');
    });
    const t = await postBundle({ address: hub.url, token: token1, locale: 'zh-CN' }, tampered);
    expect(t).toMatchObject({ accepted: false, code: 'hashMismatch' });
    if (t.accepted) throw new Error('accepted');
    const words = describeRefusal(t.code, t.params, t.message, 'zh-CN');
    expect(words).toMatch(/[\u4e00-\u9fff]/);
    expect(words).not.toContain('hashMismatch');
    // Foreign: c1's intact bundle sent with c2's token.
    const f = await postBundle({ address: hub.url, token: token2, locale: 'en' }, mine.bytes);
    expect(f).toMatchObject({ accepted: false, code: 'foreignCommunity' });
    if (f.accepted) throw new Error('accepted');
    expect(describeRefusal(f.code, f.params, f.message, 'en')).toMatch(/[a-z]{4}/);
    // Each community sees its own refusals at its next sync, in its chair's language.
    const seen2 = await sync(c2!, 'zh-TW');
    expect(seen2.refused).toHaveLength(1);
    expect(seen2.refused[0]!.reason).toBe(f.message!['zh-TW']);
    const seen1 = await sync(c1!, 'zh-CN');
    expect(seen1.refused.map((r) => r.reason)).toContain(t.message!['zh-CN']);
    expect(await count('SELECT count(*) AS n FROM bundles')).toBe(9);
  });

  it('refuses an out-of-order bundle from a copied data folder (a fork), with its reason', async () => {
    const c3 = communities[2]!;
    const copyDir = tempDir('yst-fork-');
    folders.push(copyDir);
    fs.cpSync(c3.dataDir, copyDir, { recursive: true });
    fs.rmSync(path.join(copyDir, 'hub-link-log.json'), { force: true });
    // The original moves an item on and sends: sequence 4 is accepted.
    const key = c3.followup.state().itemOrder[0]!;
    const [meetingId, actionId] = key.split('/');
    await call(c3, 'followup/dispatch', {
      command: { type: 'actionItem/start', meetingId, actionId, on: '2026-06-02' },
    });
    const original = await send(c3);
    expect(original.results.find((r) => r.status === 'accepted')?.sequence).toBe(4);
    // The copy went on differently: its own sequence 4 is another bundle, refused as a fork.
    const fork = await open('c3-copy', c3.name, copyDir, false);
    try {
      await call(fork, 'followup/dispatch', {
        command: { type: 'actionItem/drop', meetingId, actionId, on: '2026-06-03', reason: '取消' },
      });
      const forked = await send(fork, 'en');
      const refused = forked.results.find((r) => r.status === 'refused');
      expect(refused?.sequence).toBe(4);
      expect(refused?.reason).toMatch(/[a-z]{4}/);
      expect(refused?.reason).not.toContain('outOfOrder');
      expect(await count(`SELECT count(*) AS n FROM quarantine WHERE code = 'outOfOrder'`)).toBe(1);
    } finally {
      await fork.backend.close();
    }
  });

  it('shows a missing link of a chain on the dashboard’s overview', async () => {
    const c2 = communities[1]!;
    const key = c2.followup.state().itemOrder[0]!;
    const [meetingId, actionId] = key.split('/');
    // Bundle 4 is made (say, carried away on a USB stick) but never reaches the hub ...
    await call(c2, 'followup/dispatch', {
      command: { type: 'actionItem/start', meetingId, actionId, on: '2026-06-02' },
    });
    expect((await writeBundle(meetingId!, sourceOf(c2))).manifest.sequence).toBe(4);
    // ... and the meeting moves on again: bundle 5 is sent. The hub takes it and sees the hole.
    await call(c2, 'followup/dispatch', {
      command: {
        type: 'actionItem/noteProgress',
        meetingId,
        actionId,
        on: '2026-06-03',
        note: '已联系施工队',
      },
    });
    const sent = await send(c2);
    expect(sent.results.find((r) => r.status === 'accepted')?.sequence).toBe(5);
    expect(sent.missing).toEqual([4]);
    const status = await call<{ missing: number[] }>(c2, 'hubLink/status', { locale: 'zh-CN' });
    expect(status.missing).toEqual([4]);
    const cookie = await staffSession();
    const reply = await fetch(`${hub.url}/api/dash/overview`, { headers: { Cookie: cookie } });
    expect(reply.status).toBe(200);
    const overview = (await reply.json()) as {
      communities: { id: string; gaps: { from: number; to: number }[] }[];
    };
    const gaps = Object.fromEntries(overview.communities.map((row) => [row.id, row.gaps]));
    expect(gaps).toEqual({ c1: [], c2: [{ from: 4, to: 4 }], c3: [] });
  });

  it('brings a staff 督办 comment to the community’s follow-up board at its sync', async () => {
    const c1 = communities[0]!;
    const key = c1.followup.state().itemOrder[0]!;
    const cookie = await staffSession();
    const posted = await fetch(`${hub.url}/api/dash/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: hub.url, Cookie: cookie },
      body: JSON.stringify({ communityId: 'c1', itemKey: key, body: '请于6月底前完成并公示' }),
    });
    expect(posted.status).toBe(200);
    c1.pushes.length = 0;
    const synced = await sync(c1);
    expect(synced).toMatchObject({ received: 1, already: 0, unmatched: [] });
    // The board's row for the item carries it; the open boards were told to fetch again.
    const row = board(c1.followup.state(), {}, '2026-06-01').rows.find((r) => r.key === key)!;
    expect(row.supervisionCount).toBe(1);
    expect(row.latestSupervision).toMatchObject({ author: 'wang', body: '请于6月底前完成并公示' });
    expect(c1.pushes).toContain('followup/changed');
    expect(
      await count(
        `SELECT count(*) AS n FROM supervision_comments WHERE community_id = 'c1' AND delivered_at IS NOT NULL`,
      ),
    ).toBe(1);
    // Syncing again adds nothing; the other communities got nothing.
    expect((await sync(c1)).received).toBe(0);
    expect((await sync(communities[2]!)).received).toBe(0);
    const rows = board(communities[2]!.followup.state(), {}, '2026-06-01').rows;
    expect(rows.every((r) => r.supervisionCount === 0)).toBe(true);
  });
});
