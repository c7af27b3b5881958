import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/hub/db/migrate';
import { migrations } from '../../../main/hub/db/migrations';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { startPostgres, type PgCluster } from './postgres';

// The hub's schema comes from plain SQL run in order and recorded; running it again changes
// nothing, two hubs starting at once do not both run it, and a failing one leaves no trace.

let cluster: PgCluster;
const open: HubDb[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
}, 60_000);
afterAll(async () => {
  await Promise.all(open.map((db) => db.close()));
  cluster?.stop();
});

async function freshDb(): Promise<HubDb> {
  const db = openHubDb(await cluster.createDatabase());
  open.push(db);
  return db;
}

const tables = async (db: HubDb) =>
  (
    await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    )
  ).rows.map((r) => String(r.table_name));

describe('migrate', () => {
  it('creates the design’s tables and records the migration', async () => {
    const db = await freshDb();
    expect(await migrate(db)).toEqual({ applied: ['001_initial', '002_overview_columns'] });
    expect(await tables(db)).toEqual([
      'action_items',
      'audit_log',
      'bundles',
      'communities',
      'enrolment_codes',
      'evaluations',
      'meetings',
      'quarantine',
      'schema_migrations',
      'staff',
      'staff_sessions',
      'supervision_comments',
      'votes',
    ]);
    const recorded = await db.query('SELECT version, applied_at FROM schema_migrations');
    expect(recorded.rows.map((r) => r.version).sort()).toEqual([
      '001_initial',
      '002_overview_columns',
    ]);
    expect(recorded.rows[0].applied_at).toBeInstanceOf(Date);
  });

  it('is idempotent: a second run applies nothing and keeps the data', async () => {
    const db = await freshDb();
    await migrate(db);
    await db.query(`INSERT INTO communities (id, name) VALUES ('c1', '幸福里')`);
    expect(await migrate(db)).toEqual({ applied: [] });
    expect((await db.query('SELECT count(*)::int AS n FROM communities')).rows[0].n).toBe(1);
    expect((await db.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n).toBe(2);
  });

  it('two hubs starting at once: each migration runs once', async () => {
    const url = await cluster.createDatabase();
    const a = openHubDb(url);
    const b = openHubDb(url);
    open.push(a, b);
    const [first, second] = await Promise.all([migrate(a), migrate(b)]);
    expect([...first.applied, ...second.applied]).toEqual(['001_initial', '002_overview_columns']);
  });

  it('a failing migration leaves neither its tables nor its record, and the next run retries it', async () => {
    const db = await freshDb();
    const broken = [
      ...migrations,
      { version: '999_broken', sql: 'CREATE TABLE half (id int); SELECT no_such_function();' },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/no_such_function/);
    expect(await tables(db)).not.toContain('half');
    const versions = await db.query('SELECT version FROM schema_migrations ORDER BY 1');
    expect(versions.rows.map((r) => r.version)).toEqual(['001_initial', '002_overview_columns']);
    const fixed = [...migrations, { version: '999_broken', sql: 'CREATE TABLE half (id int)' }];
    expect(await migrate(db, fixed)).toEqual({ applied: ['999_broken'] });
    // The advisory lock was let go after the failure.
    const held = await db.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`,
    );
    expect(held.rows[0].n).toBe(0);
  });

  it('002 gives existing votes their meeting’s day and every action item the zone of its deadline', async () => {
    const db = await freshDb();
    await migrate(db, migrations.slice(0, 1));
    await db.query(`INSERT INTO communities (id, name) VALUES ('east', '东区')`);
    await db.query(
      `INSERT INTO bundles (sha256, manifest_sha256, community_id, sequence, meeting_id, created_at, via, size, bytes)
       SELECT 'b' || n, 'm' || n, 'east', n, 'm' || n, now(), 'folder', 1, '\\x00' FROM generate_series(1, 2) n`,
    );
    await db.query(
      `INSERT INTO meetings (community_id, meeting_id, bundle_sha256, sequence, title, held_on, time_zone)
       VALUES ('east', 'm1', 'b1', 1, 'a', '2026-03-14', 'Europe/Berlin'),
              ('east', 'm2', 'b2', 2, 'b', NULL, 'America/New_York')`,
    );
    await db.query(
      `INSERT INTO votes (community_id, meeting_id, vote_id, outcome)
       VALUES ('east', 'm1', 'v1', 'passed'), ('east', 'm1', 'v2', 'failed'), ('east', 'm2', 'v1', 'passed')`,
    );
    await db.query(
      `INSERT INTO action_items (community_id, key, meeting_id, deadline, status, time_zone)
       VALUES ('east', 'm1/own', 'm1', '2026-04-01', 'planned', 'Asia/Tokyo'),
              ('east', 'm1/none', 'm1', '2026-04-01', 'planned', NULL),
              ('east', 'm2/none', 'm2', NULL, 'done', NULL)`,
    );
    expect(await migrate(db)).toEqual({ applied: ['002_overview_columns'] });
    const votes = await db.query(
      `SELECT meeting_id || '/' || vote_id AS id, held_on::text AS held_on FROM votes ORDER BY 1`,
    );
    expect(votes.rows).toEqual([
      { id: 'm1/v1', held_on: '2026-03-14' },
      { id: 'm1/v2', held_on: '2026-03-14' },
      { id: 'm2/v1', held_on: null },
    ]);
    const zones = async () =>
      (await db.query('SELECT key, time_zone, deadline_zone FROM action_items ORDER BY key')).rows;
    expect(await zones()).toEqual([
      { key: 'm1/none', time_zone: null, deadline_zone: 'Europe/Berlin' },
      { key: 'm1/own', time_zone: 'Asia/Tokyo', deadline_zone: 'Asia/Tokyo' },
      { key: 'm2/none', time_zone: null, deadline_zone: 'America/New_York' },
    ]);
    // Rows written later, by any writer, get the same; a meeting changed in place carries its rows.
    await db.query(`INSERT INTO votes (community_id, meeting_id, vote_id, outcome, held_on)
      VALUES ('east', 'm1', 'v3', 'passed', '1999-01-01')`);
    await db.query(`UPDATE meetings SET held_on = '2026-03-15', time_zone = 'Asia/Shanghai'
      WHERE meeting_id = 'm1'`);
    const later = await db.query(
      `SELECT vote_id, held_on::text AS held_on FROM votes WHERE meeting_id = 'm1' ORDER BY 1`,
    );
    expect(later.rows.map((r) => r.held_on)).toEqual(['2026-03-15', '2026-03-15', '2026-03-15']);
    expect((await zones()).map((r) => r.deadline_zone)).toEqual([
      'Asia/Shanghai',
      'Asia/Tokyo',
      'America/New_York',
    ]);
  });

  it('the hub’s connections run without JIT (short dashboard statements)', async () => {
    const db = await freshDb();
    expect((await db.query('SHOW jit')).rows[0].jit).toBe('off');
  });
});
