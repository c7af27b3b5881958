// After the built main process has started under the stand-in, call what it registered the way
// Electron and a hostile page would (the app protocol with traversal URLs, navigation events,
// window.open, permission prompts, IPC from the wrong sender), close the chair window, then write
// one JSON report and end the process. The test judges the report (shell-check.ts).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { state } from './recorder.mjs';

const HOSTILE_URL = 'https://evil.example/';
const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'pointerLock',
  'openExternal',
  'midiSysex',
  'hid',
  'serial',
  'usb',
];
const NAVIGATION_EVENTS = ['will-navigate', 'will-redirect', 'will-attach-webview'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the predicate holds, or with false after `ms`. */
async function until(predicate, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (predicate()) return true;
    await sleep(20);
  }
  return predicate();
}

/**
 * start() ends by listening for 'second-instance'; a failed start shows as an error. Without
 * either, give up after a quiet spell so a broken start still reports what it did.
 */
async function settle(app) {
  let seen = state.calls.length;
  let quietSince = Date.now();
  const done = await until(() => {
    if (app.listenerCount('second-instance') > 0 || state.errors.length > 0 || state.quitCalled) {
      return true;
    }
    if (state.calls.length !== seen) {
      seen = state.calls.length;
      quietSince = Date.now();
    }
    return Date.now() - quietSince > 3000;
  }, 15_000);
  return app.listenerCount('second-instance') > 0 ? 'started' : done ? 'quiet' : 'timeout';
}

async function probeProtocol(urls) {
  const results = [];
  for (const url of urls) {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = state.protocolHandlers.get(scheme);
    if (!handler) {
      results.push({ url, handled: false });
      continue;
    }
    // The URL exactly as written (a Request would normalise it first): the handler must hold
    // even against a URL no browser would send.
    const request = { url, method: 'GET', headers: new Headers(), referrer: '' };
    try {
      const response = await handler(request);
      const body = Buffer.from(await response.arrayBuffer());
      results.push({
        url,
        handled: true,
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
        bodyLength: body.length,
        bodySha256: createHash('sha256').update(body).digest('hex'),
      });
    } catch (error) {
      results.push({ url, handled: true, error: String(error?.stack ?? error) });
    }
  }
  return results;
}

/** Calls every listener a WebContents got as Electron would for a hostile page. */
function probeContents(contents, label) {
  const events = {};
  for (const name of NAVIGATION_EVENTS) {
    const listeners = contents.listeners(name);
    let prevented = false;
    const event = { preventDefault: () => (prevented = true), url: HOSTILE_URL, sender: contents };
    for (const listener of listeners) {
      if (name === 'will-attach-webview')
        listener(event, { preload: '/tmp/x.js' }, { src: HOSTILE_URL });
      else listener(event, HOSTILE_URL, false, true);
    }
    events[name] = { listeners: listeners.length, prevented };
  }
  const windowOpen = [HOSTILE_URL, 'app://yishiting/'].map((url) => {
    if (!contents.windowOpenHandler) return { url, answer: null };
    const answer = contents.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
      referrer: { url: '', policy: 'strict-origin-when-cross-origin' },
    });
    return { url, answer: answer ?? null };
  });
  return { label, id: contents.id, events, windowOpen };
}

async function probePermissions(contents) {
  const request = [];
  const check = [];
  for (const permission of PERMISSIONS) {
    if (state.permissionRequestHandler) {
      const answer = await new Promise((resolve) => {
        state.permissionRequestHandler(contents, permission, (granted) => resolve(granted), {
          requestingUrl: 'app://yishiting/',
          isMainFrame: true,
        });
        setTimeout(() => resolve('no answer'), 500);
      });
      request.push({ permission, answer });
    }
    if (state.permissionCheckHandler) {
      const answer = state.permissionCheckHandler(contents, permission, 'app://yishiting', {
        requestingUrl: 'app://yishiting/',
        isMainFrame: true,
        embeddingOrigin: 'app://yishiting',
      });
      check.push({ permission, answer });
    }
  }
  return {
    requestHandler: state.permissionRequestHandler !== null,
    checkHandler: state.permissionCheckHandler !== null,
    request,
    check,
  };
}

/** One request channel from each kind of sender; only the chair's main frame may pass. */
async function probeIpc(WebContentsStandIn, channel) {
  const handler = state.ipcHandlers.get(channel);
  if (!handler) return { channel, registered: false, senders: [] };
  const chair = state.windows.find((window) => window.url === 'app://yishiting/');
  const projector = state.windows.find((window) => window.url === 'app://yishiting/projector');
  const stranger = new WebContentsStandIn();
  stranger.mainFrame.url = 'app://yishiting/';
  const senders = [];
  const cases = [
    ['chair main frame', chair?.webContents, chair?.webContents.mainFrame],
    ['projector main frame', projector?.webContents, projector?.webContents.mainFrame],
    ['a window main did not open', stranger, stranger.mainFrame],
    ['a sub-frame of the chair', chair?.webContents, { url: 'app://yishiting/' }],
    ['the chair on a foreign page', chair?.webContents, { url: HOSTILE_URL }],
  ];
  for (const [sender, contents, frame] of cases) {
    if (!contents) continue;
    // A foreign page in the chair's main frame: its main frame reports that URL.
    const mainFrame = frame && frame.url === HOSTILE_URL ? frame : contents.mainFrame;
    const event = { sender: { id: contents.id, mainFrame }, senderFrame: frame };
    try {
      const result = await handler(event, {});
      senders.push({ sender, ok: result?.ok === true, code: result?.error?.code ?? null });
    } catch (error) {
      senders.push({ sender, ok: false, threw: String(error) });
    }
  }
  return { channel, registered: true, senders };
}

function windowsReport() {
  return state.windows.map((window) => ({
    id: window.id,
    webContentsId: window.webContents.id,
    url: window.url,
    options: JSON.parse(JSON.stringify(window.options)),
    menuRemoved: window.menuRemoved,
    focusCount: window.focusCount,
  }));
}

function writeReport(extra) {
  const report = {
    calls: state.calls,
    windows: windowsReport(),
    ipcHandled: state.ipcHandled,
    protocolSchemes: [...state.protocolHandlers.keys()],
    unknownApi: [...new Set(state.unknownApi)],
    violations: state.violations,
    errors: state.errors,
    quitCalled: state.quitCalled,
    ...extra,
  };
  writeFileSync(process.env.STANDIN_REPORT, JSON.stringify(report, null, 2));
}

/** Runs once 'ready' was emitted; ends the process. */
export async function runAfterStart({ app, WebContentsStandIn }) {
  const hardStop = setTimeout(() => {
    writeReport({ settled: 'hard timeout' });
    process.exit(2);
  }, 25_000);
  try {
    const settled = await settle(app);
    if (state.quitCalled && state.windows.length === 0) {
      // Quit before any window (another instance holds the lock): give a stray start a moment
      // to show itself, then report.
      await sleep(300);
      writeReport({ settled: 'quit', probes: null });
      return;
    }
    const options = JSON.parse(process.env.STANDIN_PROBES ?? '{}');
    // A WebContents main did not create (a devtools or stray view): the app-wide hardening
    // must reach it too.
    const extra = new WebContentsStandIn();
    app.emit('web-contents-created', { preventDefault() {} }, extra);
    const contents = [
      ...state.windows.map((window) => [window.url ?? `window ${window.id}`, window.webContents]),
      ['a WebContents main did not create', extra],
    ];
    const probes = {
      protocol: await probeProtocol(options.protocolUrls ?? []),
      contents: contents.map(([label, item]) => probeContents(item, label)),
      permissions: await probePermissions(state.windows[0]?.webContents ?? extra),
      ipc: await probeIpc(WebContentsStandIn, options.ipcChannel ?? ''),
    };
    // A second start of the app focuses the chair window.
    const focusBefore = state.windows.map((window) => window.focusCount);
    app.emit('second-instance', {}, ['yishiting'], process.cwd(), {});
    probes.secondInstanceFocused = state.windows
      .filter((window, index) => window.focusCount > focusBefore[index])
      .map((window) => window.url);
    // Closing the chair window ends the app (after the backend has closed its files).
    const chair = state.windows.find((window) => window.url === 'app://yishiting/');
    chair?.close();
    probes.quitAfterChairClosed = await until(() => state.quitCalled, 5000);
    writeReport({ settled, probes });
  } catch (error) {
    state.errors.push(`stand-in: ${error?.stack ?? error}`);
    writeReport({ settled: 'stand-in failed' });
  } finally {
    clearTimeout(hardStop);
    process.exit(0);
  }
}
