/**
 * The chair console's socket, opened by the page's first tiny script (boot.ts) before React, the
 * catalogues and the contract have arrived and run. It asks at once for what the home screen
 * shows first, so the backend answers while the rest of the code loads instead of after it.
 *
 * It validates nothing and hands nothing to the store: the WebSocket client (ws-client.ts) takes
 * the socket over, checks every frame received so far with the contract's frame schema, and
 * answers the home screen's first calls of these channels from the replies (each call's request
 * is still parsed by its channel schema first). The backend parses these requests as any other.
 * It imports nothing, so it runs as soon as its own few bytes are in.
 */

export type EarlyRequest = Readonly<{ id: number; channel: string; request: unknown }>;

export type EarlySocket = Readonly<{
  url: string;
  socket: WebSocket;
  /** Text frames received before the client took the socket, in order. */
  frames: readonly string[];
  /** Sent when the socket opens (before any listener the client adds), ids from 1. */
  requests: readonly EarlyRequest[];
  /** Stops buffering: the client listens from now on (it calls this when it has attached). */
  release(): void;
}>;

/**
 * What the home screen asks first, with these bodies: the lists (store/meetings-slice.ts
 * refreshMeetings) and whether to offer the issuing body's form (settings/IssuerSetup.tsx). Only
 * reads belong here: the early socket asks whether or not the screen will. A call that is not
 * answered from here loads the contract's schemas first, which the first screen would wait for.
 */
export const EARLY_REQUESTS: readonly Omit<EarlyRequest, 'id'>[] = [
  { channel: 'meetings/list', request: {} },
  { channel: 'meetings/listDemos', request: {} },
  { channel: 'settings/get', request: {} },
];

export function openEarlySocket(url: string): EarlySocket {
  const socket = new WebSocket(url);
  const frames: string[] = [];
  const requests = EARLY_REQUESTS.map((entry, index) => ({ ...entry, id: index + 1 }));
  socket.addEventListener('open', () => {
    for (const request of requests) socket.send(JSON.stringify(request));
  });
  const buffer = (event: MessageEvent) => {
    if (typeof event.data === 'string') frames.push(event.data);
  };
  socket.addEventListener('message', buffer);
  return {
    url,
    socket,
    frames,
    requests,
    release: () => socket.removeEventListener('message', buffer),
  };
}

let waiting: EarlySocket | null = null;

/** Opens the early socket for this page (boot.ts). */
export function startEarlySocket(url: string): void {
  waiting ??= openEarlySocket(url);
}

/** The early socket for this URL, once: the client that takes it owns it from then on. */
export function takeEarlySocket(url: string): EarlySocket | null {
  const early = waiting;
  if (!early || early.url !== url) return null;
  waiting = null;
  return early;
}
