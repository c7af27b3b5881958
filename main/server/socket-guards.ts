import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type ServerOptions } from 'ws';

// Whatever arrives from the network concerns one connection only. Node ends the process on an
// 'error' event nobody listens to, and ws reports every malformed frame (too large, invalid
// UTF-8, reserved bits, unknown opcode, unmasked) as one: so every server, every raw socket and
// every WebSocket gets a listener, and the answer to a bad peer is to close that peer.

/** How long a socket that broke the protocol may keep its close handshake open (ws: 30 s). */
const CLOSE_TIMEOUT_MS = 2_000;

/** A WebSocket server for upgrades we route by hand, taking messages of at most `maxPayload`. */
export function socketServer(maxPayload: number): WebSocketServer {
  // closeTimeout is a ws 8.18+ option that @types/ws does not list yet.
  const options: ServerOptions & { closeTimeout: number } = {
    noServer: true,
    maxPayload,
    closeTimeout: CLOSE_TIMEOUT_MS,
    // No compression: it is what RSV1 would mean, and an inflate bomb is one frame away.
    perMessageDeflate: false,
  };
  const sockets = new WebSocketServer(options);
  sockets.on('error', () => undefined);
  return sockets;
}

/**
 * A listening server keeps serving after a failed accept (too many open files) or a peer that
 * sends garbage before its request is complete.
 */
export function guardServer(server: Server, name: string): void {
  server.on('error', (error) => console.error(`${name}: ${error.message}`));
  server.on('clientError', (_error, socket: Duplex) => {
    if (!socket.writable) return void socket.destroy();
    socket.once('finish', () => socket.destroy());
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
}

/**
 * The raw socket of an upgrade request. Node hands it over without an error listener, so one
 * is added before anything else: a peer that resets the connection mid-handshake is just gone.
 */
export function guardUpgradeSocket(socket: Duplex): void {
  socket.on('error', () => socket.destroy());
}

/** Answers 403 and lets go of the socket once that is written, as ws does for a bad handshake. */
export function refuseUpgrade(socket: Duplex): void {
  socket.once('finish', () => socket.destroy());
  socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
}

/** The request's URL, or null for a request target the URL parser refuses (`GET //[`). */
export function requestUrl(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? '/', 'http://local');
  } catch {
    return null;
  }
}
