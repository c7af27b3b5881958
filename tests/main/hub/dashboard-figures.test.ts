import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from '../../../main/hub/db/pool';
import type { MeetingsReply, OverdueReply, OverviewReply } from '../../../shared/hub/api';
import { calendarDay } from '../../../shared/time';
import {
  call,
  freshDb,
  getJson,
  handBundle,
  handCommunity,
  handItem,
  handMeeting,
} from './dashboard-harness';
import { startPostgres, type PgCluster } from './postgres';

// The overview's figures against hand-made rows whose answers are known: overdue judged on each
// item's own calendar near midnight, the satisfaction rate over all answers, chain gaps, refusals.

let cluster: PgCluster;
const open: HubDb[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await Promise.all(open.map((db) => db.close()));
  cluster?.stop();
});

async function db(): Promise<HubDb> {
  const made = await freshDb(cluster);
  open.push(made);
  return made;
}

// 2026-06-01 17:30 UTC: already 01:30 on 2 June in Shanghai (UTC+8), still 23:30 on 1 June in
// Urumqi (UTC+6). A deadline of 1 June is past in Shanghai and not yet in Urumqi.
const NEAR_MIDNIGHT = new Date('2026-06-01T17:30:00Z');

async function twoZones(hub: HubDb): Promise<void> {
  await handCommunity(hub, 'east', '东城社区');
  await handCommunity(hub, 'west', '西域社区');
  await handMeeting(hub, {
    communityId: 'east',
    meetingId: 'm1',
    heldOn: '2026-05-10',
    zone: 'Asia/Shanghai',
  });
  await handMeeting(hub, {
    communityId: 'west',
    meetingId: 'm1',
    heldOn: '2026-05-10',
    zone: 'Asia/Urumqi',
  });
  for (const communityId of ['east', 'west']) {
    const zone = communityId === 'east' ? 'Asia/Shanghai' : 'Asia/Urumqi';
    await handItem(hub, {
      communityId,
      meetingId: 'm1',
      actionId: 'due',
      deadline: '2026-06-01',
      status: 'inProgress',
      zone,
    });
    await handItem(hub, {
      communityId,
      meetingId: 'm1',
      actionId: 'done',
      deadline: '2026-05-01',
      status: 'done',
      zone,
    });
    await handItem(hub, {
      communityId,
      meetingId: 'm1',
      actionId: 'dropped',
      deadline: '2026-05-01',
      status: 'dropped',
      zone,
    });
    await handItem(hub, {
      communityId,
      meetingId: 'm1',
      actionId: 'open',
      deadline: null,
      status: 'planned',
      zone,
    });
    // No zone of its own: judged on its meeting's calendar.
    await handItem(hub, {
      communityId,
      meetingId: 'm1',
      actionId: 'inherits',
      deadline: '2026-06-01',
      status: 'planned',
      zone: null,
    });
  }
}

describe('dashboard figures', () => {
  it('counts an item overdue only once its deadline has passed on its own zone’s calendar', async () => {
    const hub = await db();
    await twoZones(hub);
    // The oracle: shared/time's calendar day in each zone, not PostgreSQL's.
    expect(calendarDay(NEAR_MIDNIGHT.getTime(), 'Asia/Shanghai')).toBe('2026-06-02');
    expect(calendarDay(NEAR_MIDNIGHT.getTime(), 'Asia/Urumqi')).toBe('2026-06-01');
    const query = { from: '2026-05', to: '2026-06' };
    const { json } = await getJson<OverviewReply>(hub, '/api/dash/overview', {
      query,
      now: NEAR_MIDNIGHT,
    });
    const overdue = Object.fromEntries(json.communities.map((c) => [c.id, c.overdue]));
    expect(overdue).toEqual({ east: 2, west: 0 });

    const list = await getJson<OverdueReply>(hub, '/api/dash/overdue', { now: NEAR_MIDNIGHT });
    expect(list.json.items.map((i) => `${i.communityId} ${i.key} ${i.daysOverdue}`)).toEqual([
      'east m1/due 1',
      'east m1/inherits 1',
    ]);

    // Two hours later it is 2 June (01:30) in Urumqi too.
    const later = new Date('2026-06-01T19:30:00Z');
    const after = await getJson<OverviewReply>(hub, '/api/dash/overview', { query, now: later });
    expect(after.json.communities.map((c) => c.overdue)).toEqual([2, 2]);
  });

  it('overdue stays exact at the ends of the offset range (UTC+14, UTC−11) around the clock', async () => {
    const hub = await db();
    const zones = { kiri: 'Pacific/Kiritimati', pago: 'Pacific/Pago_Pago', bj: 'Asia/Shanghai' };
    const deadlines = ['2026-05-30', '2026-05-31', '2026-06-01', '2026-06-02', '2026-06-03'];
    for (const [id, zone] of Object.entries(zones)) {
      await handCommunity(hub, id);
      await handMeeting(hub, { communityId: id, meetingId: 'm1', heldOn: '2026-05-10', zone });
      for (const [n, deadline] of deadlines.entries())
        await handItem(hub, {
          communityId: id,
          meetingId: 'm1',
          actionId: `a${n}`,
          deadline,
          status: 'planned',
          zone: n % 2 ? zone : null,
        });
    }
    for (let hour = 0; hour < 48; hour += 3) {
      const now = new Date(Date.UTC(2026, 5, 1, hour, 30));
      const { json } = await getJson<OverviewReply>(hub, '/api/dash/overview', {
        query: { from: '2026-05', to: '2026-06' },
        now,
      });
      const expected = Object.fromEntries(
        Object.entries(zones).map(([id, zone]) => {
          const today = calendarDay(now.getTime(), zone);
          return [id, deadlines.filter((deadline) => deadline < today).length];
        }),
      );
      const got = Object.fromEntries(json.communities.map((c) => [c.id, c.overdue]));
      expect({ now: now.toISOString(), ...got }).toEqual({ now: now.toISOString(), ...expected });
    }
  });

  it('the overdue list can be narrowed to one community', async () => {
    const hub = await db();
    await twoZones(hub);
    const later = new Date('2026-06-03T00:00:00Z');
    const west = await getJson<OverdueReply>(hub, '/api/dash/overdue', {
      query: { community: 'west' },
      now: later,
    });
    expect(west.json.items.map((i) => i.key)).toEqual(['m1/due', 'm1/inherits']);
    expect(west.json.items.every((i) => i.communityName === '西域社区')).toBe(true);
  });

  it('meetings per month and decisions fall in the months of the meeting’s own calendar', async () => {
    const hub = await db();
    await handCommunity(hub, 'east');
    const meetings = [
      ['a', '2026-01-31'],
      ['b', '2026-02-01'],
      ['c', '2026-02-28'],
      ['d', '2026-04-15'],
      ['e', '2025-12-31'],
    ] as const;
    let sequence = 0;
    for (const [meetingId, heldOn] of meetings) {
      sequence += 1;
      await handMeeting(hub, {
        communityId: 'east',
        meetingId,
        heldOn,
        zone: 'Asia/Shanghai',
        sequence,
      });
    }
    const vote = (meetingId: string, voteId: string, outcome: string) =>
      hub.query(
        `INSERT INTO votes (community_id, meeting_id, vote_id, outcome, resolution) VALUES ('east', $1, $2, $3, '')`,
        [meetingId, voteId, outcome],
      );
    await vote('b', 'v1', 'passed');
    await vote('b', 'v2', 'failed');
    await vote('c', 'v1', 'passed');
    await vote('e', 'v1', 'passed'); // before the range
    await vote('d', 'v1', 'evaluated');
    const { json } = await getJson<OverviewReply>(hub, '/api/dash/overview', {
      query: { from: '2026-01', to: '2026-04' },
    });
    expect(json.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(json.communities[0]).toMatchObject({
      meetingsPerMonth: [1, 2, 0, 1],
      meetings: 4,
      decisions: 2,
    });
  });

  it('the satisfaction rate is (满意 + 基本满意) over all answers of the range, per mille', async () => {
    const hub = await db();
    await handCommunity(hub, 'east');
    await handMeeting(hub, {
      communityId: 'east',
      meetingId: 'm1',
      heldOn: '2026-03-01',
      zone: 'Asia/Shanghai',
    });
    for (const id of ['a1', 'a2', 'a3']) {
      await handItem(hub, {
        communityId: 'east',
        meetingId: 'm1',
        actionId: id,
        deadline: null,
        status: 'done',
        zone: null,
      });
    }
    const answers = (item: string, s: number, b: number, u: number, date: string) =>
      hub.query(
        `INSERT INTO evaluations (community_id, item_key, vote_meeting_id, vote_id, satisfied, basic, unsatisfied, meeting_date)
         VALUES ('east', $1, 'later', $1, $2, $3, $4, $5)`,
        [item, s, b, u, date],
      );
    await answers('m1/a1', 8, 3, 1, '2026-05-20');
    await answers('m1/a2', 1, 0, 1, '2026-06-02');
    await answers('m1/a3', 0, 0, 50, '2026-07-01'); // outside the range
    const { json } = await getJson<OverviewReply>(hub, '/api/dash/overview', {
      query: { from: '2026-05', to: '2026-06' },
    });
    // (8 + 3 + 1 + 0) / 14 = 0.857142… → 857 (rounded half up, as shared/followup's rate).
    expect(json.communities[0]).toMatchObject({ satisfactionPermille: 857, answers: 14 });
    const none = await getJson<OverviewReply>(hub, '/api/dash/overview', {
      query: { from: '2026-01', to: '2026-02' },
    });
    expect(none.json.communities[0]).toMatchObject({ satisfactionPermille: null, answers: 0 });
  });

  it('shows the gaps of each chain and the refused bundles, known and unknown senders', async () => {
    const hub = await db();
    await handCommunity(hub, 'east');
    await handCommunity(hub, 'west');
    for (const sequence of [1, 2, 5, 7]) await handBundle(hub, 'east', sequence);
    for (const sequence of [1, 2, 3]) await handBundle(hub, 'west', sequence);
    const refuse = (communityId: string | null, code: string) =>
      hub.query(
        `INSERT INTO quarantine (community_id, via, sha256, size, code) VALUES ($1, 'http', 'x', 1, $2)`,
        [communityId, code],
      );
    await refuse('east', 'replayed');
    await refuse('east', 'hashMismatch');
    await refuse(null, 'notEnrolled');
    const { json } = await getJson<OverviewReply>(hub, '/api/dash/overview', {
      query: { from: '2026-01', to: '2026-01' },
    });
    const byId = Object.fromEntries(json.communities.map((c) => [c.id, c]));
    expect(byId.east).toMatchObject({
      gaps: [
        { from: 3, to: 4 },
        { from: 6, to: 6 },
      ],
      lastSequence: 7,
      refused: 2,
    });
    expect(byId.west).toMatchObject({ gaps: [], lastSequence: 3, refused: 0 });
    expect(json.refusedUnknown).toBe(1);
    const one = await getJson<OverviewReply>(hub, '/api/dash/overview', {
      query: { community: 'west', from: '2026-01', to: '2026-01' },
    });
    expect(one.json.communities.map((c) => c.id)).toEqual(['west']);
    expect(one.json.refusedUnknown).toBe(0);
  });

  it('refuses malformed filters by name and runs no query with them', async () => {
    const hub = await db();
    await handCommunity(hub, 'east');
    for (const [query, field] of [
      [{ community: "east' OR '1'='1" }, 'community'],
      [{ from: "2026-01'; DROP TABLE meetings; --", to: '2026-02' }, 'from'],
      [{ from: '2026-05', to: '2026-01' }, 'to'],
      [{ from: '2000-01', to: '2026-01' }, 'to'],
      [{ sort: 'x' }, undefined],
    ] as const) {
      const reply = await getJson<{ error: string; field?: string }>(hub, '/api/dash/overview', {
        query,
      });
      expect(reply.status).toBe(400);
      expect(reply.json.error).toBe('badRequest');
      if (field) expect(reply.json.field).toBe(field);
    }
    const still = await hub.query('SELECT count(*)::int AS n FROM communities');
    expect(still.rows[0].n).toBe(1);
  });

  it('a 督办 comment lands on its overdue item, by the staff member, logged; unknown items refused', async () => {
    const hub = await db();
    await twoZones(hub);
    const later = new Date('2026-06-03T00:00:00Z');
    const sent = await call(hub, 'POST', '/api/dash/comments', {
      body: { communityId: 'west', itemKey: 'm1/due', body: '  请于本周内说明进度\u0000 ' },
      login: 'li',
      now: later,
    });
    expect(sent).toMatchObject({
      status: 200,
      json: { comment: { author: 'li', body: '请于本周内说明进度', delivered: false } },
    });
    const list = await getJson<OverdueReply>(hub, '/api/dash/overdue', {
      query: { community: 'west' },
      now: later,
    });
    const due = list.json.items.find((i) => i.key === 'm1/due')!;
    expect(due.comments.map((c) => `${c.author}:${c.body}`)).toEqual(['li:请于本周内说明进度']);
    const logged = await hub.query("SELECT actor FROM audit_log WHERE action = 'comment.added'");
    expect(logged.rows).toEqual([{ actor: 'staff:li' }]);

    for (const body of [
      { communityId: 'west', itemKey: 'm1/nope', body: '催办' },
      { communityId: 'east', itemKey: 'm1/due', body: '' },
      { communityId: 'west', itemKey: 'm1/due', body: 'x'.repeat(1001) },
      { communityId: 'west', itemKey: 'm1/due' },
    ]) {
      const refused = await call(hub, 'POST', '/api/dash/comments', { body });
      expect(refused.status).toBe(body.itemKey === 'm1/nope' ? 404 : 400);
    }
    const stored = await hub.query('SELECT count(*)::int AS n FROM supervision_comments');
    expect(stored.rows[0].n).toBe(1);
  });

  it('lists the newest 200 meetings and says how many matched in all', async () => {
    const hub = await db();
    await handCommunity(hub, 'east');
    await hub.query(
      `INSERT INTO bundles (sha256, manifest_sha256, community_id, sequence, meeting_id, created_at, via, size, bytes)
       SELECT 'b' || n, 'm' || n, 'east', n, 'm' || n, now(), 'folder', 1, '\\x00' FROM generate_series(1, 205) n`,
    );
    await hub.query(
      `INSERT INTO meetings (community_id, meeting_id, bundle_sha256, sequence, title, held_on, time_zone)
       SELECT 'east', 'm' || n, 'b' || n, n, '会议' || n, date '2026-01-01' + n, 'Asia/Shanghai'
       FROM generate_series(1, 205) n`,
    );
    const { json } = await getJson<MeetingsReply>(hub, '/api/dash/meetings');
    expect(json.total).toBe(205);
    expect(json.meetings).toHaveLength(200);
    expect(json.meetings[0]!.meetingId).toBe('m205');
    expect(json.meetings.at(-1)!.meetingId).toBe('m6');
  });

  it('search finds a meeting by its own words or by one of its action items’', async () => {
    const hub = await db();
    await handCommunity(hub, 'east');
    let sequence = 0;
    for (const [meetingId, words] of [
      ['own', '充电 充电桩'],
      ['item', '停车'],
      ['none', '晾晒'],
    ] as const) {
      sequence += 1;
      await handMeeting(hub, {
        communityId: 'east',
        meetingId,
        heldOn: '2026-05-01',
        zone: 'Asia/Shanghai',
        sequence,
      });
      await hub.query(
        "UPDATE meetings SET search = to_tsvector('simple', $1) WHERE meeting_id = $2",
        [words, meetingId],
      );
    }
    await handItem(hub, {
      communityId: 'east',
      meetingId: 'item',
      actionId: 'a1',
      deadline: null,
      status: 'planned',
      zone: null,
    });
    await hub.query(
      "UPDATE action_items SET search = to_tsvector('simple', '电动车 充电') WHERE key = 'item/a1'",
    );
    const { json } = await getJson<MeetingsReply>(hub, '/api/dash/meetings', {
      query: { q: '充电' },
    });
    expect(json.meetings.map((m) => m.meetingId).sort()).toEqual(['item', 'own']);
    expect(json.total).toBe(2);
  });
});
