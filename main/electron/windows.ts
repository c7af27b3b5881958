import { BrowserWindow, screen, type Display } from 'electron';
import { join } from 'node:path';
import type { Role } from '../../shared/api';
import { APP_ORIGIN } from './ipc-gate';

/** The projector belongs on the external display when there is one, else beside the chair. */
export function projectorDisplay(): Display {
  const primary = screen.getPrimaryDisplay();
  return screen.getAllDisplays().find((display) => display.id !== primary.id) ?? primary;
}

export function createWindow(role: Exclude<Role, 'lan'>, preloadDir: string): BrowserWindow {
  const isProjector = role === 'projector';
  const display = isProjector ? projectorDisplay() : screen.getPrimaryDisplay();
  const external = isProjector && display.id !== screen.getPrimaryDisplay().id;
  const window = new BrowserWindow({
    x: display.workArea.x + (external ? 0 : 40),
    y: display.workArea.y + (external ? 0 : 40),
    width: isProjector ? 1024 : 1366,
    height: isProjector ? 768 : 860,
    fullscreen: external,
    title: isProjector ? '议事厅 · 投屏' : '议事厅',
    backgroundColor: '#ffffff',
    show: false,
    // Written out literally (not built by a helper) so a reader and the security scan see each one.
    webPreferences: {
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
      spellcheck: false,
      // Middle-click must not open links in a new window either.
      disableBlinkFeatures: 'Auxclick',
      preload: join(preloadDir, isProjector ? 'projector.cjs' : 'chair.cjs'),
    },
  });
  // The room sees the projector: no menu bar there (the application menu is the chair's).
  if (isProjector) window.removeMenu();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/${isProjector ? 'projector' : ''}`);
  return window;
}
