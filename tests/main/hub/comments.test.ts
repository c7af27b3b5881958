import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment, commentsFor, markDelivered } from '../../../main/hub/comments';
import { migrate } from '../../../main/hub/db/migrate';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { ingestBundle } from '../../../main/hub/ingest/ingest';
import { cleanupCommunities, communities, enrolAll, type TestCommunity } from './fixtures';
import { startPostgres, type PgCluster } from './postgres';

// 督办 comments: on an action item the hub has from the community, listed after an id for the
// community's sync, and marked delivered once the community says it has them.

let cluster: PgCluster;
let db: HubDb;
let a: TestCommunity;
let b: TestCommunity;
let itemKey: string;

beforeAll(async () => {
  cluster = await startPostgres();
  [a, b] = (await communities(2)) as [TestCommunity, TestCommunity];
  db = openHubDb(await cluster.createDatabase());
  await migrate(db);
  await enrolAll(db, [a, b]);
  for (const community of [a, b])
    for (const bytes of community.bundles)
      await ingestBundle(db, bytes, { via: 'http', communityId: community.id, actor: 'test' });
  const items = await db.query(
    'SELECT key FROM action_items WHERE community_id = $1 ORDER BY key',
    [a.id],
  );
  itemKey = String(items.rows[0].key);
}, 240_000);
afterAll(async () => {
  await db?.close();
  cluster?.stop();
  cleanupCommunities();
});

describe('督办 comments', () => {
  it('adds a comment to an indexed action item, and only to one', async () => {
    const added = await addComment(db, {
      communityId: a.id,
      itemKey,
      body: '  请在月底前反馈进度。 ',
      author: 'wang',
    });
    if (!added.ok) throw new Error(added.code);
    expect(added.comment).toMatchObject({ itemKey, author: 'wang', body: '请在月底前反馈进度。' });
    const base = { communityId: a.id, author: 'wang' };
    expect(await addComment(db, { ...base, itemKey: 'nope/x', body: '催办' })).toEqual({
      ok: false,
      code: 'unknownItem',
    });
    // Another community's item is not this community's.
    expect(await addComment(db, { ...base, communityId: 'c9', itemKey, body: '催办' })).toEqual({
      ok: false,
      code: 'unknownItem',
    });
    expect(await addComment(db, { ...base, itemKey, body: '   ' })).toEqual({
      ok: false,
      code: 'empty',
    });
    expect(await addComment(db, { ...base, itemKey, body: '字'.repeat(2001) })).toEqual({
      ok: false,
      code: 'tooLong',
    });
    const logged = await db.query(
      `SELECT actor, target FROM audit_log WHERE action = 'comment.added'`,
    );
    expect(logged.rows).toEqual([{ actor: 'staff:wang', target: a.id }]);
  });

  it('lists a community’s comments after an id, and marks them delivered up to one', async () => {
    const bKey = String(
      (await db.query('SELECT key FROM action_items WHERE community_id = $1 LIMIT 1', [b.id]))
        .rows[0].key,
    );
    const ids: number[] = [];
    for (const body of ['第一条', '第二条']) {
      const added = await addComment(db, { communityId: a.id, itemKey, body, author: 'li' });
      if (added.ok) ids.push(added.comment.id);
    }
    await addComment(db, { communityId: b.id, itemKey: bKey, body: '别的社区', author: 'li' });
    const all = await commentsFor(db, a.id, 0);
    expect(all.map((c) => c.body)).toEqual(['请在月底前反馈进度。', '第一条', '第二条']);
    expect(all.every((c) => !Number.isNaN(Date.parse(c.createdAt)))).toBe(true);
    expect((await commentsFor(db, a.id, ids[0]!)).map((c) => c.body)).toEqual(['第二条']);
    expect(await markDelivered(db, a.id, ids[0]!)).toBe(2);
    expect(await markDelivered(db, a.id, ids[0]!)).toBe(0);
    const state = await db.query(
      `SELECT body, delivered_at IS NOT NULL AS delivered FROM supervision_comments ORDER BY id`,
    );
    expect(state.rows).toEqual([
      { body: '请在月底前反馈进度。', delivered: true },
      { body: '第一条', delivered: true },
      { body: '第二条', delivered: false },
      { body: '别的社区', delivered: false },
    ]);
  });
});
