// A real PostgreSQL server for the hub's tests: a throwaway cluster made with the OS package's own
// initdb in the run's TMPDIR, listening only on a Unix socket in that folder (no TCP port to clash
// with, nothing reachable from the network), stopped and removed at the end. Not a mock and not an
// in-memory imitation: the hub's SQL runs against the server it will meet in a street office.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type PgCluster = Readonly<{
  /** Folder of the cluster; its Unix socket lives here too. */
  dir: string;
  port: number;
  /** A connection URL for `database` on this cluster. */
  url(database: string): string;
  /** A new empty database, its URL returned. */
  createDatabase(): Promise<string>;
  stop(): void;
}>;

const USER = 'yishiting';

/** initdb and pg_ctl of the newest PostgreSQL the OS packages installed, or null. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  return newest === undefined ? null : join(root, newest, 'bin');
}

export const MISSING_POSTGRES =
  'PostgreSQL is not installed: the hub tests need a real server. ' +
  'Install it with `apt-get install -y postgresql` (.ci/run does).';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

// initdb refuses to run as root; as root the cluster belongs to the package's postgres user.
function runAsOwner(bin: string, args: readonly string[]): void {
  const [command, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', bin, ...args]]
    : [bin, args];
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  }
}

// The postgres user must be able to walk down to the cluster folder (TMPDIR may be 0700).
function openPathFor(dir: string): void {
  for (let path = dirname(dir); path !== dirname(path); path = dirname(path)) {
    const mode = statSync(path).mode;
    if ((mode & 0o001) === 0) chmodSync(path, (mode & 0o7777) | 0o001);
  }
}

function freePortGuess(): number {
  // Only the socket file's name uses the port (no TCP listener), so clashes are only with
  // another cluster in this very folder, which cannot exist.
  return 54_000 + Math.floor(Math.random() * 1000);
}

export async function startPostgres(): Promise<PgCluster> {
  const bin = postgresBin();
  if (!bin) throw new Error(MISSING_POSTGRES);
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-pg-'));
  if (isRoot()) {
    openPathFor(dir);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const data = join(dir, 'data');
  const port = freePortGuess();
  runAsOwner(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    USER,
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  runAsOwner(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-k ${dir} -p ${port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  const url = (database: string) =>
    `postgres://${USER}@/${database}?host=${encodeURIComponent(dir)}&port=${port}`;
  let stopped = false;
  return {
    dir,
    port,
    url,
    async createDatabase() {
      const name = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        runAsOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
    },
  };
}
