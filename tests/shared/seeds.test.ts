import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  attendanceSummary,
  eventSchema,
  replay,
  runScript,
  summarize,
  toProjectorView,
  projectorViewSchema,
  voteInWords,
} from './imports';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const load = (name: string): unknown => JSON.parse(readFileSync(join(SEEDS, name), 'utf8'));

function run(name: string) {
  const r = runScript(load(name));
  if (!r.ok)
    throw new Error(
      `${name}: command ${r.index}: ${r.error.code} ${JSON.stringify(r.error.params)}`,
    );
  return r;
}

const heads = (counts: Readonly<Record<string, { heads: number }>> | null) =>
  Object.fromEntries(Object.entries(counts ?? {}).map(([k, v]) => [k, v.heads]));

describe('seed meetings', () => {
  const files = readdirSync(SEEDS).filter(
    (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
  );

  it('has at least three, and every one runs to a closed meeting with a valid projector view', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const { state } = run(file);
      expect(state.meeting?.status, file).toBe('closed');
      const view = toProjectorView(state);
      expect(projectorViewSchema.parse(view)).toEqual(view);
      // Stored as JSON and restored through the event schema, the meeting comes back the same.
      const restored = run(file).events.map((e) =>
        eventSchema.parse(JSON.parse(JSON.stringify(e))),
      );
      expect(replay(state.meetingId, restored)).toEqual(state);
    }
  });

  it('courtyard council: three repairs under two-thirds of all 37 members', () => {
    const { state } = run('courtyard-repairs.json');
    const s = summarize(state);
    expect(state.meeting?.preset.id).toBe('council-two-thirds');
    expect(s.attendance).toMatchObject({
      expected: 37,
      present: 33,
      excused: 1,
      observersPresent: 2,
    });
    expect(s.votes.map((v) => [v.method, v.result, heads(v.counts)])).toEqual([
      ['hands', 'passed', { yes: 30, no: 2, abstain: 1 }],
      ['secret', 'passed', { yes: 25, no: 6, abstain: 2 }], // 3 × 25 = 75 ≥ 74: passes by one
      ['rollCall', 'failed', { yes: 24, no: 7, abstain: 2 }], // 3 × 24 = 72 < 74: fails by one
    ]);
    for (const v of s.votes) expect(v.pass[0]).toMatchObject({ base: 37, baseKind: 'members' });
    const budget = s.actions.reduce((sum, a) => sum + a.budget, 0);
    expect(budget).toBe(22_400_000); // 22.4万元 of the 28万 available
    expect(s.speeches.length).toBeGreaterThanOrEqual(10);
    expect(s.voice.byGroup.residents.permille).toBeGreaterThan(800);
  });

  it('residents’ council: a debated queue, a choice and a satisfaction evaluation', () => {
    const { state } = run('parking-drying.json');
    const s = summarize(state);
    expect(s.votes.map((v) => [v.method, v.result])).toEqual([
      ['hands', 'passed'],
      ['choice', 'passed'],
      ['satisfaction', 'evaluated'],
    ]);
    expect(s.votes[1]?.winner).toBe('roof');
    expect(s.votes[2]?.satisfactionPermille).toBe(905);
    // The queue at work: a point of order jumped ahead, first-timers before a repeat speaker,
    // and pro/contra alternated.
    const first = s.speeches.filter((x) => x.itemId === 'i1').map((x) => x.name);
    expect(first).toEqual([
      '金永刚',
      '田玉芬',
      '莫小川',
      '姚振华',
      '廖建设',
      '杜建新',
      '白国庆',
      '陆敏',
      '田玉芬',
    ]);
    expect(s.speeches.some((x) => x.overrunMs > 0)).toBe(true);
    expect(s.voice.totalMs).toBeGreaterThan(0);
    expect(s.actions).toHaveLength(3);
  });

  it('villagers’ representatives: invalid for lack of quorum, re-taken after more sign in', () => {
    const { state } = run('village-quorum.json');
    const s = summarize(state);
    const [first, retake, board] = s.votes;
    expect(first).toMatchObject({
      result: 'invalid',
      invalidReason: 'belowQuorum',
      present: { heads: 18 },
      members: { heads: 30 },
    });
    expect(first?.quorum[0]).toMatchObject({ counted: 18, base: 30, met: false });
    expect(retake).toMatchObject({ result: 'passed', present: { heads: 22 } });
    expect(retake?.pass[0]).toMatchObject({ counted: 19, base: 22, baseKind: 'present' });
    // One representative left between votes: the next base is 21, the earlier one stays 22.
    expect(board).toMatchObject({ method: 'rollCall', result: 'passed', present: { heads: 21 } });
    expect(attendanceSummary(state).present).toBe(21);
    expect(retake?.resolution).toContain('一事一议');
    // The base and the threshold in words, as the projector and the minutes state them.
    expect(voteInWords(state, 'v1', 'zh-CN')).toEqual({
      rule: '到会人员过半数同意',
      quorumRule: '全体成员三分之二以上到会',
      quorum: ['18/30 到会'],
      pass: ['16/18 同意'],
      result: '无效',
      reason: '到会人数不足法定人数',
    });
    expect(voteInWords(state, 'v2', 'en')?.pass).toEqual(['19/22 yes']);
    expect(voteInWords(state, 'nope', 'en')).toBeNull();
  });
});
