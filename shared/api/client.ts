import type {
  PushChannel,
  PushOf,
  RequestChannel,
  RequestOf,
  ResponseOf,
  Result,
} from './contract';

/**
 * What a window holds to talk to the backend, whichever carrier is underneath (Electron IPC or
 * WebSocket). The renderer only ever sees this type, never a raw channel transport.
 */
export type ApiClient = Readonly<{
  call<C extends RequestChannel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  subscribe<P extends PushChannel>(channel: P, listener: (payload: PushOf<P>) => void): () => void;
  /** Connection state of the carrier, so the chair sees a lost link instead of a frozen screen. */
  onConnection(listener: (connected: boolean) => void): () => void;
}>;
