import type { ApiClient, PushChannel, RequestChannel, Result } from '../../../shared/api';
import type { requestChannels } from '../../../shared/api/contract';
import { MAX_FRAME_BYTES, serverFrameSchema } from '../../../shared/api/wire';
import type { EarlySocket } from './early-socket';

type RequestSchemas = typeof requestChannels;
let requestSchemas: RequestSchemas | null = null;
let loadingSchemas: Promise<RequestSchemas> | null = null;

/**
 * The contract's request schemas, a chunk of their own: building them (and the command schemas
 * they refer to) cost the first screen tens of milliseconds, and the home screen's first calls
 * are answered from the early socket. Fetched by the first call that needs them, or once the
 * first screen is up (connect.ts); every request is parsed by them before it is sent.
 */
export function loadRequestSchemas(): Promise<RequestSchemas> {
  loadingSchemas ??= import('../../../shared/api/contract').then(
    (contract) => (requestSchemas = contract.requestChannels),
  );
  return loadingSchemas;
}

type Pending = { resolve: (result: Result<unknown>) => void; timer: ReturnType<typeof setTimeout> };

const REQUEST_TIMEOUT_MS = 15_000;

/** A frame that is not JSON is dropped like one of the wrong shape, not thrown in the listener. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A request's identity for matching a call to an early request: channel and body. */
function requestKey(channel: string, request: unknown): string {
  return `${channel} ${JSON.stringify(request)}`;
}

export type WsClientOptions = Readonly<{
  /**
   * Called when the server closes the socket; true stops the client for good instead of
   * reconnecting (the phone page's credential was withdrawn: codes rotated, room turned off).
   * opened: false when the socket never opened (the server refused it, or no network).
   */
  closedForGood?: (code: number, opened: boolean) => boolean;
}>;

/** The carrier as the page holds it: the API, and a way to stop it (a phone leaving a socket). */
export type WsClient = ApiClient & Readonly<{ close(): void }>;

/**
 * The WebSocket carrier. It reconnects by itself (the backend may restart, the LAN may drop), and
 * tells listeners so the UI can show it. Requests made while disconnected fail at once with a typed
 * error rather than hanging: the chair must know a click did not reach the backend.
 */
export function createWsClient(
  url: string,
  early: EarlySocket | null = null,
  options: WsClientOptions = {},
): WsClient {
  let socket: WebSocket | null = null;
  let stopped = false;
  let nextId = 1 + (early?.requests.length ?? 0);
  let retryMs = 250;
  const pending = new Map<number, Pending>();
  // The early socket's requests (early-socket.ts), by channel and body, until a call claims one;
  // their answers wait in `answered` until then. Both belong to the early socket only.
  const unclaimed = new Map<string, number>(
    early?.requests.map(({ id, channel, request }) => [requestKey(channel, request), id]) ?? [],
  );
  const answered = new Map<number, Result<unknown>>();
  const pushListeners = new Map<PushChannel, Set<(payload: never) => void>>();
  const connectionListeners = new Set<(connected: boolean) => void>();

  const notify = (connected: boolean) =>
    connectionListeners.forEach((listener) => listener(connected));

  const failAll = () => {
    for (const [id, entry] of pending) {
      clearTimeout(entry.timer);
      entry.resolve({ ok: false, error: { code: 'api.disconnected', params: {} } });
      pending.delete(id);
    }
  };

  const receive = (text: string) => {
    const frame = serverFrameSchema.safeParse(parseJson(text));
    if (!frame.success) return;
    const data = frame.data;
    if (data.kind === 'response') {
      const entry = pending.get(data.id);
      if (!entry) {
        if ([...unclaimed.values()].includes(data.id)) answered.set(data.id, data.result);
        return;
      }
      clearTimeout(entry.timer);
      pending.delete(data.id);
      entry.resolve(data.result);
    } else {
      const listeners = pushListeners.get(data.channel as PushChannel);
      listeners?.forEach((listener) => listener(data.payload as never));
    }
  };

  const closed = (ws: WebSocket, code = 1006, opened = true) => {
    if (socket !== ws) return;
    socket = null;
    unclaimed.clear();
    answered.clear();
    failAll();
    notify(false);
    if (stopped || options.closedForGood?.(code, opened)) {
      stopped = true;
      return;
    }
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 4_000);
  };

  const attach = (ws: WebSocket) => {
    socket = ws;
    let opened = ws.readyState === WebSocket.OPEN;
    ws.addEventListener('open', () => {
      opened = true;
      retryMs = 250;
      notify(true);
    });
    ws.addEventListener('message', (event) => {
      if (typeof event.data === 'string') receive(event.data);
    });
    ws.addEventListener('close', (event) =>
      closed(ws, (event as Partial<CloseEvent>).code, opened),
    );
  };

  const connect = () => {
    if (!stopped) attach(new WebSocket(url));
  };

  if (early) {
    // What arrived before this client existed goes through the same checks as what comes later.
    attach(early.socket);
    early.release();
    for (const text of early.frames) receive(text);
    if (early.socket.readyState >= WebSocket.CLOSING) closed(early.socket);
  } else {
    connect();
  }

  /** An early request with this body, claimed once: its answer, or a wait for it. */
  const claimEarly = (channel: RequestChannel, request: unknown, ws: WebSocket) => {
    const key = requestKey(channel, request);
    const id = unclaimed.get(key);
    if (id === undefined || ws !== early?.socket) return null;
    unclaimed.delete(key);
    const result = answered.get(id);
    answered.delete(id);
    return result ? Promise.resolve(result) : wait(id);
  };

  const wait = (id: number) =>
    new Promise<Result<unknown>>((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve({ ok: false, error: { code: 'api.timeout', params: {} } });
      }, REQUEST_TIMEOUT_MS);
      pending.set(id, { resolve, timer });
    });

  /** Parses a request with its channel schema (fetched first if need be) and sends it. */
  const send = (channel: RequestChannel, request: unknown): Promise<Result<unknown>> => {
    const schemas = requestSchemas;
    if (!schemas) return loadRequestSchemas().then(() => send(channel, request));
    // Parse on the way out too: a malformed request is a bug here, better caught before sending.
    const parsed = schemas[channel].request.safeParse(request);
    if (!parsed.success) {
      return Promise.resolve({
        ok: false as const,
        error: {
          code: 'api.malformed',
          params: { channel, path: '', issue: parsed.error.message },
        },
      });
    }
    const ws = socket;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      return Promise.resolve({
        ok: false as const,
        error: { code: 'api.disconnected', params: {} },
      });
    }
    const id = nextId++;
    const text = JSON.stringify({ id, channel, request: parsed.data });
    // The server's limit is in bytes: Chinese text takes three per character in UTF-8.
    if (new TextEncoder().encode(text).length > MAX_FRAME_BYTES) {
      return Promise.resolve({ ok: false as const, error: { code: 'api.tooLarge', params: {} } });
    }
    const answer = wait(id);
    ws.send(text);
    return answer;
  };

  return {
    call(channel: RequestChannel, request: unknown) {
      const ws = socket;
      // One of the early socket's requests, with these very bytes: each is a request its channel
      // schema accepts unchanged (tests/renderer/ws-client.test.ts), so it is not parsed again.
      const claimed = ws?.readyState === WebSocket.OPEN ? claimEarly(channel, request, ws) : null;
      return claimed ?? send(channel, request);
    },
    subscribe(channel, listener) {
      const set = pushListeners.get(channel) ?? new Set();
      set.add(listener as (payload: never) => void);
      pushListeners.set(channel, set);
      return () => set.delete(listener as (payload: never) => void);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      listener(socket?.readyState === WebSocket.OPEN);
      return () => connectionListeners.delete(listener);
    },
    close() {
      stopped = true;
      socket?.close();
    },
  } as WsClient;
}
