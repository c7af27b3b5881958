import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  meetingScriptJsonSchemaText,
  meetingScriptSchema,
  replay,
  runScript,
  SCRIPT_SCHEMA_PATH,
  summarize,
  type MeetingScript,
} from './imports';

const ROOT = join(import.meta.dirname, '..', '..');

function script(commands: MeetingScript['commands'] = []): MeetingScript {
  return {
    format: 'yishiting-meeting-script',
    version: 1,
    meetingId: 'demo-test',
    meeting: {
      title: '测试会',
      bodyKind: 'residentsCouncil',
      date: '2026-05-10',
      at: '2026-05-10T18:30:00+08:00',
    },
    roster: [
      { memberId: 'a', name: '甲', category: 'committee' },
      { memberId: 'b', name: '乙', category: 'residentRep' },
      { memberId: 'c', name: '丙', category: 'residentRep' },
    ],
    agenda: [{ itemId: 'i1', title: '议题一' }],
    commands,
  };
}

describe('meeting script', () => {
  it('sets up meeting, roster and agenda at meeting.at, then runs timestamped commands', () => {
    const r = runScript(
      script([
        { at: '2026-05-10T19:00:00+08:00', type: 'roster/signIn', memberId: 'a' },
        { at: Date.parse('2026-05-10T19:00:30+08:00'), type: 'roster/signIn', memberId: 'b' },
        { at: '2026-05-10T19:01:00+08:00', type: 'meeting/open' },
      ]),
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.state.meetingId).toBe('demo-test');
    expect(r.state.meeting?.createdAt).toBe(Date.parse('2026-05-10T18:30:00+08:00'));
    expect(r.state.memberOrder).toEqual(['a', 'b', 'c']);
    expect(r.state.meeting?.openedAt).toBe(Date.parse('2026-05-10T11:01:00Z'));
    expect(r.events).toHaveLength(1 + 3 + 1 + 3);
    expect(replay('demo-test', r.events)).toEqual(r.state);
  });

  it('takes another meeting id when the importer gives one', () => {
    const r = runScript(script(), 'm-42');
    expect(r.ok && r.state.meetingId).toBe('m-42');
  });

  it('stops at an invalid command with its index and typed error', () => {
    const r = runScript(
      script([
        { at: '2026-05-10T19:00:00+08:00', type: 'roster/signIn', memberId: 'a' },
        { at: '2026-05-10T19:00:10+08:00', type: 'roster/signIn', memberId: 'a' },
      ]),
    );
    expect(r).toEqual({
      ok: false,
      index: 1,
      error: { code: 'roster.alreadyPresent', params: { name: '甲' } },
    });
  });

  it('refuses a command dated before the one before it', () => {
    const r = runScript(
      script([
        { at: '2026-05-10T19:00:00+08:00', type: 'roster/signIn', memberId: 'a' },
        { at: '2026-05-10T18:59:00+08:00', type: 'roster/signIn', memberId: 'b' },
      ]),
    );
    expect(!r.ok && r.index).toBe(1);
    expect(!r.ok && r.error.code).toBe('command.timeWentBack');
  });

  it('refuses a malformed script as a whole (index -1) with the path of the problem', () => {
    const bad = { ...script(), roster: [{ memberId: 'a', name: '甲', category: 'mayor' }] };
    const r = runScript(bad);
    expect(r).toMatchObject({
      ok: false,
      index: -1,
      error: { code: 'command.malformed', params: { path: 'roster.0.category' } },
    });
    expect(runScript(null)).toMatchObject({ ok: false, index: -1 });
    expect(runScript({ ...script(), version: 2 })).toMatchObject({ ok: false, index: -1 });
  });

  it('reports a set-up step the core refuses (duplicate member) with its step number', () => {
    const s = script();
    const r = runScript({
      ...s,
      roster: [...s.roster, { memberId: 'a', name: '重复', category: 'residentRep' }],
    });
    expect(r).toMatchObject({
      ok: false,
      index: -1,
      error: { code: 'roster.duplicateMember', params: { setup: 4 } },
    });
  });

  it('summarizes attendance, votes, speeches and voice shares', () => {
    const at = (m: number) => Date.parse('2026-05-10T19:00:00+08:00') + m * 60_000;
    const r = runScript(
      script([
        { at: at(0), type: 'roster/signIn', memberId: 'a' },
        { at: at(0), type: 'roster/signIn', memberId: 'b' },
        { at: at(0), type: 'roster/signIn', memberId: 'c' },
        { at: at(1), type: 'meeting/open' },
        { at: at(1), type: 'agenda/openItem', itemId: 'i1' },
        { at: at(2), type: 'speech/start', speechId: 's1', memberId: 'b' },
        { at: at(5), type: 'speech/end' },
        { at: at(6), type: 'vote/open', voteId: 'v1', method: 'hands', question: '同意吗' },
        { at: at(7), type: 'vote/enterCounts', counts: { yes: { heads: 2 }, no: { heads: 1 } } },
        { at: at(7), type: 'vote/close', resolution: '同意' },
      ]),
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    const s = summarize(r.state);
    expect(s.attendance).toMatchObject({ expected: 3, present: 3, attended: 3, quorumMet: true });
    expect(s.votes[0]).toMatchObject({
      result: 'passed',
      present: { heads: 3 },
      members: { heads: 3 },
      resolution: '同意',
    });
    expect(s.votes[0]?.pass[0]).toMatchObject({
      counted: 2,
      base: 3,
      baseKind: 'members',
      comparator: 'gt',
    });
    expect(s.speeches).toEqual([
      expect.objectContaining({ name: '乙', durationMs: 180_000, overrunMs: 0 }),
    ]);
    expect(s.voice.byGroup.residents.permille).toBe(1000);
    expect(s.items[0]).toMatchObject({ itemId: 'i1', status: 'open', actualMs: 6 * 60_000 });
  });

  it('publishes a JSON Schema that is up to date (regenerate: npx tsx scripts/gen-schema.ts)', () => {
    const committed = readFileSync(join(ROOT, SCRIPT_SCHEMA_PATH), 'utf8');
    expect(committed).toBe(meetingScriptJsonSchemaText());
    const schema = JSON.parse(committed) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['format', 'version', 'meeting', 'roster', 'agenda', 'commands']),
    );
  });

  it('parses with the exported zod schema', () => {
    expect(meetingScriptSchema.safeParse(script()).success).toBe(true);
  });
});
