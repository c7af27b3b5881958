import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestChannels } from '../../../shared/api';
import { IPC_REQUEST_PREFIX } from '../../../main/electron/ipc-gate';
import { checkPreload } from './preload-check';
import {
  checkCsp,
  checkHardening,
  checkIpc,
  checkLockDenied,
  checkProtocol,
  checkRun,
  checkShell,
  checkStartup,
  checkWindows,
  protocolProbes,
  type ShellContext,
} from './shell-check';
import { ROOT, runShell, type ShellReport } from './shell-run';

// The desktop shell, tested without its binary: the BUILT main process (dist/main/electron.mjs)
// runs under plain Node with a stand-in `electron` module (./stand-in/) that records what main
// asks of Electron and then plays Electron and a hostile page against what main registered. This
// proves main's side of the contract: the options, handlers and files it hands to Electron. It
// cannot prove that Electron honours them: the real program never runs here (that is
// tests/e2e/electron.spec.ts, on a machine that has it).

const BUNDLE = join(ROOT, 'dist', 'main', 'electron.mjs');
const work = mkdtempSync(join(tmpdir(), 'yishiting-shell-'));
// Broken copies must sit inside the repository, where the bundle finds node_modules and the app
// folder; .tmp/ is ignored by git and by the packager.
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const copies = mkdtempSync(join(ROOT, '.tmp', 'electron-stand-in-'));

/**
 * Deliberate breaks of the built bundle and the problems the checks must then report. Breaks of
 * unrelated checks share a copy, so fewer processes start; each problem is still named on its own.
 */
type Break = Readonly<{
  name: string;
  patches: readonly (readonly [find: string, replace: string])[];
  reported: readonly RegExp[];
}>;
const BREAKS: readonly Break[] = [
  {
    name: 'sandbox off',
    patches: [['sandbox: true,', 'sandbox: false,']],
    reported: [/chair window: webPreferences\.sandbox is false, not true/],
  },
  {
    name: 'a renamed preload',
    patches: [['"chair.cjs"', '"chair-renamed.cjs"']],
    reported: [/chair window: preload \S+chair-renamed\.cjs does not exist/],
  },
  {
    name: 'window.open allowed and permissions granted',
    patches: [
      ['({ action: "deny" })', '({ action: "allow" })'],
      ['callback(false)', 'callback(true)'],
    ],
    reported: [
      /window\.open\(https:\/\/evil\.example\/\) answered \{"action":"allow"\}/,
      /permission request 'media' answered true/,
    ],
  },
  {
    name: 'the app protocol serving any host, without security headers',
    patches: [
      ['const file = url.host === "yishiting" ?', 'const file = true ?'],
      ['"Content-Type": file.type, ...SECURITY_HEADERS', '"Content-Type": file.type'],
    ],
    reported: [
      /app:\/\/other-host\/index\.html was not refused \(status 200\)/,
      /app protocol app:\/\/yishiting\/index\.html: no Content-Security-Policy/,
    ],
  },
  {
    name: 'no single-instance lock',
    patches: [['if (!app.requestSingleInstanceLock()) {', 'if (false) {']],
    reported: [/requestSingleInstanceLock was never called/],
  },
];

const contextFor = (name: string): ShellContext => ({
  root: ROOT,
  dataDir: join(work, name, 'data'),
  requestChannels: Object.keys(requestChannels),
  ipcPrefix: IPC_REQUEST_PREFIX,
  protocolProbes: protocolProbes(ROOT),
});

const run = (bundle: string, name: string, lock: 'granted' | 'denied' = 'granted') =>
  runShell({
    bundle,
    work: join(work, name),
    lock,
    protocolUrls: contextFor(name).protocolProbes.map((probe) => probe.url),
    ipcChannel: `${IPC_REQUEST_PREFIX}meetings/list`,
  });

let normal: ShellReport;
let denied: ShellReport;
const broken = new Map<string, ShellReport>();

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
    stdio: 'inherit',
  });
  const source = readFileSync(BUNDLE, 'utf8');
  const brokenRuns = BREAKS.map(async (item, index) => {
    let patched = source;
    for (const [find, replace] of item.patches) {
      // Each patch must hit exactly one place, or the demonstration below proves nothing.
      expect(patched.split(find).length - 1, `${item.name}: ${find}`).toBe(1);
      patched = patched.replace(find, replace);
    }
    const copy = join(copies, `broken-${index}.mjs`);
    writeFileSync(copy, patched);
    broken.set(item.name, await run(copy, `broken-${index}`));
  });
  [normal, denied] = await Promise.all([
    run(BUNDLE, 'normal'),
    run(BUNDLE, 'denied', 'denied'),
    Promise.all(brokenRuns),
  ]);
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(copies, { recursive: true, force: true });
  try {
    rmdirSync(join(ROOT, '.tmp')); // only if no one else uses it
  } catch {
    // another test's files are there: leave the folder
  }
});

describe('the built desktop shell under a stand-in electron module', () => {
  // Read after the build: the probes name a file of dist/renderer/assets.
  let ctx: ShellContext;
  beforeAll(() => {
    ctx = contextFor('normal');
  });

  it('starts without an error, without an API the stand-in lacks and with nothing Electron refuses', () => {
    expect(checkRun(normal)).toEqual([]);
  });

  it('creates the chair and projector windows hardened, each with a CommonJS preload exposing only its role', () => {
    expect(checkWindows(normal, ctx)).toEqual([]);
  });

  it('registers every request channel of the API once with the IPC prefix, and nothing else', () => {
    expect(checkIpc(normal, ctx)).toEqual([]);
  });

  it('refuses navigation, redirects, webviews, window.open and every permission', () => {
    expect(checkHardening(normal)).toEqual([]);
  });

  it("sends a CSP with script-src 'self' and no unsafe-inline, as a header and in the page", () => {
    expect(checkCsp(normal, ctx)).toEqual([]);
  });

  it('serves the built renderer from app://yishiting/ and nothing outside it', () => {
    expect(checkProtocol(normal, ctx)).toEqual([]);
  });

  it('takes the data folder from YISHITING_DATA and the single-instance lock before anything else', () => {
    expect(checkStartup(normal, ctx)).toEqual([]);
    expect(checkShell(normal, ctx)).toEqual([]);
  });

  it('quits at once, with no window and no data folder, when another instance holds the lock', () => {
    expect(checkLockDenied(denied, contextFor('denied'))).toEqual([]);
    // The same check finds the problem in a normal start, which does create windows.
    expect(checkLockDenied(normal, ctx)).toContain('a window was created');
  });

  it.each(BREAKS.map((item) => [item.name, item] as const))(
    'reports a bundle broken on purpose: %s',
    (name, item) => {
      const problems = checkShell(broken.get(name)!, contextFor(`broken-${BREAKS.indexOf(item)}`));
      for (const reported of item.reported) {
        expect(problems).toContainEqual(expect.stringMatching(reported));
      }
    },
  );

  it('reports a preload that is an ES module or requires more than electron', () => {
    const preloadDir = join(work, 'preload');
    mkdirSync(preloadDir, { recursive: true });
    const esm = join(preloadDir, 'esm.cjs');
    writeFileSync(esm, "import { contextBridge } from 'electron';\ncontextBridge.x = 1;\n");
    expect(checkPreload(esm, preloadDir).problems).toContainEqual(
      expect.stringMatching(/is not a CommonJS script/),
    );
    const node = join(preloadDir, 'node.cjs');
    writeFileSync(node, "const fs = require('node:fs');\nrequire('electron');\n");
    expect(checkPreload(node, preloadDir).problems).toContainEqual(
      expect.stringMatching(/requires 'node:fs'/),
    );
    expect(checkPreload(join(ROOT, 'dist', 'preload', 'chair.cjs'), preloadDir).problems).toEqual([
      expect.stringMatching(/is not inside/),
    ]);
  });
});
