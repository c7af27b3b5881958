import type { ApiClient, PushChannel, RequestChannel, Result } from '../../../shared/api';
import type { ChairBridge, ProjectorBridge } from './bridge';

/** The Electron IPC carrier for the chair window: each call goes through its preload function. */
export function createChairIpcClient(bridge: ChairBridge): ApiClient {
  return {
    call(channel: RequestChannel, request: unknown) {
      return bridge[channel](request) as Promise<Result<never>>;
    },
    subscribe(channel: PushChannel, listener: (payload: never) => void) {
      return bridge.subscribe(channel, listener as (payload: unknown) => void);
    },
    onConnection(listener) {
      listener(true);
      return () => undefined;
    },
  } as ApiClient;
}

/** The projector window can only subscribe to its view; any call is refused right here too. */
export function createProjectorIpcClient(bridge: ProjectorBridge): ApiClient {
  return {
    call() {
      return Promise.resolve({ ok: false, error: { code: 'api.forbidden', params: {} } });
    },
    subscribe(channel: PushChannel, listener: (payload: never) => void) {
      if (channel !== 'projector/view') return () => undefined;
      return bridge.subscribeView(listener as (payload: unknown) => void);
    },
    onConnection(listener) {
      listener(true);
      return () => undefined;
    },
  } as ApiClient;
}
