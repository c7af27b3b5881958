import type { IncomingMessage } from 'node:http';
import { communityByToken } from '../enrol';
import { sessionLogin } from '../staff';
import { bearerToken, cookieValue } from './origin';
import type { HubCaller, HubContext, HubRoute } from './route';
import { SESSION_COOKIE } from './session-cookie';

/**
 * Who calls, as the route requires: staff by the session cookie (never a bearer token, so a
 * community's token opens no dashboard), a community by its bearer token (never a cookie, so a
 * staff member's browser cannot be made to send bundles). Null when the required proof fails.
 */
export async function authenticate(
  auth: HubRoute['auth'],
  request: IncomingMessage,
  context: HubContext,
): Promise<HubCaller | null> {
  if (auth === 'none') return { kind: 'anonymous' };
  if (auth === 'staff') {
    const token = cookieValue(request.headers.cookie, SESSION_COOKIE);
    if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const login = await sessionLogin(context.db, token, context.now());
    return login === null ? null : { kind: 'staff', login };
  }
  const token = bearerToken(request.headers.authorization);
  if (!token) return null;
  const community = await communityByToken(context.db, token);
  return community === null ? null : { kind: 'community', communityId: community.id };
}
