import { SESSION_HOURS } from '../staff';

export const SESSION_COOKIE = 'hub_session';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it), for the whole hub, for a session's 12 hours. No `Secure`: a street office often serves
 * plain http on its own LAN, where a Secure cookie would never come back.
 */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_HOURS * 3600}`;
}

/** Tells the browser to forget the cookie (logout). */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
}
