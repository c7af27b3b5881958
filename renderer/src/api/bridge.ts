import type { PushChannel, RequestChannel, Result } from '../../../shared/api';

/**
 * What the Electron preloads put on `window`: one function per message (see main/electron/preload-*.ts).
 * Declared here as data types only, so the renderer never names Electron.
 */
export type ChairBridge = Readonly<
  Record<RequestChannel, (request: unknown) => Promise<Result<unknown>>> & {
    subscribe: (channel: PushChannel, listener: (payload: unknown) => void) => () => void;
  }
>;
export type ProjectorBridge = Readonly<{
  subscribeView: (listener: (payload: unknown) => void) => () => void;
}>;

declare global {
  interface Window {
    readonly yishitingChair?: ChairBridge;
    readonly yishitingProjector?: ProjectorBridge;
  }
}
