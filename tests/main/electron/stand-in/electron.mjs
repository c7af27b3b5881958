// A stand-in for the `electron` module, so the BUILT main process (dist/main/electron.mjs) runs
// under plain Node: the Electron program cannot be downloaded on this machine. It implements the
// part of the API main/electron uses, records every call (recorder.mjs), enforces the few order
// rules the real Electron enforces (no window or session before 'ready', privileged schemes only
// before it), and once start-up settles runs the probes (probes.mjs), writes one JSON report and
// ends the process. Loaded through register.mjs, which maps the specifier 'electron' to this file.
//
// Environment: STANDIN_REPORT (report file, required), STANDIN_LOCK ('denied' makes
// requestSingleInstanceLock return false), STANDIN_DEFAULT_USERDATA (what getPath('userData')
// gives before setPath), STANDIN_PROBES (JSON: { protocolUrls: string[] }).
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { record, refuse, state, strict } from './recorder.mjs';
import { runAfterStart } from './probes.mjs';

const env = process.env;
const standInHome = env.STANDIN_DEFAULT_USERDATA ?? join(process.cwd(), '.stand-in-user-data');

// ---- app -------------------------------------------------------------------------------------

const paths = new Map([
  ['userData', standInHome],
  ['appData', join(standInHome, '..')],
  ['home', join(standInHome, '..', 'home')],
  ['temp', join(standInHome, '..', 'temp')],
  ['documents', join(standInHome, '..', 'documents')],
  ['downloads', join(standInHome, '..', 'downloads')],
  ['desktop', join(standInHome, '..', 'desktop')],
]);
let markReady;
const readyPromise = new Promise((resolve) => (markReady = resolve));

class App extends EventEmitter {
  isPackaged = false;
  setPath(name, path) {
    record('app.setPath', [name, path]);
    paths.set(name, path);
  }
  getPath(name) {
    record('app.getPath', [name]);
    if (!paths.has(name)) refuse('app.getPath', `Failed to get '${name}' path`);
    return paths.get(name);
  }
  getLocale() {
    record('app.getLocale');
    return env.STANDIN_LOCALE ?? 'zh-CN';
  }
  getVersion() {
    record('app.getVersion');
    return '0.0.0-stand-in';
  }
  getName() {
    record('app.getName');
    return 'yishiting';
  }
  getAppPath() {
    record('app.getAppPath');
    return process.cwd();
  }
  isReady() {
    return state.ready;
  }
  whenReady() {
    record('app.whenReady');
    return readyPromise;
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return env.STANDIN_LOCK !== 'denied';
  }
  quit() {
    record('app.quit');
    state.quitCalled = true;
    this.emit('stand-in:quit');
  }
  exit(code) {
    record('app.exit', [code]);
    state.quitCalled = true;
    this.emit('stand-in:quit');
  }
  on(name, listener) {
    if (!name.startsWith('stand-in:')) record('app.on', [name]);
    return super.on(name, listener);
  }
  once(name, listener) {
    if (!name.startsWith('stand-in:')) record('app.once', [name]);
    return super.once(name, listener);
  }
}
export const app = strict(new App(), 'app');

// ---- web contents and windows ----------------------------------------------------------------

let nextContentsId = 1;
let nextWindowId = 1;

/** A WebContents; exported for the probes, which also hand a fresh one to the app's listeners. */
export class WebContentsStandIn extends EventEmitter {
  constructor() {
    super();
    this.id = nextContentsId++;
    this.mainFrame = { url: '', routingId: this.id };
    this.windowOpenHandler = null;
    this.sent = [];
  }
  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler', [this.id]);
    this.windowOpenHandler = handler;
  }
  send(channel) {
    // Payloads are whole meeting views: only the channel is kept.
    this.sent.push(channel);
  }
  getURL() {
    return this.mainFrame.url;
  }
  isDestroyed() {
    return false;
  }
  openDevTools() {
    record('webContents.openDevTools', [this.id]);
  }
}

const primaryDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
};

class BrowserWindowStandIn extends EventEmitter {
  constructor(options = {}) {
    super();
    if (!state.ready)
      refuse('new BrowserWindow', 'Cannot create BrowserWindow before app is ready');
    record('new BrowserWindow', [options]);
    this.id = nextWindowId++;
    this.options = options;
    this.url = null;
    this.menuRemoved = false;
    this.destroyed = false;
    this.fullScreen = Boolean(options.fullscreen);
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.focusCount = 0;
    this.webContents = strict(new WebContentsStandIn(), 'webContents');
    const window = strict(this, 'BrowserWindow');
    state.windows.push(window);
    // The real Electron announces every new WebContents to the app, windows' included.
    app.emit('web-contents-created', { preventDefault() {} }, window.webContents);
    return window;
  }
  loadURL(url) {
    record('BrowserWindow.loadURL', [this.id, url]);
    this.url = url;
    this.webContents.mainFrame.url = url;
    setTimeout(() => {
      if (this.destroyed) return;
      this.webContents.emit('did-finish-load', { preventDefault() {} });
      this.emit('ready-to-show', { preventDefault() {} });
    }, 5);
    return Promise.resolve();
  }
  removeMenu() {
    record('BrowserWindow.removeMenu', [this.id]);
    this.menuRemoved = true;
  }
  setMenu(menu) {
    record('BrowserWindow.setMenu', [this.id, menu === null ? null : '[menu]']);
  }
  setMenuBarVisibility(visible) {
    record('BrowserWindow.setMenuBarVisibility', [this.id, visible]);
  }
  show() {
    record('BrowserWindow.show', [this.id]);
  }
  hide() {
    record('BrowserWindow.hide', [this.id]);
  }
  focus() {
    this.focusCount += 1;
    record('BrowserWindow.focus', [this.id]);
  }
  restore() {
    record('BrowserWindow.restore', [this.id]);
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isFullScreen() {
    return this.fullScreen;
  }
  setFullScreen(value) {
    record('BrowserWindow.setFullScreen', [this.id, value]);
    this.fullScreen = Boolean(value);
  }
  getBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds) {
    record('BrowserWindow.setBounds', [this.id, bounds]);
    this.bounds = { ...this.bounds, ...bounds };
  }
  close() {
    record('BrowserWindow.close', [this.id]);
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  destroy() {
    this.close();
  }
}
export const BrowserWindow = strict(BrowserWindowStandIn, 'BrowserWindow');

// ---- screen, menu, dialogs, shell ------------------------------------------------------------

class Screen extends EventEmitter {
  getPrimaryDisplay() {
    return primaryDisplay;
  }
  getAllDisplays() {
    return [primaryDisplay];
  }
  getDisplayMatching() {
    return primaryDisplay;
  }
  getDisplayNearestPoint() {
    return primaryDisplay;
  }
}
export const screen = strict(new Screen(), 'screen');

/** Labels of a menu template, without its click functions. */
function labels(template) {
  return template.map((item) => ({
    label: item.label ?? item.role ?? item.type,
    ...(Array.isArray(item.submenu) ? { submenu: labels(item.submenu) } : {}),
  }));
}

class MenuStandIn {
  static buildFromTemplate(template) {
    record('Menu.buildFromTemplate', [labels(template)]);
    const menu = new MenuStandIn();
    menu.items = template;
    return menu;
  }
  static setApplicationMenu(menu) {
    record('Menu.setApplicationMenu', [menu === null ? null : '[menu]']);
  }
}
export const Menu = strict(MenuStandIn, 'Menu');

export const dialog = strict(
  {
    showMessageBox: async (...args) => {
      record(
        'dialog.showMessageBox',
        args.filter((arg) => !(arg instanceof EventEmitter)),
      );
      return { response: 0, checkboxChecked: false };
    },
    showSaveDialog: async (...args) => {
      record(
        'dialog.showSaveDialog',
        args.filter((arg) => !(arg instanceof EventEmitter)),
      );
      return { canceled: true };
    },
    showOpenDialog: async (...args) => {
      record(
        'dialog.showOpenDialog',
        args.filter((arg) => !(arg instanceof EventEmitter)),
      );
      return { canceled: true, filePaths: [] };
    },
    showErrorBox: (title, content) => record('dialog.showErrorBox', [title, content]),
  },
  'dialog',
);

export const shell = strict(
  {
    openPath: async (path) => {
      record('shell.openPath', [path]);
      return '';
    },
    openExternal: async (url) => {
      record('shell.openExternal', [url]);
    },
    showItemInFolder: (path) => record('shell.showItemInFolder', [path]),
  },
  'shell',
);

// ---- IPC, session, protocol, safeStorage ----------------------------------------------------

class IpcMain extends EventEmitter {
  handle(channel, handler) {
    record('ipcMain.handle', [channel]);
    state.ipcHandled.push(channel);
    if (state.ipcHandlers.has(channel)) {
      refuse('ipcMain.handle', `Attempted to register a second handler for '${channel}'`);
    }
    state.ipcHandlers.set(channel, handler);
  }
  removeHandler(channel) {
    record('ipcMain.removeHandler', [channel]);
    state.ipcHandlers.delete(channel);
  }
}
export const ipcMain = strict(new IpcMain(), 'ipcMain');

const defaultSession = strict(
  {
    setPermissionRequestHandler(handler) {
      record('session.setPermissionRequestHandler', [handler]);
      state.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      record('session.setPermissionCheckHandler', [handler]);
      state.permissionCheckHandler = handler;
    },
  },
  'session.defaultSession',
);
export const session = strict(
  {
    get defaultSession() {
      if (!state.ready) {
        refuse('session.defaultSession', 'Session can only be received when app is ready');
      }
      return defaultSession;
    },
  },
  'session',
);

export const protocol = strict(
  {
    registerSchemesAsPrivileged(schemes) {
      record('protocol.registerSchemesAsPrivileged', [schemes]);
      if (state.ready) {
        refuse('protocol.registerSchemesAsPrivileged', 'must be called before app is ready');
      }
    },
    handle(scheme, handler) {
      record('protocol.handle', [scheme]);
      if (!state.ready) refuse('protocol.handle', 'must be called after app is ready');
      state.protocolHandlers.set(scheme, handler);
    },
    unhandle(scheme) {
      record('protocol.unhandle', [scheme]);
      state.protocolHandlers.delete(scheme);
    },
    isProtocolHandled(scheme) {
      return state.protocolHandlers.has(scheme);
    },
  },
  'protocol',
);

// A reversible "encryption" that is plainly not one: enough for the signing code's wrap and unwrap.
const SEAL = 'stand-in-sealed:';
export const safeStorage = strict(
  {
    isEncryptionAvailable() {
      record('safeStorage.isEncryptionAvailable');
      // The real one answers false until the app is ready (Linux needs the secret service).
      return state.ready;
    },
    getSelectedStorageBackend() {
      record('safeStorage.getSelectedStorageBackend');
      return 'gnome_libsecret';
    },
    encryptString(text) {
      record('safeStorage.encryptString');
      if (!state.ready) refuse('safeStorage.encryptString', 'used before app is ready');
      return Buffer.from(SEAL + Buffer.from(text, 'utf8').toString('base64'), 'utf8');
    },
    decryptString(sealed) {
      record('safeStorage.decryptString');
      const text = Buffer.from(sealed).toString('utf8');
      if (!text.startsWith(SEAL)) throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(text.slice(SEAL.length), 'base64').toString('utf8');
    },
  },
  'safeStorage',
);

// ---- the run ---------------------------------------------------------------------------------

process.on('uncaughtException', (error) => state.errors.push(`uncaught: ${error?.stack ?? error}`));
process.on('unhandledRejection', (error) =>
  state.errors.push(`unhandled rejection: ${error?.stack ?? error}`),
);

// 'ready' comes after the main script's first turn, as in Electron.
setTimeout(() => {
  state.ready = true;
  state.calls.push({ api: '(ready)', args: [], ready: true });
  app.emit('ready', {}, {});
  markReady();
  void runAfterStart({ app, WebContentsStandIn });
}, 10);

export default {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
};
