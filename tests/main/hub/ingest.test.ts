import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8 } from 'fflate';
import { readBundle } from '../../../main/bundle';
import { migrate } from '../../../main/hub/db/migrate';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { ingestBundle, type IngestSource } from '../../../main/hub/ingest/ingest';
import {
  cleanupCommunities,
  communities,
  enrolAll,
  resign,
  sha256,
  type TestCommunity,
} from './fixtures';
import { startPostgres, type PgCluster } from './postgres';

// The three seed meetings from three communities, sent to a real PostgreSQL: stored unchanged
// under their content address and indexed (meetings, votes, action items) from their state.

let cluster: PgCluster;
let list: TestCommunity[];
const dbs: HubDb[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
  list = await communities(3);
}, 240_000);
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.close()));
  cluster?.stop();
  cleanupCommunities();
});

async function hub(): Promise<HubDb> {
  const db = openHubDb(await cluster.createDatabase());
  dbs.push(db);
  await migrate(db);
  await enrolAll(db, list);
  return db;
}

const from = (community: TestCommunity): IngestSource => ({
  via: 'http',
  communityId: community.id,
  actor: `community:${community.id}`,
});

const count = async (db: HubDb, sql: string, values: unknown[] = []) =>
  Number((await db.query(sql, values)).rows[0].n);

describe('ingestBundle: the seed meetings of three communities', () => {
  it('accepts every bundle, stores its bytes unchanged and indexes it', async () => {
    const db = await hub();
    for (const community of list)
      for (const [i, bytes] of community.bundles.entries()) {
        const result = await ingestBundle(db, bytes, from(community));
        expect(result).toEqual({
          ok: true,
          sha256: sha256(bytes),
          communityId: community.id,
          meetingId: community.meetings[i],
          sequence: i + 1,
          missing: [],
        });
      }
    const stored = await db.query(
      'SELECT sha256, bytes, community_id, sequence, previous, via, size FROM bundles ORDER BY community_id, sequence',
    );
    expect(stored.rowCount).toBe(9);
    for (const row of stored.rows) {
      const community = list.find((c) => c.id === row.community_id)!;
      const bytes = community.bundles[row.sequence - 1]!;
      expect(Buffer.compare(row.bytes, Buffer.from(bytes))).toBe(0);
      expect(row.sha256).toBe(sha256(row.bytes));
      expect(row.previous).toBe(community.manifests[row.sequence - 1]!.previous);
      expect([row.via, row.size]).toEqual(['http', bytes.length]);
    }
    expect(await count(db, 'SELECT count(*) AS n FROM meetings')).toBe(9);
    expect(await count(db, 'SELECT count(*) AS n FROM quarantine')).toBe(0);
    expect(
      await count(db, `SELECT count(*) AS n FROM audit_log WHERE action = 'bundle.accepted'`),
    ).toBe(9);
  }, 120_000);

  it('indexes a meeting’s details, votes and action items as its state has them', async () => {
    const db = await hub();
    const community = list[1]!;
    for (const bytes of community.bundles) await ingestBundle(db, bytes, from(community));
    const read = await readBundle(community.bundles[1]!);
    if (!read.ok) throw new Error(read.refusal.code);
    const state = read.bundle.state;
    const meeting = await db.query(
      `SELECT title, to_char(held_on, 'YYYY-MM-DD') AS held_on, time_zone, body_kind, status,
         members, present, sequence FROM meetings WHERE community_id = $1 AND meeting_id = $2`,
      [community.id, 'parking-drying'],
    );
    expect(meeting.rows[0]).toEqual({
      title: '和平里社区居民议事会：停车秩序与公共晾晒空间协商',
      held_on: '2026-05-14',
      time_zone: 'Asia/Shanghai',
      body_kind: 'residentsCouncil',
      status: 'closed',
      members: 27,
      present: 23,
      sequence: 2,
    });
    const votes = await db.query(
      `SELECT vote_id, question, yes, no, abstain, outcome, resolution FROM votes
       WHERE community_id = $1 AND meeting_id = $2 ORDER BY vote_id`,
      [community.id, 'parking-drying'],
    );
    const expected = state.voteOrder.map((id) => {
      const vote = state.votes[id]!;
      const counts = vote.outcome!.counts;
      return {
        vote_id: id,
        question: vote.question,
        yes: counts.yes?.heads ?? null,
        no: counts.no?.heads ?? null,
        abstain: counts.abstain?.heads ?? null,
        outcome: vote.outcome!.result,
        resolution: vote.resolution,
      };
    });
    expect(votes.rows).toEqual(expected.sort((a, b) => a.vote_id.localeCompare(b.vote_id)));
    expect(votes.rows.some((v) => v.outcome === 'passed' && v.yes > 0)).toBe(true);
    const actions = await db.query(
      `SELECT key, title, owner, to_char(deadline, 'YYYY-MM-DD') AS deadline, status, time_zone
       FROM action_items WHERE community_id = $1 AND meeting_id = $2 ORDER BY key`,
      [community.id, 'parking-drying'],
    );
    const items = read.bundle.followup.items as unknown as Array<Record<string, string>>;
    expect(actions.rows).toEqual(
      items
        .map((item) => ({
          key: item.key,
          title: item.title,
          owner: item.owner,
          deadline: item.deadline || null,
          status: item.status,
          time_zone: 'Asia/Shanghai',
        }))
        .sort((a, b) => a.key!.localeCompare(b.key!)),
    );
    expect(actions.rowCount).toBe(3);
  }, 120_000);

  it('finds a meeting by a Chinese word of its title, and indexes action items for search', async () => {
    const db = await hub();
    const community = list[0]!;
    for (const bytes of community.bundles) await ingestBundle(db, bytes, from(community));
    const hits = await db.query(
      `SELECT meeting_id FROM meetings WHERE search @@ to_tsquery('simple', $1) ORDER BY 1`,
      ['晾晒'],
    );
    expect(hits.rows.map((r) => r.meeting_id)).toEqual(['parking-drying']);
    const none = await db.query(
      `SELECT count(*)::int AS n FROM meetings WHERE search @@ to_tsquery('simple', '不存在的词')`,
    );
    expect(none.rows[0].n).toBe(0);
    const unsearchable = await db.query(
      `SELECT count(*)::int AS n FROM action_items WHERE search IS NULL OR length(search) = 0`,
    );
    expect(unsearchable.rows[0].n).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM action_items')).toBe(7);
  }, 120_000);

  it('indexes evaluations and the latest satisfaction; odd registry values become empty, not errors', async () => {
    const db = await hub();
    const community = list[0]!;
    for (const bytes of community.bundles) await ingestBundle(db, bytes, from(community));
    const evaluation = (
      meetingId: string,
      meetingDate: string,
      counts: number[],
      permille: number,
    ) => ({
      meetingId,
      voteId: 'v-eval',
      meetingTitle: '评议会',
      meetingDate,
      counts: { satisfied: counts[0], basicallySatisfied: counts[1], dissatisfied: counts[2] },
      satisfactionPermille: permille,
      at: Date.parse(`${meetingDate}T10:00:00Z`),
    });
    const later = await resign(community.bundles[0]!, community.identity, (m, files) => {
      m.sequence = 4;
      m.previous = community.manifestSha256[2]!;
      const rows = JSON.parse(strFromU8(files['followup.json']!));
      const [first, second] = rows.items;
      first.evaluations = [
        evaluation('m-june', '2026-06-20', [10, 5, 5], 750),
        evaluation('m-may', '2026-05-20', [2, 2, 6], 400),
      ];
      second.deadline = '2026-02-31';
      second.title = `带\u0000空字符`;
      rows.items.push({ ...second, key: 'parking-drying/a1' });
      files['followup.json'] = strToU8(JSON.stringify(rows));
    });
    expect((await ingestBundle(db, later, from(community))).ok).toBe(true);
    const evaluations = await db.query(
      `SELECT vote_meeting_id, satisfied, basic, unsatisfied, permille,
         to_char(meeting_date, 'YYYY-MM-DD') AS meeting_date
       FROM evaluations WHERE community_id = $1 ORDER BY meeting_date`,
      [community.id],
    );
    expect(evaluations.rows).toEqual([
      {
        vote_meeting_id: 'm-may',
        satisfied: 2,
        basic: 2,
        unsatisfied: 6,
        permille: 400,
        meeting_date: '2026-05-20',
      },
      {
        vote_meeting_id: 'm-june',
        satisfied: 10,
        basic: 5,
        unsatisfied: 5,
        permille: 750,
        meeting_date: '2026-06-20',
      },
    ]);
    const items = await db.query(
      `SELECT key, title, deadline, satisfaction_permille FROM action_items
       WHERE community_id = $1 AND meeting_id = 'courtyard-repairs' ORDER BY key`,
      [community.id],
    );
    expect(items.rows.map((r) => r.satisfaction_permille)).toEqual([750, null]);
    expect(items.rows[1]).toMatchObject({ title: '带空字符', deadline: null });
    const stray = await db.query(
      `SELECT count(*)::int AS n FROM action_items WHERE key = 'parking-drying/a1' AND meeting_id = 'courtyard-repairs'`,
    );
    expect(stray.rows[0].n).toBe(0);
  }, 120_000);
});
