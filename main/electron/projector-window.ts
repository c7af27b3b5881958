import { screen, type BrowserWindow, type Display } from 'electron';
import type { ProjectorWindowAction, ProjectorWindowStatus } from '../../shared/api';
import { projectorDisplay } from './windows';

/**
 * Keeps the projector window where the room can see it: on the external display when there is
 * one (fullscreen), and back beside the chair when that display is unplugged, so a loose cable
 * never leaves the projector window on a screen that no longer exists.
 */
export class ProjectorWindow {
  constructor(
    private readonly create: () => BrowserWindow,
    private window: BrowserWindow | null = null,
  ) {
    screen.on('display-added', () => this.place());
    screen.on('display-removed', () => this.place());
  }

  get current(): BrowserWindow | null {
    return this.window && !this.window.isDestroyed() ? this.window : null;
  }

  show(): BrowserWindow {
    const window = this.current ?? this.create();
    this.window = window;
    window.on('closed', () => {
      if (this.window === window) this.window = null;
    });
    window.show();
    return window;
  }

  close(): void {
    this.current?.close();
  }

  toggleFullscreen(): void {
    const window = this.current;
    if (window) window.setFullScreen(!window.isFullScreen());
  }

  /** Where the window is, for the chair console's projector controls. */
  status(): ProjectorWindowStatus {
    const window = this.current;
    const displays = screen.getAllDisplays();
    const here = window ? screen.getDisplayMatching(window.getBounds()) : null;
    const index = here ? displays.findIndex((display) => display.id === here.id) : -1;
    return {
      available: true,
      open: window !== null,
      fullscreen: window?.isFullScreen() ?? false,
      displays: displays.length,
      display: index >= 0 ? index + 1 : null,
    };
  }

  /** One action asked for by the chair console (or the menu), then where the window is. */
  act(action: ProjectorWindowAction): ProjectorWindowStatus {
    if (action === 'show') this.show();
    else if (action === 'close') this.close();
    else if (action === 'toggleFullscreen') this.toggleFullscreen();
    else this.moveToNextDisplay();
    return this.status();
  }

  /** Moves the projector to the next display, for rooms with more than one screen. */
  moveToNextDisplay(): void {
    const window = this.current;
    if (!window) return;
    const displays = screen.getAllDisplays();
    const here = screen.getDisplayMatching(window.getBounds());
    const index = displays.findIndex((display) => display.id === here.id);
    this.moveTo(displays[(index + 1) % displays.length] ?? here);
  }

  private place(): void {
    if (this.current) this.moveTo(projectorDisplay());
  }

  private moveTo(display: Display): void {
    const window = this.current;
    if (!window) return;
    const external = display.id !== screen.getPrimaryDisplay().id;
    window.setFullScreen(false);
    window.setBounds(display.workArea);
    if (external) window.setFullScreen(true);
  }
}
