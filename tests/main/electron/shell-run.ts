import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (vitest runs from it). */
export const ROOT = resolve('.');
const REGISTER = join(ROOT, 'tests', 'main', 'electron', 'stand-in', 'register.mjs');

export type Call = Readonly<{ api: string; args: readonly unknown[]; ready: boolean }>;

export type WindowReport = Readonly<{
  id: number;
  webContentsId: number;
  url: string | null;
  options: Readonly<
    { webPreferences?: Readonly<Record<string, unknown>> } & Record<string, unknown>
  >;
  menuRemoved: boolean;
  focusCount: number;
}>;

export type ProtocolProbe = Readonly<{
  url: string;
  handled: boolean;
  status?: number;
  headers?: Readonly<Record<string, string>>;
  bodyLength?: number;
  bodySha256?: string;
  error?: string;
}>;

export type ContentsProbe = Readonly<{
  label: string;
  id: number;
  events: Readonly<Record<string, Readonly<{ listeners: number; prevented: boolean }>>>;
  windowOpen: readonly Readonly<{ url: string; answer: unknown }>[];
}>;

export type Probes = Readonly<{
  protocol: readonly ProtocolProbe[];
  contents: readonly ContentsProbe[];
  permissions: Readonly<{
    requestHandler: boolean;
    checkHandler: boolean;
    request: readonly Readonly<{ permission: string; answer: unknown }>[];
    check: readonly Readonly<{ permission: string; answer: unknown }>[];
  }>;
  ipc: Readonly<{
    channel: string;
    registered: boolean;
    senders: readonly Readonly<{ sender: string; ok: boolean; code?: string | null }>[];
  }>;
  secondInstanceFocused: readonly (string | null)[];
  quitAfterChairClosed: boolean;
}>;

/** What tests/main/electron/stand-in/ recorded while the built main process ran. */
export type ShellReport = Readonly<{
  calls: readonly Call[];
  windows: readonly WindowReport[];
  ipcHandled: readonly string[];
  protocolSchemes: readonly string[];
  unknownApi: readonly string[];
  violations: readonly string[];
  errors: readonly string[];
  quitCalled: boolean;
  settled: string;
  probes: Probes | null;
}>;

export type ShellRun = Readonly<{
  /** The main bundle to run (dist/main/electron.mjs or a patched copy inside the repo). */
  bundle: string;
  /** A scratch folder of the test's own: data folder, report and the HOME stand-ins go here. */
  work: string;
  lock?: 'granted' | 'denied';
  protocolUrls?: readonly string[];
  ipcChannel?: string;
}>;

/**
 * Runs a main bundle under plain Node with the stand-in `electron` module and returns its report.
 * The data folder is `work/data` (through YISHITING_DATA); the per-user folders Electron and the
 * app would otherwise use point into `work/` too, so a run never touches the real home folder.
 */
export function runShell(run: ShellRun): Promise<ShellReport> {
  mkdirSync(run.work, { recursive: true });
  const reportFile = join(run.work, 'report.json');
  const env = {
    ...process.env,
    YISHITING_DATA: join(run.work, 'data'),
    XDG_CONFIG_HOME: join(run.work, 'config'),
    STANDIN_DEFAULT_USERDATA: join(run.work, 'electron-default', 'yishiting'),
    STANDIN_REPORT: reportFile,
    STANDIN_LOCK: run.lock ?? 'granted',
    STANDIN_PROBES: JSON.stringify({
      protocolUrls: run.protocolUrls ?? [],
      ipcChannel: run.ipcChannel ?? '',
    }),
  };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', REGISTER, run.bundle], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 28_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (!existsSync(reportFile)) {
        fail(new Error(`the main bundle wrote no report (exit ${code ?? signal}):\n${output}`));
        return;
      }
      done(JSON.parse(readFileSync(reportFile, 'utf8')) as ShellReport);
    });
  });
}
