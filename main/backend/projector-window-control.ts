import type { ProjectorWindowAction, ProjectorWindowStatus } from '../../shared/api';

/**
 * What the backend needs from the desktop app's projector window (main/electron supplies it);
 * declared here so the backend, which also runs under plain Node, never imports Electron.
 */
export type ProjectorWindowControl = Readonly<{
  status(): ProjectorWindowStatus;
  act(action: ProjectorWindowAction): ProjectorWindowStatus;
}>;

/** The browser version has no projector window: the projector is a page in another window. */
export const noProjectorWindow: ProjectorWindowControl = {
  status: () => ({ available: false, open: false, fullscreen: false, displays: 0, display: null }),
  act: () => ({ available: false, open: false, fullscreen: false, displays: 0, display: null }),
};
