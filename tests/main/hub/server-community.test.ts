import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment } from '../../../main/hub/comments';
import { createCommunity } from '../../../main/hub/enrol';
import { allHubRoutes } from '../../../main/hub/server/routes';
import { addStaff } from '../../../main/hub/staff';
import { cleanupCommunities, communities, tamper, type TestCommunity } from './fixtures';
import { startPostgres, type PgCluster } from './postgres';
import { post, send, sessionOf, startTestHub, type TestHub } from './server-harness';

// The community app's endpoints on the real route table: enrol with a one-time code, send
// bundles with the bearer token it got, see refusals with their reasons in every language,
// fetch 督办 comments and acknowledge them.

let cluster: PgCluster;
let c1: TestCommunity;
let c2: TestCommunity;
const hubs: TestHub[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
  [c1, c2] = (await communities(2)) as [TestCommunity, TestCommunity];
}, 180_000);
afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.close()));
  cluster?.stop();
  cleanupCommunities();
});

async function freshHub(): Promise<TestHub> {
  const hub = await startTestHub(cluster, { routes: allHubRoutes });
  hubs.push(hub);
  return hub;
}

/** Adds the community at the hub and enrols it over HTTP; its bearer token. */
async function enrolled(hub: TestHub, community: TestCommunity): Promise<string> {
  const { code } = await createCommunity(hub.db, { id: community.id, name: community.name }, 'cli');
  const reply = await send(hub, '/api/community/enrol', {
    method: 'POST',
    body: JSON.stringify({ code, certificatePem: community.certificatePem }),
  });
  expect(reply.status).toBe(200);
  expect(reply.json).toMatchObject({ communityId: community.id, communityName: community.name });
  return String(reply.json.token);
}

const sendBundle = (hub: TestHub, token: string | null, bytes: Uint8Array, lang = 'zh-CN') =>
  send(hub, '/api/community/bundles', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/zip',
      'Accept-Language': lang,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: bytes,
  });

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('community endpoints', () => {
  it('enrols with a one-time code; a wrong or used code is refused in words', async () => {
    const hub = await freshHub();
    const { code } = await createCommunity(hub.db, { id: c1.id, name: c1.name }, 'cli');
    const enrol = (body: unknown, lang = 'zh-CN') =>
      send(hub, '/api/community/enrol', {
        method: 'POST',
        headers: { 'Accept-Language': lang },
        body: JSON.stringify(body),
      });
    const wrong = await enrol({ code: 'AAAA-BBBB-CCCC', certificatePem: c1.certificatePem }, 'en');
    expect(wrong.status).toBe(422);
    expect(wrong.json).toEqual({
      error: 'unknownCode',
      message: 'The enrolment code is not right; check it and enter it again',
    });
    expect((await enrol({ code })).status).toBe(400);
    const ok = await enrol({ code: code.toLowerCase(), certificatePem: c1.certificatePem });
    expect(ok.status).toBe(200);
    expect(String(ok.json.token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await enrol({ code, certificatePem: c1.certificatePem });
    expect(again.json.error).toBe('used');
    expect(again.json.message).toContain('只能用一次');
  });

  it('accepts the seed bundles by token, with the chain gap, and refuses replays', async () => {
    const hub = await freshHub();
    const token = await enrolled(hub, c1);
    const first = await sendBundle(hub, token, c1.bundles[0]!);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ accepted: true, sequence: 1, missing: [] });
    const third = await sendBundle(hub, token, c1.bundles[2]!);
    expect(third.json).toMatchObject({ accepted: true, sequence: 3, missing: [2] });
    const replay = await sendBundle(hub, token, c1.bundles[0]!);
    expect(replay.status).toBe(422);
    expect(replay.json).toMatchObject({ accepted: false, code: 'replayed' });
    const stored = await hub.db.query(
      "SELECT via, sequence FROM bundles WHERE community_id = 'c1' ORDER BY sequence",
    );
    expect(stored.rows).toEqual([
      { via: 'http', sequence: 1 },
      { via: 'http', sequence: 3 },
    ]);
  });

  it('refuses a tampered bundle with its code, params and words in zh-CN, zh-TW and en', async () => {
    const hub = await freshHub();
    const token = await enrolled(hub, c1);
    const reply = await sendBundle(hub, token, tamper(c1.bundles[0]!), 'en');
    expect(reply.status).toBe(422);
    expect(reply.json.accepted).toBe(false);
    expect(reply.json.code).toBe('hashMismatch');
    expect(reply.json.params).toMatchObject({ file: 'state.json' });
    const message = reply.json.message as Record<string, string>;
    expect(Object.keys(message).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
    expect(message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(message['zh-TW']).not.toBe(message['zh-CN']);
    expect(message.en).toMatch(/state\.json/);
    expect(typeof reply.json.quarantineId).toBe('number');
    // Another community's bundle, sent with c2's token: foreign, kept in c2's quarantine.
    const token2 = await enrolled(hub, c2);
    const foreign = await sendBundle(hub, token2, c1.bundles[0]!);
    expect(foreign.json).toMatchObject({ accepted: false, code: 'foreignCommunity' });
  });

  it('answers a missing or wrong token with 401 and stores nothing', async () => {
    const hub = await freshHub();
    await enrolled(hub, c1);
    const none = await sendBundle(hub, null, c1.bundles[0]!, 'en');
    expect(none.status).toBe(401);
    expect(none.json.error).toBe('badToken');
    const wrong = await sendBundle(hub, 'x'.repeat(43), c1.bundles[0]!);
    expect(wrong.status).toBe(401);
    const counts = await hub.db.query(
      'SELECT (SELECT count(*) FROM bundles)::int AS b, (SELECT count(*) FROM quarantine)::int AS q',
    );
    expect(counts.rows[0]).toEqual({ b: 0, q: 0 });
  });

  it('refuses an oversized bundle from its headers: 401 without a token, 413 with one', async () => {
    const hub = await freshHub();
    const token = await enrolled(hub, c1);
    const early = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest({
          host: '127.0.0.1',
          port: hub.port,
          path: '/api/community/bundles',
          method: 'POST',
          headers: { 'Content-Length': String(200 * 1024 * 1024), ...headers },
        });
        request.on('response', (r) => (r.resume(), resolve(r.statusCode ?? 0)));
        request.on('error', reject);
        request.write(Buffer.alloc(4096));
      });
    expect(await early({})).toBe(401);
    expect(await early(bearer(token))).toBe(413);
    expect((await sendBundle(hub, token, c1.bundles[0]!)).status).toBe(200);
  });

  it('syncs 督办 comments after an id, the refusals and the gaps; ack marks them delivered', async () => {
    const hub = await freshHub();
    const token = await enrolled(hub, c1);
    for (const index of [0, 2]) await sendBundle(hub, token, c1.bundles[index]!);
    await sendBundle(hub, token, tamper(c1.bundles[1]!));
    const item = await hub.db.query(
      "SELECT key FROM action_items WHERE community_id = 'c1' LIMIT 1",
    );
    const itemKey = String(item.rows[0].key);
    const added = await addComment(hub.db, {
      communityId: 'c1',
      itemKey,
      body: '请于月底前报告进展',
      author: 'wang',
    });
    if (!added.ok) throw new Error(added.code);

    const sync = await send(hub, '/api/community/sync?after=0', { headers: bearer(token) });
    expect(sync.status).toBe(200);
    expect(sync.json.comments).toEqual([
      {
        id: added.comment.id,
        itemKey,
        author: 'wang',
        body: '请于月底前报告进展',
        createdAt: added.comment.createdAt,
      },
    ]);
    expect(sync.json.missing).toEqual([2]);
    const refused = sync.json.refused as Array<Record<string, unknown>>;
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ code: 'hashMismatch' });
    expect(Object.keys(refused[0]!.message as object).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);

    const ack = await send(hub, '/api/community/sync/ack', {
      method: 'POST',
      headers: bearer(token),
      body: JSON.stringify({ upTo: added.comment.id }),
    });
    expect(ack.status).toBe(200);
    const delivered = await hub.db.query('SELECT delivered_at FROM supervision_comments');
    expect(delivered.rows[0].delivered_at).toBeInstanceOf(Date);
    const after = await send(hub, `/api/community/sync?after=${added.comment.id}`, {
      headers: bearer(token),
    });
    expect(after.json.comments).toEqual([]);
    const bad = await send(hub, '/api/community/sync?after=-1', { headers: bearer(token) });
    expect(bad.status).toBe(400);
  });

  it('keeps staff and community credentials apart', async () => {
    const hub = await freshHub();
    const token = await enrolled(hub, c1);
    await addStaff(
      hub.db,
      { login: 'wang', displayName: '王芳', password: 'a long password' },
      'cli',
    );
    const session = sessionOf(
      await post(hub, '/api/staff/login', { login: 'wang', password: 'a long password' }),
    );
    expect(session).not.toBeNull();
    const staffWithToken = await send(hub, '/api/staff/me', { headers: bearer(token) });
    expect(staffWithToken.status).toBe(401);
    const syncWithCookie = await send(hub, '/api/community/sync', {
      headers: { Cookie: `hub_session=${session}` },
    });
    expect(syncWithCookie.status).toBe(401);
  });
});
