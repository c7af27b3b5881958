import type { IncomingMessage } from 'node:http';
import { hostAllowed, parseHost } from '../../server/security';

/**
 * Against DNS rebinding: a web page on a foreign name that resolves to the hub still sends its
 * own name in Host, and would otherwise pass the same-origin check (it compares Origin with
 * Host) and try logins. The hub answers only to this machine's names on its port (loopback ones
 * while it listens on loopback), and to the public names the office gives with --public-name
 * (its DNS name, or the name of a TLS proxy in front, on whatever port that proxy uses).
 */
export function hubHostGate(
  listenHost: string,
  port: number,
  publicNames: readonly string[] = [],
): (request: IncomingMessage) => boolean {
  const loopbackOnly =
    listenHost === '127.0.0.1' || listenHost === '::1' || listenHost === 'localhost';
  const names = new Set(publicNames.map((name) => name.toLowerCase()));
  const policy = { port, lan: !loopbackOnly, listenHost };
  return (request) => {
    if (hostAllowed(request, policy)) return true;
    const host = request.headers.host;
    const parsed = host === undefined ? null : parseHost(host);
    return parsed !== null && names.has(parsed.name);
  };
}
