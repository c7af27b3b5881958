import { strFromU8 } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from '../../../main/hub/db/pool';
import type { AddCommunityReply, MeetingsReply, OverviewReply } from '../../../shared/hub/api';
import { unzip } from '../bundle/fixture';
import { call, freshDb, getJson, seedCommunities } from './dashboard-harness';
import { cleanupCommunities, communities, type TestCommunity } from './fixtures';
import { startPostgres, type PgCluster } from './postgres';

// The dashboard over the three seed meetings of three communities, sent through ingestBundle:
// figures checked against what the bundles themselves say (their state and follow-up rows).

let cluster: PgCluster;
let hub: HubDb;
let seeds: TestCommunity[];

type SeedMeeting = Readonly<{ title: string; date: string; passed: number; actions: number }>;

/** What a bundle says of its meeting, read from its files (not from the hub's tables). */
function meetingOf(bytes: Uint8Array): SeedMeeting {
  const files = unzip(bytes);
  const state = JSON.parse(strFromU8(files['state.json']!)) as {
    meeting: { title: string; date: string };
    votes: Record<string, { outcome: { result: string } | null }>;
  };
  const followup = JSON.parse(strFromU8(files['followup.json']!)) as { items: unknown[] };
  return {
    title: state.meeting.title,
    date: state.meeting.date,
    passed: Object.values(state.votes).filter((vote) => vote.outcome?.result === 'passed').length,
    actions: followup.items.length,
  };
}

beforeAll(async () => {
  cluster = await startPostgres();
  seeds = await communities(3);
  hub = await freshDb(cluster);
  await seedCommunities(hub, seeds);
}, 240_000);
afterAll(async () => {
  await hub?.close();
  cluster?.stop();
  cleanupCommunities();
});

describe('dashboard over the seed communities', () => {
  it('counts each community’s meetings per month and passed resolutions as its bundles say', async () => {
    const meetings = seeds[0]!.bundles.map(meetingOf);
    const { json } = await getJson<OverviewReply>(hub, '/api/dash/overview', {
      query: { from: '2026-01', to: '2026-12' },
    });
    expect(json.communities.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    const perMonth = json.months.map(
      (month) => meetings.filter((m) => m.date.startsWith(month)).length,
    );
    for (const row of json.communities) {
      expect(row.enrolled).toBe(true);
      expect(row.meetingsPerMonth).toEqual(perMonth);
      expect(row.meetings).toBe(3);
      expect(row.decisions).toBe(meetings.reduce((sum, m) => sum + m.passed, 0));
      expect(row.gaps).toEqual([]);
      expect(row.lastSequence).toBe(3);
    }
  });

  it('search 充电 finds the meeting that speaks of it, in every community, and no other', async () => {
    const withIt = seeds[0]!.bundles.map(meetingOf).filter((m) => m.title.includes('停车'));
    const { json } = await getJson<MeetingsReply>(hub, '/api/dash/meetings', {
      query: { q: '充电' },
    });
    expect(json.total).toBe(3);
    expect(new Set(json.meetings.map((m) => m.title))).toEqual(new Set(withIt.map((m) => m.title)));
    expect(json.meetings.map((m) => m.communityId).sort()).toEqual(['c1', 'c2', 'c3']);

    const one = await getJson<MeetingsReply>(hub, '/api/dash/meetings', {
      query: { q: '充电', community: 'c2' },
    });
    expect(one.json.meetings.map((m) => `${m.communityId} ${m.meetingId}`)).toEqual([
      'c2 parking-drying',
    ]);
    const all = await getJson<MeetingsReply>(hub, '/api/dash/meetings');
    expect(all.json.total).toBe(9);
    const may = await getJson<MeetingsReply>(hub, '/api/dash/meetings', {
      query: { month: '2026-05' },
    });
    expect(may.json.meetings.every((m) => m.heldOn?.startsWith('2026-05'))).toBe(true);
    expect(may.json.total).toBe(3);
  });

  it('treats injection-like searches as words: no error, no extra rows, tables intact', async () => {
    const hostile = [
      "充电' OR '1'='1",
      "充电'); DROP TABLE meetings; --",
      '充电 | 防水',
      '!充电',
      "\\'",
      ':*',
      '&&&',
      '充电:* & !x',
      '(充电',
    ];
    for (const q of hostile) {
      const reply = await getJson<MeetingsReply>(hub, '/api/dash/meetings', { query: { q } });
      expect(reply.status, q).toBe(200);
      // Every word of the query must be present: 充电 with another word finds at most 充电's.
      expect(reply.json.total, q).toBeLessThanOrEqual(3);
    }
    const union = await getJson<MeetingsReply>(hub, '/api/dash/meetings', {
      query: { q: '充电 | 防水' },
    });
    expect(union.json.total).toBe(0);
    const punctuation = await getJson<MeetingsReply>(hub, '/api/dash/meetings', {
      query: { q: '&&&' },
    });
    expect(punctuation.json.total).toBe(0);
    const count = await hub.query('SELECT count(*)::int AS n FROM meetings');
    expect(count.rows[0].n).toBe(9);
  });

  it('exports the 台账: one row per action item with the filters applied', async () => {
    const reply = await call(hub, 'GET', '/api/dash/ledger.xlsx', {
      query: { community: 'c2', month: '2026-05' },
    });
    if (!('bytes' in reply)) throw new Error('no file');
    expect(reply.contentType).toContain('spreadsheetml');
    expect(reply.fileName).toMatch(/^台账-c2-2026-05-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readSheet(Buffer.from(reply.bytes));
    expect(rows[0]).toEqual([
      '社区',
      '会议',
      '日期',
      '议题/事项',
      '决议',
      '表决结果',
      '责任人',
      '期限',
      '状态',
      '是否逾期',
      '满意率',
      '督办意见',
    ]);
    const may = seeds[1]!.bundles.map(meetingOf).find((m) => m.date.startsWith('2026-05'))!;
    expect(rows).toHaveLength(1 + may.actions);
    for (const row of rows.slice(1)) {
      expect(row[0]).toBe(seeds[1]!.name);
      expect(row[1]).toBe(may.title);
      expect(row[2]).toBe(may.date);
    }
    const parking = rows.find((row) => row[3] === '施划夜间临时车位并张贴告示')!;
    expect(parking[5]).toMatch(/^通过（赞成\d+，反对\d+，弃权\d+）$/);
    expect(parking.slice(6, 10)).toEqual(['金永刚（物业）', '2026-05-31', '未开始', '是']);

    const spring = await call(hub, 'GET', '/api/dash/ledger.xlsx', {
      query: { community: 'c1', from: '2026-04', to: '2026-05' },
    });
    if (!('bytes' in spring)) throw new Error('no file');
    const inRange = seeds[0]!.bundles
      .map(meetingOf)
      .filter((m) => m.date >= '2026-04' && m.date < '2026-06')
      .reduce((n, m) => n + m.actions, 0);
    expect(inRange).toBeGreaterThan(0);
    expect(await readSheet(Buffer.from(spring.bytes))).toHaveLength(1 + inRange);

    const all = await call(hub, 'GET', '/api/dash/ledger.xlsx');
    if (!('bytes' in all)) throw new Error('no file');
    const everything = await readSheet(Buffer.from(all.bytes));
    const items = seeds.flatMap((s) => s.bundles.map(meetingOf)).reduce((n, m) => n + m.actions, 0);
    expect(everything).toHaveLength(1 + items);
  });

  it('adds a community with a one-time code shown once, and refuses an id already taken', async () => {
    const added = await call(hub, 'POST', '/api/dash/communities', {
      body: { id: 'xinhua', name: '  新华社区居委会 ' },
      login: 'li',
    });
    expect(added.status).toBe(200);
    const reply = (added as { json: AddCommunityReply }).json;
    expect(reply).toMatchObject({ id: 'xinhua', name: '新华社区居委会' });
    expect(reply.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const stored = await hub.query(
      "SELECT code_hash FROM enrolment_codes WHERE community_id = 'xinhua'",
    );
    expect(JSON.stringify(stored.rows)).not.toContain(reply.code);
    const logged = await hub.query("SELECT actor FROM audit_log WHERE target = 'xinhua'");
    expect(logged.rows.map((r) => r.actor)).toContain('staff:li');

    const again = await call(hub, 'POST', '/api/dash/communities', {
      body: { id: 'c1', name: '改名' },
    });
    expect(again).toMatchObject({ status: 409, json: { error: 'communityExists' } });
    const name = await hub.query("SELECT name FROM communities WHERE id = 'c1'");
    expect(name.rows[0].name).toBe(seeds[0]!.name);
    for (const body of [{ id: 'X Y', name: 'a' }, { id: 'ok-id', name: '   ' }, { id: 'ok-id' }]) {
      const bad = await call(hub, 'POST', '/api/dash/communities', { body });
      expect(bad.status).toBe(400);
    }
    const none = await hub.query("SELECT 1 FROM communities WHERE id = 'ok-id'");
    expect(none.rowCount).toBe(0);
  });
});
