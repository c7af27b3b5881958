import type { IncomingMessage } from 'node:http';

/**
 * Whether a browser request comes from the hub's own pages: its Origin must be this very server
 * as the browser addressed it (the Host it sent), over http or https (a TLS proxy in front). A
 * missing Origin fails too: every browser sends one on a POST, so only a forged or foreign
 * request lacks it. The session cookie is SameSite=Strict as well; this is the second lock.
 */
export function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  const host = request.headers.host;
  if (typeof origin !== 'string' || typeof host !== 'string' || host === '') return false;
  const lower = origin.toLowerCase();
  const own = host.toLowerCase();
  return lower === `http://${own}` || lower === `https://${own}`;
}

/** The value of one cookie in a Cookie header, or null. */
export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]{16,200})\s*$/.exec(header ?? '');
  return match?.[1] ?? null;
}
