import type { LanStatus } from '../../shared/api';

/**
 * What the backend needs from the LAN display (main/server/lan-display.ts); declared here so the
 * backend does not depend on the server module, and Electron can supply the same thing.
 */
export type LanControl = Readonly<{
  status(): LanStatus;
  enable(): Promise<LanStatus>;
  disable(): Promise<LanStatus>;
  rotate(): Promise<LanStatus>;
  tokenValid(token: string): boolean;
}>;

/** For a backend without a LAN display (tests, dry runs): always off, and no token is valid. */
export const noLan: LanControl = {
  status: () => ({ enabled: false, urls: [], qrSvg: null, connected: 0 }),
  enable: () => Promise.resolve({ enabled: false, urls: [], qrSvg: null, connected: 0 }),
  disable: () => Promise.resolve({ enabled: false, urls: [], qrSvg: null, connected: 0 }),
  rotate: () => Promise.resolve({ enabled: false, urls: [], qrSvg: null, connected: 0 }),
  tokenValid: () => false,
};
