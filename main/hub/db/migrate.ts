import { migrations as ALL, type Migration } from './migrations';
import type { HubDb } from './pool';

// Plain SQL migrations run in order, each in its own transaction together with its row in
// schema_migrations, so a failed one leaves neither its tables nor its record. Two hubs starting
// against one database at once would both see a migration missing: a session advisory lock, held
// on one connection for the whole run, makes the second wait and then find it done.

/** Any fixed 64-bit number, the same for every hub: "the hub's migrations". */
const LOCK_KEY = 0x7969_7368_6875_62n; // 'yishhub'

export type MigrateResult = Readonly<{ applied: readonly string[] }>;

export async function migrate(
  db: HubDb,
  migrations: readonly Migration[] = ALL,
): Promise<MigrateResult> {
  // One connection for the whole run: the session lock lives on it, and each migration's own
  // transaction runs on it too.
  return db.session(async (query) => {
    await query('SELECT pg_advisory_lock($1)', [LOCK_KEY.toString()]);
    try {
      await query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set(
        (await query('SELECT version FROM schema_migrations')).rows.map((r) => String(r.version)),
      );
      const applied: string[] = [];
      for (const migration of migrations) {
        if (done.has(migration.version)) continue;
        await query('BEGIN');
        try {
          await query(migration.sql);
          await query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
          await query('COMMIT');
        } catch (error) {
          await query('ROLLBACK');
          throw error;
        }
        applied.push(migration.version);
      }
      return { applied };
    } finally {
      await query('SELECT pg_advisory_unlock($1)', [LOCK_KEY.toString()]);
    }
  });
}
