import { app, ipcMain, session, type BrowserWindow, type WebContents } from 'electron';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { requestChannels, type Role } from '../../shared/api';
import { createBackend, type Backend } from '../backend/backend';
import { seedCatalogue } from '../backend/seeds';
import { openRepository } from '../backend/storage-repository';
import { defaultDataDir } from '../storage/data-dir';
import { appPaths } from '../paths';
import { checkSender, IPC_PUSH_PREFIX, IPC_REQUEST_PREFIX } from './ipc-gate';
import { registerAppScheme, serveRenderer } from './protocol';
import { createWindow } from './windows';

// Electron would otherwise name the folder after productName (议事厅); serve and the CLI use this one.
app.setPath('userData', defaultDataDir());
registerAppScheme();

const roles = new Map<number, Role>();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const paths = appPaths();
  serveRenderer(paths.rendererDir);
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  const backend = createBackend({
    repository: await openRepository(app.getPath('userData')),
    seeds: seedCatalogue(paths.seedsDir),
    clock: () => Date.now(),
    newId: () => randomUUID(),
  });
  wireIpc(backend);

  const preloadDir = join(paths.root, 'dist', 'preload');
  const chair = open(backend, 'chair', preloadDir);
  open(backend, 'projector', preloadDir);
  app.on('second-instance', () => {
    if (chair.isMinimized()) chair.restore();
    chair.focus();
  });
  app.on('window-all-closed', () => {
    void backend.close().then(() => app.quit());
  });
}

function open(backend: Backend, role: 'chair' | 'projector', preloadDir: string): BrowserWindow {
  const window = createWindow(role, preloadDir);
  const id = window.webContents.id;
  roles.set(id, role);
  const unsubscribe = backend.hub.subscribe(role, (channel, payload) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_PUSH_PREFIX + channel, payload);
  });
  window.webContents.on('did-finish-load', () => {
    for (const [channel, payload] of backend.initialPushes(role)) {
      window.webContents.send(IPC_PUSH_PREFIX + channel, payload);
    }
  });
  window.on('closed', () => {
    unsubscribe();
    roles.delete(id);
  });
  return window;
}

/** Every request channel goes through the sender check, then the same gate as the WebSocket. */
function wireIpc(backend: Backend): void {
  for (const channel of Object.keys(requestChannels)) {
    ipcMain.handle(IPC_REQUEST_PREFIX + channel, (event, payload: unknown) => {
      const sender = checkSender({
        frameUrl: event.senderFrame?.url,
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
        role: roles.get(event.sender.id) ?? null,
      });
      if (!sender.ok) return sender;
      return backend.handle(sender.value, channel, payload);
    });
  }
}

/** No navigation away from the app, no new windows, no remote content, no permissions. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Nothing in the app links out: every window.open is refused rather than handed to a browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
