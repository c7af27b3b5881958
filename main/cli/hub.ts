import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { createCommunity } from '../hub/enrol';
import { openHubDb, type HubDb } from '../hub/db/pool';
import { migrate } from '../hub/db/migrate';
import { importDir } from '../hub/import-dir';
import { DEFAULT_HUB_HOST, DEFAULT_HUB_PORT, startHubServer } from '../hub/server/server';
import { allHubRoutes } from '../hub/server/routes';
import { serverWords } from '../hub/server/words';
import { addStaff, MIN_PASSWORD } from '../hub/staff';
import { appPaths } from '../paths';
import { localeOption, type LocaleOptions } from './locale';
import { cliOutput, type Sinks } from './output';
import { readPassword, type PasswordSource } from './hub-password';

// `yishiting hub …`: the street office's server (seeds/BUNDLE.md bundles in, a dashboard out) on
// PostgreSQL. Exit codes: 0 done; 1 refused (an import with refusals, an account that exists);
// 2 bad input or no database.

export const HUB_DB_ENV = 'YISHITING_HUB_DB';

type HubOptions = LocaleOptions &
  Readonly<{ db?: string; host: string; port: number; publicName?: string[] }>;

type Io = Readonly<{ sinks?: Sinks; env?: Readonly<Record<string, string | undefined>> }>;

/** The database URL from --db or the environment, or null (said in words by the caller). */
function dbUrl(options: HubOptions, io: Io): string | null {
  return options.db ?? (io.env ?? process.env)[HUB_DB_ENV] ?? null;
}

/**
 * Opens the database, runs `work`, closes it; a failure is one line in words, exit 2. Every
 * command migrates first, so `staff add` may come before the hub's first start.
 */
async function withDb(
  options: HubOptions,
  io: Io,
  work: (db: HubDb) => Promise<number>,
  // The server keeps the database open after its start; it closes it when stopped.
  keepOpen = false,
) {
  const output = cliOutput(io.sinks);
  const t = serverWords(options.lang);
  const url = dbUrl(options, io);
  if (!url) {
    output.error(t('cli.noDb', { env: HUB_DB_ENV }));
    return 2;
  }
  const db = openHubDb(url);
  let failed = true;
  try {
    const code = await work(db);
    failed = false;
    return code;
  } catch (error) {
    output.error(
      t('cli.failed', { reason: error instanceof Error ? error.message : String(error) }),
    );
    return 2;
  } finally {
    if (failed || !keepOpen) await db.close();
  }
}

export function runHubMigrate(options: HubOptions, io: Io = {}) {
  return withDb(options, io, async (db) => {
    const { applied } = await migrate(db);
    const t = serverWords(options.lang);
    cliOutput(io.sinks).line(
      applied.length === 0
        ? t('cli.upToDate')
        : t('cli.migrated', { versions: applied.join(', ') }),
    );
    return 0;
  });
}

export function runHubStaffAdd(
  login: string,
  options: HubOptions & Readonly<{ name?: string }>,
  io: Io & Readonly<{ password?: PasswordSource }> = {},
) {
  const output = cliOutput(io.sinks);
  const t = serverWords(options.lang);
  return withDb(options, io, async (db) => {
    await migrate(db);
    const password = await readPassword(io.password, t, login);
    if (password === null) {
      output.error(t('cli.noPassword'));
      return 2;
    }
    const added = await addStaff(db, { login, displayName: options.name ?? '', password }, 'cli');
    if (!added.ok) {
      output.error(t(`cli.staff.${added.code}`, { login, min: MIN_PASSWORD }));
      return added.code === 'exists' ? 1 : 2;
    }
    output.line(t('cli.staffAdded', { login, name: options.name ?? '' }));
    return 0;
  });
}

export function runHubCommunityAdd(id: string, name: string, options: HubOptions, io: Io = {}) {
  const output = cliOutput(io.sinks);
  const t = serverWords(options.lang);
  // createCommunity throws on these; said in words here before any database work.
  if (!/^[a-z0-9-]{2,40}$/.test(id) || name.trim() === '' || name.trim().length > 200) {
    output.error(t(/^[a-z0-9-]{2,40}$/.test(id) ? 'cli.community.badName' : 'cli.community.badId'));
    return Promise.resolve(2);
  }
  return withDb(options, io, async (db) => {
    await migrate(db);
    const created = await createCommunity(db, { id, name }, 'cli');
    output.line(t('cli.communityAdded', { id, name }));
    output.line(created.code);
    output.line(t('cli.codeNote'));
    return 0;
  });
}

export function runHubImport(dir: string, options: HubOptions, io: Io = {}) {
  const output = cliOutput(io.sinks);
  const t = serverWords(options.lang);
  return withDb(options, io, async (db) => {
    await migrate(db);
    if (!(await isFolder(dir))) {
      output.error(t('cli.import.noFolder', { dir }));
      return 2;
    }
    const summary = await importDir(db, dir, options.lang, (line) =>
      line.ok ? output.line(line.text) : output.error(line.text),
    );
    return summary.allAccepted ? 0 : 1;
  });
}

/** Migrates, then serves until Ctrl+C (SIGINT) or SIGTERM. */
async function runHubServe(options: HubOptions, io: Io = {}) {
  const output = cliOutput(io.sinks);
  const t = serverWords(options.lang);
  const serve = async (db: HubDb) => {
    await migrate(db);
    const server = await startHubServer({
      db,
      rendererDir: appPaths().rendererDir,
      host: options.host,
      port: options.port,
      publicNames: options.publicName ?? [],
      routes: allHubRoutes,
    });
    const stop = () =>
      void server
        .close()
        .then(() => db.close())
        .then(() => process.exit(0));
    // Before the address is printed, as for serve (main/cli/serve.ts says why).
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    output.line(t('cli.listening', { url: `${server.url}/` }));
    if (server.host === DEFAULT_HUB_HOST) output.line(t('cli.loopbackOnly'));
    output.line(t('cli.stopHint'));
    return 0;
  };
  return withDb(options, io, serve, true);
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${value}"`);
  }
  return port;
}

export function registerHub(program: Command): void {
  const hub = program
    .command('hub')
    .description(
      "the street office's server: communities' bundles in, a dashboard out (PostgreSQL)",
    )
    .addOption(new Option('--db <url>', `PostgreSQL URL (default: ${HUB_DB_ENV})`))
    .option('--host <host>', 'address to listen on (loopback unless given)', DEFAULT_HUB_HOST)
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, DEFAULT_HUB_PORT)
    .option(
      '--public-name <name...>',
      "names the hub is reached by besides this machine's own (its DNS name, a TLS proxy's name)",
    )
    .addOption(localeOption())
    .action(async (options: HubOptions) => {
      process.exitCode = await runHubServe(options);
    });
  const globals = (command: Command) => command.optsWithGlobals<HubOptions & { name?: string }>();
  hub
    .command('migrate')
    .description('bring the database to the current tables')
    .action(async (_options: unknown, command: Command) => {
      process.exitCode = await runHubMigrate(globals(command));
    });
  hub
    .command('staff')
    .description('street-office staff accounts')
    .command('add')
    .description('add an account; the password is read from the terminal or stdin, never argv')
    .argument('<login>', 'account name')
    .requiredOption('--name <name>', "the person's name, shown on the dashboard")
    .action(async (login: string, _options: unknown, command: Command) => {
      process.exitCode = await runHubStaffAdd(login, globals(command));
    });
  hub
    .command('community')
    .description('communities that send bundles')
    .command('add')
    .description('add a community and print its one-time enrolment code')
    .argument('<id>', 'short id: 2–40 of a-z, 0-9, -')
    .argument('<name>', "the community's name")
    .action(async (id: string, name: string, _options: unknown, command: Command) => {
      process.exitCode = await runHubCommunityAdd(id, name, globals(command));
    });
  hub
    .command('import')
    .description('import every bundle (*.zip) of a folder, e.g. from a USB stick')
    .argument('<dir>', 'the folder')
    .action(async (dir: string, _options: unknown, command: Command) => {
      process.exitCode = await runHubImport(dir, globals(command));
    });
}
