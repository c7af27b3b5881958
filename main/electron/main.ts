import {
  app,
  dialog,
  ipcMain,
  Menu,
  safeStorage,
  session,
  shell,
  type BrowserWindow,
  type WebContents,
} from 'electron';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { requestChannels, type Role } from '../../shared/api';
import { DEFAULT_LOCALE, isLocale, translator, type Locale } from '../../shared/i18n';
import { createBackend, type Backend } from '../backend/backend';
import { noProjectorWindow } from '../backend/projector-window-control';
import { documentExporter } from '../backend/documents';
import { firstRunOnce } from '../backend/first-run';
import { settingsService } from '../settings/issuing-body-file';
import { signingService, type SigningService } from '../backend/signing';
import { openFollowupRepository } from '../followup/repository';
import { seedCatalogue } from '../backend/seeds';
import { openRepository } from '../backend/storage-repository';
import { resolveDataDir } from '../storage/data-dir';
import { createLanDisplay } from '../server/lan-display';
import { fileRoomStore } from '../room/room-store';
import { appPaths } from '../paths';
import { ipcRequestHandler, IPC_PUSH_PREFIX, IPC_REQUEST_PREFIX } from './ipc-gate';
import { buildMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { ProjectorWindow } from './projector-window';
import { createWindow } from './windows';
import { warmUpWhenIdle } from '../backend/warm-up';

// The Electron shell stays thin: windows, IPC, menu and dialogs. Everything else is the backend
// that `npm run serve` runs too.

// Electron would otherwise name the folder after productName (议事厅); serve and the CLI use this
// one, and YISHITING_DATA moves it for all three.
app.setPath('userData', resolveDataDir());
registerAppScheme();

const roles = new Map<number, Role>();
let locale: Locale = isLocale(app.getLocale()) ? (app.getLocale() as Locale) : DEFAULT_LOCALE;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const paths = appPaths();
  const dataDir = app.getPath('userData');
  serveRenderer(paths.rendererDir);
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  // The LAN display is the same read-only listener as in the browser version, off until turned on.
  const lan = createLanDisplay({
    backend: () => backend,
    rendererDir: paths.rendererDir,
    port: 5171,
  });
  // The projector window exists once the backend does (it loads through it); the chair console's
  // projector controls reach it through this late-bound control.
  let projector: ProjectorWindow | null = null;
  // Signing keys are sealed by the OS keychain through safeStorage (usable once the app is
  // ready); main/signing sees only the OsKeychain interface, never `electron` itself.
  const signing = signingService(dataDir, { keychain: safeStorage });
  const backend: Backend = createBackend({
    repository: await openRepository(dataDir),
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
    projectorWindow: {
      status: () => (projector ?? noProjectorWindow).status(),
      act: (action) => (projector ?? noProjectorWindow).act(action),
    },
  });
  wireIpc(backend);
  // Once the windows are up, jieba's dictionary loads while the chair reads the first screen.
  warmUpWhenIdle();

  const preloadDir = join(paths.root, 'dist', 'preload');
  const chair = open(backend, 'chair', preloadDir);
  const shown = new ProjectorWindow(() => open(backend, 'projector', preloadDir));
  projector = shown;
  shown.show();

  // One application menu (macOS shows it in the menu bar); the projector window shows none, so
  // the room never sees a menu bar and cannot reach one.
  const setMenu = () =>
    Menu.setApplicationMenu(
      buildMenu(locale, {
        openDataFolder: () => void shell.openPath(dataDir),
        showProjector: () => shown.show(),
        closeProjector: () => shown.close(),
        toggleProjectorFullscreen: () => shown.toggleFullscreen(),
        moveProjector: () => shown.moveToNextDisplay(),
        blankProjector: () =>
          void backend.handle('chair', 'projector/setControl', {
            blank: !backend.projectorControl().blank,
          }),
        about: () => void about(chair, dataDir, signing),
        setLocale: (next) => {
          locale = next;
          setMenu();
        },
      }),
    );
  setMenu();

  app.on('second-instance', () => {
    if (chair.isMinimized()) chair.restore();
    chair.focus();
  });
  chair.on('closed', () => {
    shown.close();
    void lan
      .close()
      .then(() => backend.close())
      .then(() => app.quit());
  });
}

async function about(
  parent: BrowserWindow,
  dataDir: string,
  signing: SigningService,
): Promise<void> {
  const t = translator(locale);
  // The fingerprint printed on every signed document, so a clerk can match paper to machine.
  const identity = await signing.status().catch(() => null);
  await dialog.showMessageBox(parent, {
    type: 'info',
    title: t('ui:menu.about'),
    message: t('ui:app.name'),
    detail: t('ui:menu.aboutDetail', {
      version: app.getVersion(),
      dataDir,
      fingerprint: identity?.fingerprint ?? t('ui:menu.noCertificate'),
    }),
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
  const handlerFor = ipcRequestHandler(backend.handle, (id) => roles.get(id) ?? null);
  for (const channel of Object.keys(requestChannels)) {
    ipcMain.handle(IPC_REQUEST_PREFIX + channel, handlerFor(channel));
  }
}

/** No navigation away from the app, no new windows, no webviews. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Nothing in the app links out: every window.open is refused rather than handed to a browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
