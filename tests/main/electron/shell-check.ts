import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPreload } from './preload-check';
import type { ShellReport, WindowReport } from './shell-run';

// Judges what the built main process did under the stand-in `electron` (shell-run.ts). Every
// check returns the problems it found as sentences, so the same functions can be shown to find
// the problems of a deliberately broken bundle (see shell.test.ts).

export type ShellContext = Readonly<{
  root: string;
  dataDir: string;
  requestChannels: readonly string[];
  ipcPrefix: string;
  protocolProbes: readonly ProtocolProbeSpec[];
}>;

/** A URL for the app protocol and the renderer file it must serve, or null for a refusal. */
export type ProtocolProbeSpec = Readonly<{ url: string; serves: string | null }>;

/** Set literally in main/electron/windows.ts; each must be present with exactly this value. */
const HARDENED: Readonly<Record<string, unknown>> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
};
/** Other webPreferences this check knows; any new one must be reviewed and named here. */
const KNOWN = new Set([...Object.keys(HARDENED), 'preload', 'spellcheck', 'disableBlinkFeatures']);

const CHAIR_URL = 'app://yishiting/';
const PROJECTOR_URL = 'app://yishiting/projector';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The app protocol's probes: files it must serve and every way out of the renderer folder. */
export function protocolProbes(root: string): ProtocolProbeSpec[] {
  const asset = readdirSync(join(root, 'dist', 'renderer', 'assets')).find((name) =>
    name.endsWith('.js'),
  );
  const manifest = join(root, 'package.json');
  return [
    { url: 'app://yishiting/index.html', serves: 'index.html' },
    { url: 'app://yishiting/', serves: 'index.html' },
    { url: 'app://yishiting/projector', serves: 'index.html' },
    ...(asset ? [{ url: `app://yishiting/assets/${asset}`, serves: `assets/${asset}` }] : []),
    ...[
      'app://yishiting/../../package.json',
      'app://yishiting/..%2f..%2fpackage.json',
      'app://yishiting/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://yishiting/%2e%2e/%2e%2e/package.json',
      'app://yishiting/..%5c..%5cpackage.json',
      'app://yishiting/assets/..%2f..%2f..%2fpackage.json',
      `app://yishiting/${'..%2f'.repeat(12)}etc%2fpasswd`,
      `app://yishiting/${manifest}`,
      `app://yishiting/${encodeURIComponent(manifest)}`,
      `app://yishiting/${'..%2f'.repeat(12)}${encodeURIComponent(manifest.slice(1))}`,
      'app://yishiting/index.html%00.js',
      'app://other-host/index.html',
      'app://other-host/../../package.json',
      'app:///index.html',
    ].map((url) => ({ url, serves: null })),
  ];
}

/** A Content-Security-Policy as directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function cspProblems(where: string, policy: string | undefined): string[] {
  if (!policy) return [`${where}: no Content-Security-Policy`];
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
  if (scripts.join(' ') !== "'self'") {
    problems.push(`${where}: script-src is "${scripts.join(' ')}", not 'self'`);
  }
  if (csp.get('default-src')?.join(' ') !== "'none'")
    problems.push(`${where}: default-src not 'none'`);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) {
    if (policy.includes(unsafe)) problems.push(`${where}: the policy allows ${unsafe}`);
  }
  return problems;
}

function windowProblems(window: WindowReport, ctx: ShellContext, role: 'chair' | 'projector') {
  const problems: string[] = [];
  const prefs = window.options.webPreferences ?? {};
  for (const [key, value] of Object.entries(HARDENED)) {
    if (prefs[key] !== value) {
      problems.push(`${role} window: webPreferences.${key} is ${String(prefs[key])}, not ${value}`);
    }
  }
  for (const key of Object.keys(prefs)) {
    if (!KNOWN.has(key))
      problems.push(`${role} window: webPreferences.${key} is not reviewed here`);
  }
  if (
    !String(prefs.disableBlinkFeatures ?? '')
      .split(',')
      .includes('Auxclick')
  ) {
    problems.push(`${role} window: middle-click (Auxclick) is not disabled`);
  }
  if (role === 'projector' && !window.menuRemoved) problems.push('projector window has a menu');
  const preload = typeof prefs.preload === 'string' ? prefs.preload : '';
  const checked = checkPreload(preload, join(ctx.root, 'dist', 'preload'));
  problems.push(...checked.problems.map((problem) => `${role} window: ${problem}`));
  const expected: Record<string, readonly string[]> =
    role === 'chair'
      ? { yishitingChair: [...ctx.requestChannels, 'subscribe'] }
      : { yishitingProjector: ['subscribeView'] };
  if (checked.problems.length === 0) {
    const got = JSON.stringify(checked.exposed);
    if (got !== JSON.stringify(expected)) {
      problems.push(`${role} window: its preload exposes ${got}, not ${JSON.stringify(expected)}`);
    }
  }
  return problems;
}

/** One chair and one projector window, hardened, each with its own CommonJS preload. */
export function checkWindows(report: ShellReport, ctx: ShellContext): string[] {
  const chair = report.windows.filter((window) => window.url === CHAIR_URL);
  const projector = report.windows.filter((window) => window.url === PROJECTOR_URL);
  if (report.windows.length !== 2 || chair.length !== 1 || projector.length !== 1) {
    const urls = report.windows.map((window) => window.url).join(', ');
    return [`expected one chair and one projector window, got: ${urls || 'none'}`];
  }
  return [
    ...windowProblems(chair[0]!, ctx, 'chair'),
    ...windowProblems(projector[0]!, ctx, 'projector'),
  ];
}

/** Each request channel handled once under the prefix, nothing else; only the chair may call. */
export function checkIpc(report: ShellReport, ctx: ShellContext): string[] {
  const problems: string[] = [];
  const expected = ctx.requestChannels.map((channel) => ctx.ipcPrefix + channel);
  for (const channel of expected) {
    const count = report.ipcHandled.filter((handled) => handled === channel).length;
    if (count !== 1) problems.push(`ipcMain.handle('${channel}') registered ${count} times`);
  }
  for (const channel of report.ipcHandled) {
    if (!expected.includes(channel))
      problems.push(`ipcMain.handle('${channel}') is not in the API`);
  }
  const ipc = report.probes?.ipc;
  if (!ipc?.registered) return [...problems, 'the IPC probe found no handler to call'];
  for (const { sender, ok } of ipc.senders) {
    const allowed = sender === 'chair main frame';
    if (ok !== allowed) problems.push(`IPC from ${sender} was ${ok ? 'accepted' : 'refused'}`);
  }
  if (ipc.senders.length < 5) problems.push('the IPC probe could not send from every sender');
  return problems;
}

/** Navigation, webviews, window.open and every permission refused, for every WebContents. */
export function checkHardening(report: ShellReport): string[] {
  const probes = report.probes;
  if (!probes) return ['no probes ran'];
  const problems: string[] = [];
  const labels = probes.contents.map((contents) => contents.label);
  for (const url of [CHAIR_URL, PROJECTOR_URL]) {
    if (!labels.includes(url)) problems.push(`the ${url} window's WebContents was not probed`);
  }
  for (const contents of probes.contents) {
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      if (!contents.events[name]?.prevented) {
        problems.push(`${contents.label}: '${name}' is not refused (no preventDefault)`);
      }
    }
    for (const { url, answer } of contents.windowOpen) {
      if (JSON.stringify(answer) !== JSON.stringify({ action: 'deny' })) {
        problems.push(`${contents.label}: window.open(${url}) answered ${JSON.stringify(answer)}`);
      }
    }
  }
  const { permissions } = probes;
  if (!permissions.requestHandler) problems.push('no permission request handler');
  if (!permissions.checkHandler) problems.push('no permission check handler');
  for (const { permission, answer } of permissions.request) {
    if (answer !== false) problems.push(`permission request '${permission}' answered ${answer}`);
  }
  for (const { permission, answer } of permissions.check) {
    if (answer !== false) problems.push(`permission check '${permission}' answered ${answer}`);
  }
  return problems;
}

/** app://yishiting/ serves the built renderer files and refuses everything else. */
export function checkProtocol(report: ShellReport, ctx: ShellContext): string[] {
  const problems: string[] = [];
  const results = report.probes?.protocol ?? [];
  const renderer = join(ctx.root, 'dist', 'renderer');
  for (const spec of ctx.protocolProbes) {
    const result = results.find((item) => item.url === spec.url);
    if (!result?.handled) {
      problems.push(`app protocol: ${spec.url} reached no handler`);
      continue;
    }
    if (result.error) {
      problems.push(`app protocol: ${spec.url} threw ${result.error}`);
      continue;
    }
    if (spec.serves === null) {
      if (!(result.status! >= 400 && result.status! < 500)) {
        problems.push(`app protocol: ${spec.url} was not refused (status ${result.status})`);
      }
      continue;
    }
    const file = readFileSync(join(renderer, spec.serves));
    if (result.status !== 200 || result.bodySha256 !== sha256(file)) {
      problems.push(`app protocol: ${spec.url} did not serve ${spec.serves} (${result.status})`);
    }
  }
  return problems;
}

/** Every file the protocol serves carries the CSP header, and the page its meta element. */
export function checkCsp(report: ShellReport, ctx: ShellContext): string[] {
  const problems: string[] = [];
  const served = (report.probes?.protocol ?? []).filter((result) => result.status === 200);
  if (served.length === 0) problems.push('app protocol: nothing was served to check');
  for (const result of served) {
    const headers = result.headers ?? {};
    problems.push(...cspProblems(`app protocol ${result.url}`, headers['content-security-policy']));
    if (headers['x-content-type-options'] !== 'nosniff') {
      problems.push(`app protocol: ${result.url} is sent without nosniff`);
    }
  }
  // The page carries the same policy in its meta element, so it holds wherever it is loaded.
  const page = readFileSync(join(ctx.root, 'dist', 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(page);
  problems.push(...cspProblems('dist/renderer/index.html meta', meta?.[1]));
  return problems;
}

const indexOf = (report: ShellReport, api: string) =>
  report.calls.findIndex((call) => call.api === api);

/** Before the single-instance lock: only what the lock and the scheme need, nothing that acts. */
const BEFORE_LOCK = new Set([
  'app.setPath',
  'protocol.registerSchemesAsPrivileged',
  'app.getLocale',
]);

/** The data folder and the single-instance lock taken first, in that order. */
export function checkStartup(report: ShellReport, ctx: ShellContext): string[] {
  const problems: string[] = [];
  const lock = indexOf(report, 'app.requestSingleInstanceLock');
  if (lock < 0) return ['requestSingleInstanceLock was never called'];
  for (const call of report.calls.slice(0, lock)) {
    if (!BEFORE_LOCK.has(call.api)) problems.push(`${call.api} is called before the lock`);
  }
  // Electron keeps the lock in the userData folder: it must be set first, to the data folder.
  const userData = report.calls.filter(
    (call) => call.api === 'app.setPath' && call.args[0] === 'userData',
  );
  const first = report.calls.findIndex((call) => call === userData[0]);
  if (userData.length !== 1 || userData[0]!.args[1] !== ctx.dataDir || first > lock) {
    problems.push(
      `userData is not set once to YISHITING_DATA before the lock: ${JSON.stringify(userData)}`,
    );
  }
  const schemes = report.calls.find((call) => call.api === 'protocol.registerSchemesAsPrivileged');
  const app = (schemes?.args[0] as { scheme: string; privileges: Record<string, boolean> }[])?.find(
    (scheme) => scheme.scheme === 'app',
  );
  if (!app?.privileges.standard || !app.privileges.secure || schemes?.ready) {
    problems.push('app:// is not registered as a standard, secure scheme before ready');
  }
  if (!existsSync(ctx.dataDir) || readdirSync(ctx.dataDir).length === 0) {
    problems.push(`nothing was stored in the data folder ${ctx.dataDir}`);
  }
  return problems;
}

/** The run itself: no error, nothing Electron would refuse, no API the stand-in lacks. */
export function checkRun(report: ShellReport): string[] {
  return [
    ...report.errors.map((error) => `main process error: ${error}`),
    ...report.violations.map((violation) => `Electron would refuse: ${violation}`),
    ...report.unknownApi.map((api) => `the stand-in does not implement ${api}: add it`),
    ...(report.settled === 'started' ? [] : [`start-up did not finish (${report.settled})`]),
  ];
}

/** Every problem of a normal start (the lock granted), as sentences; empty when all is well. */
export function checkShell(report: ShellReport, ctx: ShellContext): string[] {
  const probes = report.probes;
  return [
    ...checkRun(report),
    ...checkStartup(report, ctx),
    ...checkWindows(report, ctx),
    ...checkIpc(report, ctx),
    ...checkHardening(report),
    ...checkProtocol(report, ctx),
    ...checkCsp(report, ctx),
    ...(probes?.secondInstanceFocused.join() === CHAIR_URL
      ? []
      : ['a second start does not focus the chair window']),
    ...(probes?.quitAfterChairClosed ? [] : ['closing the chair window does not quit the app']),
  ];
}

/** Another instance holds the lock: quit at once, no window, no handler, no data folder. */
export function checkLockDenied(report: ShellReport, ctx: ShellContext): string[] {
  const problems = [...report.errors, ...report.violations, ...report.unknownApi];
  const lock = indexOf(report, 'app.requestSingleInstanceLock');
  const quit = indexOf(report, 'app.quit');
  if (lock < 0 || quit < lock) problems.push('the app does not quit after the lock is refused');
  const acted = report.calls
    .slice(lock + 1)
    .filter((call) => !['app.quit', '(ready)'].includes(call.api))
    .map((call) => call.api);
  if (acted.length > 0) problems.push(`after the refused lock it still calls ${acted.join(', ')}`);
  if (report.windows.length > 0) problems.push('a window was created');
  if (existsSync(ctx.dataDir)) problems.push('the data folder was created');
  return problems;
}
