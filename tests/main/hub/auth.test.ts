import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureLimiter, LOGIN_LIMIT } from '../../../main/hub/server/rate-limit';
import type { HubContext } from '../../../main/hub/server/route';
import { staffRoutes } from '../../../main/hub/server/staff-routes';
import { addStaff, disableStaff } from '../../../main/hub/staff';
import { startPostgres, type PgCluster } from './postgres';
import { post, send, sessionOf, startTestHub, type TestHub } from './server-harness';

// Staff sign-in: argon2id hashes, a session cookie the browser keeps and scripts cannot read,
// stored hashed for 12 hours; guessing is limited per address and per account; only the hub's
// own pages may POST; every sign-in, failure and sign-out is in the audit log.

let cluster: PgCluster;
const hubs: TestHub[] = [];
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  cluster = await startPostgres();
}, 60_000);
afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.close()));
  cluster?.stop();
});

// Sign-in alone (the community and dashboard routes have their own tests).
const onlyStaff = (context: HubContext) =>
  staffRoutes(failureLimiter(LOGIN_LIMIT), () => context.now().getTime());

async function hubWithStaff(): Promise<TestHub> {
  const hub = await startTestHub(cluster, { routes: onlyStaff });
  hubs.push(hub);
  const added = await addStaff(
    hub.db,
    { login: 'wang', displayName: '王芳', password: PASSWORD },
    'cli',
  );
  expect(added).toEqual({ ok: true });
  return hub;
}

const login = (hub: TestHub, password: string, extra: Record<string, string> = {}, who = 'wang') =>
  post(hub, '/api/staff/login', { login: who, password }, extra);

const me = (hub: TestHub, session: string | null) =>
  send(hub, '/api/staff/me', { headers: session ? { Cookie: `hub_session=${session}` } : {} });

async function auditActions(hub: TestHub): Promise<string[]> {
  const rows = await hub.db.query('SELECT action FROM audit_log ORDER BY id');
  return rows.rows.map((row: { action: string }) => row.action);
}

describe('staff sign-in', () => {
  it('signs in with the right password: an HttpOnly SameSite=Strict cookie, stored only hashed', async () => {
    const hub = await hubWithStaff();
    const stored = await hub.db.query('SELECT password_hash FROM staff');
    expect(String(stored.rows[0].password_hash)).toMatch(/^\$argon2id\$/);

    const reply = await login(hub, PASSWORD);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ login: 'wang', name: '王芳' });
    const cookie = (reply.headers['set-cookie'] ?? [])[0] ?? '';
    expect(cookie).toMatch(/^hub_session=[A-Za-z0-9_-]{40,}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Max-Age=43200');
    const token = sessionOf(reply)!;
    const sessions = await hub.db.query('SELECT token_hash, expires_at FROM staff_sessions');
    expect(sessions.rows).toHaveLength(1);
    expect(sessions.rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(sessions.rows)).not.toContain(token);

    const who = await me(hub, token);
    expect(who.status).toBe(200);
    expect(who.json).toEqual({ login: 'wang', name: '王芳' });
    expect(await auditActions(hub)).toEqual(['staff.added', 'staff.login']);
  });

  it('refuses a wrong password in the caller’s language, sets no cookie, logs the failure', async () => {
    const hub = await hubWithStaff();
    const reply = await login(hub, 'wrong password!', { 'Accept-Language': 'zh-TW,zh;q=0.8' });
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({ error: 'loginFailed', message: '帳號或密碼不正確' });
    expect(sessionOf(reply)).toBeNull();
    const unknown = await login(hub, PASSWORD, { 'Accept-Language': 'en-GB' }, 'nobody');
    expect(unknown.status).toBe(401);
    expect(unknown.json.message).toBe('Wrong account or password');
    const rows = await hub.db.query(
      "SELECT actor, target, detail FROM audit_log WHERE action = 'staff.loginFailed' ORDER BY id",
    );
    expect(rows.rows.map((row: { target: string }) => row.target)).toEqual(['wang', 'nobody']);
    expect(rows.rows[0].detail).toEqual({ ip: '127.0.0.1' });
    expect(await me(hub, null).then((r) => r.status)).toBe(401);
  });

  it('limits guessing per address: after 5 failures even the right password waits 15 minutes', async () => {
    const hub = await hubWithStaff();
    for (let i = 0; i < 5; i += 1) expect((await login(hub, `guess ${i} wrong`)).status).toBe(401);
    const limited = await login(hub, PASSWORD, { 'Accept-Language': 'zh-CN' });
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({
      error: 'loginLimited',
      message: '登录失败次数过多，请 15 分钟后再试',
    });
    expect(sessionOf(limited)).toBeNull();
    // Another account from the same address is limited too (the address is counted).
    await addStaff(hub.db, { login: 'li', displayName: '李明', password: PASSWORD }, 'cli');
    expect((await login(hub, PASSWORD, {}, 'li')).status).toBe(429);
    hub.clock.now = new Date(hub.clock.now.getTime() + 15 * 60_000 + 1000);
    expect((await login(hub, PASSWORD)).status).toBe(200);
  });

  it('limits guessing per account: failures from many addresses lock that account only', async () => {
    const hub = await hubWithStaff();
    await addStaff(hub.db, { login: 'li', displayName: '李明', password: PASSWORD }, 'cli');
    for (let i = 0; i < 5; i += 1) {
      const reply = await send(hub, '/api/staff/login', {
        method: 'POST',
        headers: { Origin: hub.origin, 'Content-Type': 'application/json' },
        body: JSON.stringify({ login: 'wang', password: `guess ${i} wrong` }),
        localAddress: `127.0.0.${i + 2}`,
      });
      expect(reply.status).toBe(401);
    }
    const fresh = { Origin: hub.origin, 'Content-Type': 'application/json' };
    const asWang = await send(hub, '/api/staff/login', {
      method: 'POST',
      headers: fresh,
      body: JSON.stringify({ login: 'wang', password: PASSWORD }),
      localAddress: '127.0.0.20',
    });
    expect(asWang.status).toBe(429);
    const asLi = await send(hub, '/api/staff/login', {
      method: 'POST',
      headers: fresh,
      body: JSON.stringify({ login: 'li', password: PASSWORD }),
      localAddress: '127.0.0.20',
    });
    expect(asLi.status).toBe(200);
  });

  it('refuses POSTs from another origin or none (403): no sign-in, no sign-out', async () => {
    const hub = await hubWithStaff();
    const body = JSON.stringify({ login: 'wang', password: PASSWORD });
    for (const origin of [
      'http://evil.example',
      `http://localhost.evil.example:${hub.port}`,
      'null',
    ]) {
      const hostile = await send(hub, '/api/staff/login', {
        method: 'POST',
        headers: { Origin: origin, 'Content-Type': 'application/json', 'Accept-Language': 'en' },
        body,
      });
      expect(hostile.status).toBe(403);
      expect(hostile.json.error).toBe('foreignOrigin');
      expect(hostile.json.message).toBe(
        "The request did not come from this hub's own pages and was refused",
      );
      expect(sessionOf(hostile)).toBeNull();
    }
    const noOrigin = await send(hub, '/api/staff/login', { method: 'POST', headers: {}, body });
    expect(noOrigin.status).toBe(403);
    expect((await hub.db.query('SELECT count(*)::int AS n FROM staff_sessions')).rows[0].n).toBe(0);

    const token = sessionOf(await login(hub, PASSWORD))!;
    const cookie = `hub_session=${token}`;
    const hostileLogout = await send(hub, '/api/staff/logout', {
      method: 'POST',
      headers: { Origin: 'http://evil.example', Cookie: cookie },
    });
    expect(hostileLogout.status).toBe(403);
    expect((await me(hub, token)).status).toBe(200);
  });

  it('ends a session after 12 hours, and at logout (the cookie cleared, the row gone)', async () => {
    const hub = await hubWithStaff();
    const token = sessionOf(await login(hub, PASSWORD))!;
    hub.clock.now = new Date(hub.clock.now.getTime() + 11.9 * 3_600_000);
    expect((await me(hub, token)).status).toBe(200);
    hub.clock.now = new Date(hub.clock.now.getTime() + 0.2 * 3_600_000);
    const expired = await me(hub, token);
    expect(expired.status).toBe(401);
    expect(expired.json.error).toBe('loginRequired');

    const second = sessionOf(await login(hub, PASSWORD))!;
    const out = await send(hub, '/api/staff/logout', {
      method: 'POST',
      headers: { Origin: hub.origin, Cookie: `hub_session=${second}` },
    });
    expect(out.status).toBe(200);
    expect(out.headers['set-cookie']?.[0]).toMatch(/^hub_session=; .*Max-Age=0/);
    expect((await me(hub, second)).status).toBe(401);
    const rows = await hub.db.query(
      'SELECT count(*)::int AS n FROM staff_sessions WHERE login = $1',
      ['wang'],
    );
    expect(rows.rows[0].n).toBe(0);
    expect(await auditActions(hub)).toEqual([
      'staff.added',
      'staff.login',
      'staff.login',
      'staff.logout',
    ]);
  });

  it('a disabled account loses its sessions and cannot sign in', async () => {
    const hub = await hubWithStaff();
    const token = sessionOf(await login(hub, PASSWORD))!;
    expect(await disableStaff(hub.db, 'wang', 'cli')).toBe(true);
    expect((await me(hub, token)).status).toBe(401);
    expect((await login(hub, PASSWORD)).status).toBe(401);
  });

  it('refuses weak accounts before storing anything', async () => {
    const hub = await hubWithStaff();
    const add = (login: string, password: string, displayName = '张三') =>
      addStaff(hub.db, { login, displayName, password }, 'cli');
    expect(await add('zhang', 'short')).toEqual({ ok: false, code: 'shortPassword' });
    expect(await add('Zhang Wei', PASSWORD)).toEqual({ ok: false, code: 'badLogin' });
    expect(await add('zhang', PASSWORD, '  ')).toEqual({ ok: false, code: 'badName' });
    expect(await add('wang', PASSWORD)).toEqual({ ok: false, code: 'exists' });
    expect((await hub.db.query('SELECT count(*)::int AS n FROM staff')).rows[0].n).toBe(1);
  });
});
