import type { IncomingMessage } from 'node:http';
import { hostname } from 'node:os';
import { currentInterfaces } from './interfaces';

/** The same policy as renderer/index.html, sent as a header so it also covers non-HTML responses. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** The names a browser on this machine uses for a loopback server. */
const LOOPBACK_NAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * Who may name this server in Host. `lan` widens the loopback names to every name and address of
 * this machine (its host name, its .local name, each interface address, the address it was told
 * to listen on): what a phone or a second laptop in the room really typed or scanned.
 */
export type HostPolicy = Readonly<{ port: number; lan: boolean; listenHost?: string }>;

/** This machine's own names, from interfaces at most a second old: an address may change while serving. */
export function ownHostNames(listenHost?: string): ReadonlySet<string> {
  const names = new Set(LOOPBACK_NAMES);
  const machine = hostname().toLowerCase();
  if (machine) {
    names.add(machine);
    names.add(machine.endsWith('.local') ? machine : `${machine}.local`);
  }
  for (const entries of Object.values(currentInterfaces())) {
    // An IPv6 link-local address carries a zone (%eth0) that browsers never send in Host.
    for (const entry of entries ?? []) names.add(entry.address.toLowerCase().replace(/%.*$/, ''));
  }
  const listen = listenHost?.toLowerCase();
  if (listen && listen !== '0.0.0.0' && listen !== '::') names.add(listen);
  return names;
}

/** A Host (or Origin host) split into name and port; null unless it is a plain host[:port]. */
export function parseHost(value: string): Readonly<{ name: string; port: number }> | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(value);
  if (!match?.[1]) return null;
  return {
    name: match[1].toLowerCase().replace(/^\[|\]$/g, ''),
    port: match[2] === undefined ? 80 : Number(match[2]),
  };
}

function nameAllowed(name: string, policy: HostPolicy): boolean {
  return policy.lan ? ownHostNames(policy.listenHost).has(name) : LOOPBACK_NAMES.has(name);
}

/**
 * Guards against DNS rebinding: a page on a foreign name that resolves to this machine still
 * sends its own name in Host. Only this machine's names with the port we listen on pass; while
 * the server listens on loopback only, only loopback names do.
 */
export function hostAllowed(request: IncomingMessage, policy: HostPolicy): boolean {
  const host = request.headers.host;
  const parsed = host === undefined ? null : parseHost(host);
  return parsed !== null && parsed.port === policy.port && nameAllowed(parsed.name, policy);
}

/** An Origin that is exactly http://NAME:PORT with one of our names (loopback ones if `loopback`). */
function originIsOurs(origin: string, policy: HostPolicy): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || url.origin !== origin) return false;
  const parsed = parseHost(url.host);
  return parsed !== null && parsed.port === policy.port && nameAllowed(parsed.name, policy);
}

/**
 * A chair connection must come from this machine and from our own page on a loopback name: a
 * web page the chair happens to visit could otherwise open ws://127.0.0.1:PORT and send
 * commands, and a page reached through the room's network must never command the meeting.
 */
export function chairOriginAllowed(request: IncomingMessage, port: number): boolean {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return false;
  const origin = request.headers.origin;
  const host = request.headers.host;
  if (!origin || !host) return false;
  return originIsOurs(origin, { port, lan: false }) && new URL(origin).host === host.toLowerCase();
}

/**
 * The projector socket carries the live view (names, tallies): only this machine, and only our
 * own page. A local non-browser client (a test, a kiosk script) sends no Origin at all; a
 * browser always does, so a present Origin must be ours, or any site could read the view.
 */
export function projectorOriginAllowed(request: IncomingMessage, port: number): boolean {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return false;
  const origin = request.headers.origin;
  return origin === undefined || originIsOurs(origin, { port, lan: false });
}

/**
 * The LAN display's socket also needs the token; a browser's Origin must still be one of this
 * machine's names (the address the phone scanned), never another site that learnt the token.
 */
export function lanOriginAllowed(request: IncomingMessage, policy: HostPolicy): boolean {
  const origin = request.headers.origin;
  return origin === undefined || originIsOurs(origin, policy);
}
