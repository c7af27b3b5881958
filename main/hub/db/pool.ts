// The hub's one door to PostgreSQL (node-postgres): a pool, plain queries, and transactions that
// either commit whole or roll back whole, so a failed ingest never leaves half a meeting indexed.
import { userInfo } from 'node:os';
import type Pg from 'pg';
import { pg } from '../../lazy-package';

export type HubQuery = (text: string, values?: readonly unknown[]) => Promise<Pg.QueryResult>;

export type HubDb = Readonly<{
  query: HubQuery;
  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  tx<T>(work: (query: HubQuery) => Promise<T>): Promise<T>;
  /** Runs `work` on one connection without a transaction (session locks, migrations). */
  session<T>(work: (query: HubQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}>;

/**
 * The URL with a role to log in as when it names none (`postgres:///yishiting?host=…`, the
 * README's peer-authenticated local socket): PostgreSQL's own tools then use the login name, and
 * so does this. node-postgres reads only $USER, which a service or `su` may leave unset.
 */
export function withDefaultRole(url: string, env = process.env): string {
  const match = /^(postgres(?:ql)?:\/\/)([^/?#]*)(.*)$/s.exec(url);
  if (!match || match[2]?.includes('@') || env.PGUSER || env.USER) return url;
  return `${match[1]}${encodeURIComponent(userInfo().username)}@${match[2]}${match[3]}`;
}

export function openHubDb(url: string, options: Readonly<{ max?: number }> = {}): HubDb {
  const pool = new (pg().Pool)({
    connectionString: withDefaultRole(url),
    max: options.max ?? 8,
    // JIT off: the hub's statements are short dashboard reads and small ingest writes, and
    // PostgreSQL's cost guess sent the overview's counts over 50,000 meetings into JIT, where
    // compiling took 126 of 180 ms of the statement. Nothing here runs long enough to win it back.
    options: '-c jit=off',
  });
  // An idle client losing its server (a restart) must not end the hub's process.
  pool.on('error', () => undefined);
  return {
    query: (text, values) => pool.query(text, values as unknown[] | undefined),
    async tx(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work((text, values) => client.query(text, values as unknown[]));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async session(work) {
      const client = await pool.connect();
      try {
        return await work((text, values) => client.query(text, values as unknown[]));
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
