import type { IncomingMessage } from 'node:http';

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

/**
 * Guards against DNS rebinding: a page on a foreign name that resolves to 127.0.0.1 still sends
 * its own name in Host. While the server only listens on loopback, only loopback names pass.
 */
export function hostAllowed(request: IncomingMessage, lanEnabled: boolean): boolean {
  const host = request.headers.host;
  if (!host) return false;
  if (lanEnabled) return true;
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '::1';
}

/**
 * A chair connection must come from this machine and from our own page: a web page the chair
 * happens to visit could otherwise open ws://127.0.0.1:PORT and send commands.
 */
export function chairOriginAllowed(request: IncomingMessage): boolean {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return false;
  const origin = request.headers.origin;
  const host = request.headers.host;
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
