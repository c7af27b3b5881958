import { strFromU8, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/hub/db/migrate';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { createCommunity } from '../../../main/hub/enrol';
import { chainGaps } from '../../../main/hub/ingest/gaps';
import {
  describeHubRefusal,
  ingestBundle,
  type IngestResult,
  type IngestSource,
} from '../../../main/hub/ingest/ingest';
import { LOCALES } from '../../../shared/i18n';
import {
  cleanupCommunities,
  communities,
  enrolAll,
  foreignIdentity,
  resign,
  sha256,
  tamper,
  tamperManifest,
  type TestCommunity,
} from './fixtures';
import { startPostgres, type PgCluster } from './postgres';

// The chain at the hub: what is refused (and kept in quarantine, with its reason in three
// languages), what is accepted with a gap reported, and that a refusal or a failure leaves the
// stored bundles and the index as they were.

let cluster: PgCluster;
let a: TestCommunity;
let b: TestCommunity;
const dbs: HubDb[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
  [a, b] = (await communities(2)) as [TestCommunity, TestCommunity];
}, 240_000);
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.close()));
  cluster?.stop();
  cleanupCommunities();
});

async function hub(): Promise<HubDb> {
  const db = openHubDb(await cluster.createDatabase());
  dbs.push(db);
  await migrate(db);
  await enrolAll(db, [a, b]);
  return db;
}

const http = (community: TestCommunity): IngestSource => ({
  via: 'http',
  communityId: community.id,
  actor: `community:${community.id}`,
});
const FOLDER: IngestSource = { via: 'folder', communityId: null, actor: 'cli' };

const send = (db: HubDb, bytes: Uint8Array, source: IngestSource = http(a)) =>
  ingestBundle(db, bytes, source);

async function stored(db: HubDb): Promise<string[]> {
  const rows = await db.query('SELECT community_id, sequence FROM bundles ORDER BY 1, 2');
  return rows.rows.map((r) => `${r.community_id}#${r.sequence}`);
}

/** Refused with `code`, kept in quarantine under `communityId`, words in every language. */
async function expectRefused(
  db: HubDb,
  result: IngestResult,
  code: string,
  communityId: string | null = a.id,
) {
  if (result.ok) throw new Error(`accepted, expected ${code}`);
  expect(result.code).toBe(code);
  const kept = await db.query(
    'SELECT community_id, code, params, bytes FROM quarantine WHERE id = $1',
    [result.quarantineId],
  );
  expect(kept.rows[0]).toMatchObject({ community_id: communityId, code, params: result.params });
  for (const locale of LOCALES) {
    const words = describeHubRefusal(result.code, result.params, locale);
    expect(words).not.toMatch(/storage:|bundle\.refused|\{\{/);
  }
  const logged = await db.query(
    `SELECT count(*)::int AS n FROM audit_log WHERE action = 'bundle.refused' AND detail->>'quarantineId' = $1`,
    [String(result.quarantineId)],
  );
  expect(logged.rows[0].n).toBe(1);
  return kept.rows[0] as { bytes: Buffer | null };
}

describe('the hub refuses, with its reason', () => {
  it('a tampered bundle (a file changed, or the manifest edited by hand)', async () => {
    const db = await hub();
    const changed = tamper(a.bundles[0]!);
    const kept = await expectRefused(db, await send(db, changed), 'hashMismatch');
    expect(Buffer.compare(kept.bytes!, Buffer.from(changed))).toBe(0);
    await expectRefused(db, await send(db, tamperManifest(a.bundles[0]!)), 'badSignature');
    // From a folder, filed under the community whose certificate it carries.
    await expectRefused(db, await send(db, tamper(a.bundles[0]!), FOLDER), 'hashMismatch', a.id);
    expect(await stored(db)).toEqual([]);
  });

  it('a replayed bundle, also re-zipped (the same signed manifest)', async () => {
    const db = await hub();
    expect((await send(db, a.bundles[0]!)).ok).toBe(true);
    const again = await send(db, a.bundles[0]!);
    const kept = await expectRefused(db, again, 'replayed');
    expect(again.ok || again.params).toEqual({ sequence: 1 });
    expect(kept.bytes).toBeNull();
    const rezipped = tamper(a.bundles[0]!, 'manifest.sig');
    expect((await send(db, rezipped)).ok).toBe(false);
    const sameManifest = await resign(a.bundles[0]!, a.identity);
    expect(sha256(sameManifest)).not.toBe(sha256(a.bundles[0]!));
    await expectRefused(db, await send(db, sameManifest), 'replayed');
    expect(await stored(db)).toEqual(['c1#1']);
  });

  it('out of order: a sequence already taken (a fork), or a time before its predecessor', async () => {
    const db = await hub();
    await send(db, a.bundles[0]!);
    await send(db, a.bundles[1]!);
    const fork = await resign(a.bundles[2]!, a.identity, (m) => {
      m.sequence = 2;
      m.previous = a.manifestSha256[0]!;
    });
    const refused = await send(db, fork);
    await expectRefused(db, refused, 'outOfOrder');
    expect(refused.ok || refused.params.sequence).toBe(2);
    const early = await resign(a.bundles[2]!, a.identity, (m) => {
      m.createdAt = new Date(Date.parse(m.createdAt) - 86_400_000).toISOString();
    });
    await expectRefused(db, await send(db, early), 'outOfOrder');
    expect(await stored(db)).toEqual(['c1#1', 'c1#2']);
    expect((await send(db, a.bundles[2]!)).ok).toBe(true);
  });

  it('a broken link: previous is not the stored predecessor, or the first names one', async () => {
    const db = await hub();
    const firstWithLink = await resign(a.bundles[0]!, a.identity, (m) => {
      m.previous = 'f'.repeat(64);
    });
    await expectRefused(db, await send(db, firstWithLink), 'brokenLink');
    await send(db, a.bundles[0]!);
    const altered = await resign(a.bundles[1]!, a.identity, (m) => {
      m.previous = 'e'.repeat(64);
    });
    await expectRefused(db, await send(db, altered), 'brokenLink');
    expect(await stored(db)).toEqual(['c1#1']);
  });

  it('another community’s bundle, or one re-made with another key: foreign', async () => {
    const db = await hub();
    await expectRefused(db, await send(db, b.bundles[0]!, http(a)), 'foreignCommunity');
    const remade = await resign(a.bundles[0]!, await foreignIdentity());
    await expectRefused(db, await send(db, remade, http(a)), 'foreignCommunity');
    expect(await stored(db)).toEqual([]);
    // Each community's own bundle is still taken from it.
    expect((await send(db, b.bundles[0]!, http(b))).ok).toBe(true);
  });

  it('a bundle from no enrolled community: not enrolled', async () => {
    const db = await hub();
    const stranger = await resign(a.bundles[0]!, await foreignIdentity());
    await expectRefused(db, await send(db, stranger, FOLDER), 'notEnrolled', null);
    await createCommunity(db, { id: 'newcomer', name: '新来的社区' }, 'cli');
    const source = { via: 'http', communityId: 'newcomer', actor: 'community:newcomer' } as const;
    await expectRefused(db, await send(db, a.bundles[0]!, source), 'notEnrolled', 'newcomer');
    expect(await stored(db)).toEqual([]);
  });
});

describe('the hub accepts', () => {
  it('a folder import, found by its certificate', async () => {
    const db = await hub();
    const result = await send(db, b.bundles[0]!, FOLDER);
    expect(result).toMatchObject({ ok: true, communityId: b.id, sequence: 1 });
    const via = await db.query('SELECT via FROM bundles');
    expect(via.rows[0].via).toBe('folder');
  });

  it('a bundle after a gap, reporting the gap until a bundle that fits fills it', async () => {
    const db = await hub();
    await send(db, a.bundles[0]!);
    const after = await send(db, a.bundles[2]!);
    expect(after).toMatchObject({ ok: true, sequence: 3, missing: [2] });
    expect(await chainGaps(db)).toEqual([{ communityId: a.id, head: 3, missing: [2] }]);
    expect(await chainGaps(db, b.id)).toEqual([]);
    // A bundle 2 that the stored bundle 3 does not name cannot fill it.
    const other = await resign(a.bundles[1]!, a.identity, (m) => {
      m.createdAt = new Date(Date.parse(m.createdAt) - 1000).toISOString();
    });
    await expectRefused(db, await send(db, other), 'brokenLink');
    const filled = await send(db, a.bundles[1]!);
    expect(filled).toMatchObject({ ok: true, sequence: 2, missing: [] });
    expect(await chainGaps(db)).toEqual([]);
    expect(await stored(db)).toEqual(['c1#1', 'c1#2', 'c1#3']);
  });

  it('a newer bundle of a meeting replaces its index rows; an older one filling a gap does not', async () => {
    const db = await hub();
    for (const bytes of [a.bundles[0]!, a.bundles[2]!]) await send(db, bytes);
    const key = 'courtyard-repairs';
    const newer = await resign(a.bundles[0]!, a.identity, (m, files) => {
      m.sequence = 4;
      m.previous = a.manifestSha256[2]!;
      const rows = JSON.parse(strFromU8(files['followup.json']!));
      rows.items[0].status = 'done';
      rows.items[0].doneOn = '2026-05-20';
      files['followup.json'] = strToU8(JSON.stringify(rows));
    });
    expect(await send(db, newer)).toMatchObject({ ok: true, sequence: 4, missing: [2] });
    const row = async () =>
      (
        await db.query(
          `SELECT m.sequence, (SELECT count(*)::int FROM votes v WHERE v.meeting_id = m.meeting_id) AS votes,
             (SELECT count(*)::int FROM action_items i WHERE i.meeting_id = m.meeting_id) AS items,
             (SELECT count(*)::int FROM action_items i WHERE i.meeting_id = m.meeting_id AND status = 'done') AS done
           FROM meetings m WHERE community_id = $1 AND meeting_id = $2`,
          [a.id, key],
        )
      ).rows[0];
    expect(await row()).toEqual({ sequence: 4, votes: 3, items: 2, done: 1 });
    expect((await send(db, a.bundles[1]!)).ok).toBe(true);
    expect(await row()).toEqual({ sequence: 4, votes: 3, items: 2, done: 1 });
  });
});

describe('the hub’s writes are whole', () => {
  it('two bundles of one community at once never share a sequence', async () => {
    const db = await hub();
    await send(db, a.bundles[0]!);
    const forks = await Promise.all(
      [0, 1000].map((later) =>
        resign(a.bundles[2]!, a.identity, (m) => {
          m.sequence = 2;
          m.previous = a.manifestSha256[0]!;
          m.createdAt = new Date(Date.parse(m.createdAt) + later).toISOString();
        }),
      ),
    );
    const results = await Promise.all([a.bundles[1]!, ...forks].map((bytes) => send(db, bytes)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual([
      'outOfOrder',
      'outOfOrder',
    ]);
    expect(await stored(db)).toEqual(['c1#1', 'c1#2']);
  });

  it('a failure while indexing leaves nothing of the bundle behind', async () => {
    const db = await hub();
    const failing: HubDb = {
      ...db,
      tx: (work) =>
        db.tx((query) =>
          work((text, values) =>
            text.includes('INSERT INTO action_items')
              ? Promise.reject(new Error('disk full'))
              : query(text, values),
          ),
        ),
    };
    await expect(send(failing, a.bundles[0]!)).rejects.toThrow('disk full');
    for (const table of ['bundles', 'meetings', 'votes', 'action_items', 'quarantine'])
      expect((await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n).toBe(0);
    const logged = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'bundle.%'`,
    );
    expect(logged.rows[0].n).toBe(0);
    expect((await send(db, a.bundles[0]!)).ok).toBe(true);
  });
});
