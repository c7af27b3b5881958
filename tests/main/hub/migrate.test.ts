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
    expect(await migrate(db)).toEqual({ applied: ['001_initial'] });
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
    expect(recorded.rows.map((r) => r.version)).toEqual(['001_initial']);
    expect(recorded.rows[0].applied_at).toBeInstanceOf(Date);
  });

  it('is idempotent: a second run applies nothing and keeps the data', async () => {
    const db = await freshDb();
    await migrate(db);
    await db.query(`INSERT INTO communities (id, name) VALUES ('c1', '幸福里')`);
    expect(await migrate(db)).toEqual({ applied: [] });
    expect((await db.query('SELECT count(*)::int AS n FROM communities')).rows[0].n).toBe(1);
    expect((await db.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n).toBe(1);
  });

  it('two hubs starting at once: each migration runs once', async () => {
    const url = await cluster.createDatabase();
    const a = openHubDb(url);
    const b = openHubDb(url);
    open.push(a, b);
    const [first, second] = await Promise.all([migrate(a), migrate(b)]);
    expect([...first.applied, ...second.applied]).toEqual(['001_initial']);
  });

  it('a failing migration leaves neither its tables nor its record, and the next run retries it', async () => {
    const db = await freshDb();
    const broken = [
      ...migrations,
      { version: '002_broken', sql: 'CREATE TABLE half (id int); SELECT no_such_function();' },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/no_such_function/);
    expect(await tables(db)).not.toContain('half');
    const versions = await db.query('SELECT version FROM schema_migrations ORDER BY 1');
    expect(versions.rows.map((r) => r.version)).toEqual(['001_initial']);
    const fixed = [...migrations, { version: '002_broken', sql: 'CREATE TABLE half (id int)' }];
    expect(await migrate(db, fixed)).toEqual({ applied: ['002_broken'] });
    // The advisory lock was let go after the failure.
    const held = await db.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`,
    );
    expect(held.rows[0].n).toBe(0);
  });
});
