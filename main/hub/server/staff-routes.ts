import { audit } from '../audit';
import { endSession, openSession, staffName, verifyStaff } from '../staff';
import { refusal } from './dispatch';
import type { FailureLimiter } from './rate-limit';
import type { HubContext, HubReply, HubRequest, HubRoute } from './route';
import { clearedSessionCookie, sessionCookie } from './session-cookie';

// POST /api/staff/login, POST /api/staff/logout, GET /api/staff/me. Every login, failed login and
// logout is a row of the audit log, with the address it came from.

type Clock = () => number;

export function staffRoutes(limiter: FailureLimiter, clock: Clock): readonly HubRoute[] {
  return [
    {
      method: 'POST',
      path: '/api/staff/login',
      auth: 'none',
      body: 'json',
      sameOrigin: true,
      handle: (request, context) => login(request, context, limiter, clock),
    },
    { method: 'POST', path: '/api/staff/logout', auth: 'staff', handle: logout },
    { method: 'GET', path: '/api/staff/me', auth: 'staff', handle: me },
  ];
}

function credentials(body: unknown): Readonly<{ login: string; password: string }> | null {
  if (typeof body !== 'object' || body === null) return null;
  const { login, password } = body as Record<string, unknown>;
  if (typeof login !== 'string' || typeof password !== 'string') return null;
  if (login.length === 0 || login.length > 100 || password.length === 0) return null;
  return { login: login.trim().toLowerCase(), password };
}

async function login(
  request: HubRequest,
  context: HubContext,
  limiter: FailureLimiter,
  clock: Clock,
): Promise<HubReply> {
  const given = credentials(request.body);
  if (!given) return refusal(400, 'badRequest', request.locale);
  const ip = request.remoteAddress ?? '';
  const keys = [`ip:${ip}`, `login:${given.login}`];
  // Past the limit the password is not even checked: no argon2 work for a guesser.
  if (limiter.blocked(keys, clock()))
    return refusal(429, 'loginLimited', request.locale, { minutes: 15 });
  if (!(await verifyStaff(context.db, given.login, given.password))) {
    limiter.fail(keys, clock());
    await record(context, 'anonymous', 'staff.loginFailed', given.login, { ip });
    return refusal(401, 'loginFailed', request.locale);
  }
  limiter.clear(`login:${given.login}`);
  const session = await context.db.tx(async (query) => {
    const opened = await openSession(query, given.login, context.now());
    await audit(query, {
      actor: `staff:${given.login}`,
      action: 'staff.login',
      target: given.login,
      detail: { ip },
    });
    return opened;
  });
  const name = await staffName(context.db, given.login);
  return {
    status: 200,
    json: { login: given.login, name, expiresAt: session.expiresAt.toISOString() },
    setCookie: sessionCookie(session.token),
  };
}

async function logout(request: HubRequest, context: HubContext): Promise<HubReply> {
  const login = request.caller.kind === 'staff' ? request.caller.login : '';
  await context.db.tx(async (query) => {
    if (request.sessionToken) await endSession(query, request.sessionToken);
    await audit(query, {
      actor: `staff:${login}`,
      action: 'staff.logout',
      target: login,
      detail: { ip: request.remoteAddress ?? '' },
    });
  });
  return { status: 200, json: { ok: true }, setCookie: clearedSessionCookie() };
}

async function me(request: HubRequest, context: HubContext): Promise<HubReply> {
  const login = request.caller.kind === 'staff' ? request.caller.login : '';
  return { status: 200, json: { login, name: await staffName(context.db, login) } };
}

function record(
  context: HubContext,
  actor: string,
  action: string,
  target: string,
  detail: Readonly<Record<string, unknown>>,
): Promise<void> {
  return context.db.tx((query) => audit(query, { actor, action, target, detail }));
}
