import { randomUUID } from 'node:crypto';
import type { Command, Option } from 'commander';
import { createBackend } from '../backend/backend';
import { documentExporter } from '../backend/documents';
import { firstRunOnce } from '../backend/first-run';
import { settingsService } from '../settings/issuing-body-file';
import { signingService } from '../backend/signing';
import { unlockFromEnvironment } from './signing-passphrase';
import { openFollowupRepository } from '../followup/repository';
import { seedCatalogue } from '../backend/seeds';
import { startAppServer } from '../server/app-server';
import { createLanDisplay } from '../server/lan-display';
import { fileRoomStore } from '../room/room-store';
import { appPaths } from '../paths';
import { openRepository } from '../backend/storage-repository';
import { resolveDataDir } from '../storage/data-dir';
import { cliOutput } from './output';
import { warmUpWhenIdle } from '../backend/warm-up';

export const DEFAULT_PORT = 5170;

export const DEFAULT_LAN_PORT = 5171;

export type ServeOptions = Readonly<{
  port: number;
  host: string;
  lanPort: number;
  data: string | undefined;
}>;

/** Starts the backend and the browser carrier; resolves once it listens, with what to print. */
export async function serve(options: ServeOptions) {
  const paths = appPaths();
  const dataDir = resolveDataDir({ flag: options.data, env: process.env.YISHITING_DATA });
  const repository = await openRepository(dataDir);
  // The LAN display stays off until the chair turns it on from the console.
  const lan = createLanDisplay({
    backend: () => backend,
    rendererDir: paths.rendererDir,
    port: options.lanPort,
  });
  const signing = signingService(dataDir);
  // A LAN server can start unattended: the passphrase may come from the environment (README).
  await unlockFromEnvironment(signing);
  const backend = createBackend({
    repository,
    seeds: seedCatalogue(paths.seedsDir),
    clock: () => Date.now(),
    newId: () => randomUUID(),
    lan,
    rooms: fileRoomStore(dataDir),
    documents: documentExporter(dataDir, signing.identity),
    signing,
    settings: settingsService(dataDir),
    followup: { repo: await openFollowupRepository(dataDir), dataDir },
    firstRun: firstRunOnce(dataDir),
  });
  const server = await startAppServer({
    backend,
    rendererDir: paths.rendererDir,
    host: options.host,
    port: options.port,
  });
  // Listening: what start-up had to do is done; the first export should not build jieba's dictionary.
  warmUpWhenIdle();
  return {
    server: { ...server, close: async () => (await lan.close(), await server.close()) },
    backend,
    dataDir,
  };
}

export function registerServe(program: Command, dataOption: () => Option): void {
  program
    .command('serve')
    .description('serve the chair console and the projector view to a browser on this machine')
    .option('--port <port>', `port to listen on (0 picks a free one)`, parsePort, DEFAULT_PORT)
    .option(
      '--host <host>',
      'address to listen on; keep loopback unless the LAN display is on',
      '127.0.0.1',
    )
    .option(
      '--lan-port <port>',
      'port of the LAN display once the chair turns it on',
      parsePort,
      DEFAULT_LAN_PORT,
    )
    .addOption(dataOption())
    .action(async (options: ServeOptions) => {
      const { server, backend, dataDir } = await serve(options);
      const stop = () => {
        void server
          .close()
          .then(() => backend.close())
          .then(() => process.exit(0));
      };
      // Before the address is printed: until a listener exists, a signal ends the process at
      // once, without closing the meeting files (a script that stops the server as soon as it
      // reads the address hit that window).
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // The data folder is whatever --data said: printed visibly like any data.
      const output = cliOutput();
      output.line(`议事厅 Yishiting is running.`);
      output.line(`  Chair console:  ${server.url}/`);
      output.line(`  Projector view: ${server.url}/projector`);
      output.line(`  Data folder:    ${dataDir}`);
      output.line('Press Ctrl+C to stop.');
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${value}"`);
  }
  return port;
}
