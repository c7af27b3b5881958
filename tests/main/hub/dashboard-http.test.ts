import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allHubRoutes } from '../../../main/hub/server/routes';
import { addStaff } from '../../../main/hub/staff';
import { handCommunity, handItem, handMeeting } from './dashboard-harness';
import { startPostgres, type PgCluster } from './postgres';
import { post, send, sessionOf, startTestHub, type TestHub } from './server-harness';

// The dashboard's routes as the hub serves them: only a signed-in staff member reads them, its
// writes only from the hub's own page, and the 台账 comes as an XLSX attachment.

const PASSWORD = 'jiedao-2026-office';
let cluster: PgCluster;
let hub: TestHub;
let cookie = '';

beforeAll(async () => {
  cluster = await startPostgres();
  hub = await startTestHub(cluster, { routes: allHubRoutes });
  await addStaff(hub.db, { login: 'wang', displayName: '王芳', password: PASSWORD }, 'cli');
  await handCommunity(hub.db, 'east', '东城社区');
  await handMeeting(hub.db, {
    communityId: 'east',
    meetingId: 'm1',
    heldOn: '2026-05-10',
    zone: 'Asia/Shanghai',
  });
  await handItem(hub.db, {
    communityId: 'east',
    meetingId: 'm1',
    actionId: 'a1',
    deadline: '2026-05-20',
    status: 'planned',
    zone: null,
  });
  const login = await post(hub, '/api/staff/login', { login: 'wang', password: PASSWORD });
  cookie = `hub_session=${sessionOf(login)}`;
}, 60_000);
afterAll(async () => {
  await hub?.close();
  cluster?.stop();
});

const GETS = [
  '/api/dash/overview',
  '/api/dash/meetings',
  '/api/dash/overdue',
  '/api/dash/quarantine',
  '/api/dash/ledger.xlsx',
];

describe('dashboard over HTTP', () => {
  it('answers no dashboard route without a staff session', async () => {
    for (const path of GETS) expect((await send(hub, path)).status, path).toBe(401);
    const comment = await post(hub, '/api/dash/comments', {
      communityId: 'east',
      itemKey: 'm1/a1',
      body: '催办',
    });
    expect(comment.status).toBe(401);
  });

  it('serves them to a signed-in staff member; the ledger as an XLSX attachment', async () => {
    for (const path of GETS)
      expect((await send(hub, path, { headers: { Cookie: cookie } })).status, path).toBe(200);
    const ledger = await send(hub, '/api/dash/ledger.xlsx?community=east', {
      headers: { Cookie: cookie },
    });
    expect(ledger.headers['content-type']).toContain('spreadsheetml');
    expect(ledger.headers['content-disposition']).toContain('attachment');
    expect(ledger.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('takes a 督办 comment only from the hub’s own page', async () => {
    const body = { communityId: 'east', itemKey: 'm1/a1', body: '请说明进度' };
    const foreign = await post(hub, '/api/dash/comments', body, {
      Cookie: cookie,
      Origin: 'http://evil.example',
    });
    expect(foreign.status).toBe(403);
    const none = await send(hub, '/api/dash/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(body),
    });
    expect(none.status).toBe(403);
    const stored = await hub.db.query('SELECT count(*)::int AS n FROM supervision_comments');
    expect(stored.rows[0].n).toBe(0);
    const own = await post(hub, '/api/dash/comments', body, { Cookie: cookie });
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ comment: { author: 'wang', body: '请说明进度' } });
  });
});
