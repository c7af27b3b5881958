import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli } from './built-cli';

// The CLI as a user runs it: the built bundle, a temporary data folder.
const { work, cli } = builtCli('yishiting-cli-');

type Summary = {
  title: string;
  attendance: { expected: number; present: number };
  votes: Array<{
    question: string;
    result: string | null;
    counts: Record<string, { heads: number }> | null;
    pass: Array<{ counted: number; base: number; met: boolean }>;
  }>;
  speeches: Array<{ name: string; durationMs: number }>;
  voice: { speeches: number; byGroup: Record<string, { permille: number }> };
};

// Each vote's result and its pass check as [yes counted, base]: 24 of 37 fails "2/3 of all
// members" (3×24 < 2×37); the village's first vote passes its threshold but is below quorum.
const EXPECTED: Record<
  string,
  { members: number; results: string[]; pass: Array<[number, number] | null> }
> = {
  'courtyard-repairs': {
    members: 37,
    results: ['passed', 'passed', 'failed'],
    pass: [
      [30, 37],
      [25, 37],
      [24, 37],
    ],
  },
  'parking-drying': {
    members: 25,
    results: ['passed', 'passed', 'evaluated'],
    pass: [[16, 25], [14, 25], null],
  },
  'village-quorum': {
    members: 30,
    results: ['invalid', 'passed', 'passed'],
    pass: [
      [16, 18],
      [19, 22],
      [19, 21],
    ],
  },
};

describe('yishiting replay', () => {
  it('has an expectation for every seed in seeds/', () => {
    const seeds = readdirSync('seeds')
      .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
      .map((name) => name.replace(/\.json$/, ''));
    expect(seeds.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [seed, expected] of Object.entries(EXPECTED)) {
    it(`replays seeds/${seed}.json and stores it`, () => {
      const data = join(work, seed);
      const run = cli('replay', `seeds/${seed}.json`, '--json', '--data', data);
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as {
        ok: boolean;
        meetingId: string;
        stored: boolean;
        summary: Summary;
      };
      expect(out).toMatchObject({ ok: true, stored: true });
      expect(out.summary.attendance.expected).toBe(expected.members);
      expect(out.summary.votes.map((vote) => vote.result)).toEqual(expected.results);
      for (const vote of out.summary.votes) expect(vote.counts).not.toBeNull();
      expect(
        out.summary.votes.map((vote) =>
          vote.pass.length === 0 ? null : vote.pass.map((p) => [p.counted, p.base])[0],
        ),
      ).toEqual(expected.pass);
      expect(out.summary.speeches.length).toBeGreaterThan(0);
      expect(out.summary.speeches.every((speech) => speech.durationMs > 0)).toBe(true);
      const shares = Object.values(out.summary.voice.byGroup).reduce(
        (sum, share) => sum + share.permille,
        0,
      );
      expect(Math.abs(shares - 1000)).toBeLessThanOrEqual(4);
      // Stored: the meeting is in the data folder under the printed id.
      expect(JSON.stringify(readdirSync(data, { recursive: true }))).toContain(out.meetingId);
    });
  }

  it('explains the rule and the base in words in the human summary', () => {
    const run = cli('replay', 'seeds/village-quorum.json', '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('试运行（未保存）');
    expect(run.stdout).toContain('到会人员过半数同意');
    expect(run.stdout).toContain('到会人数不足法定人数');
  });

  it('stops at an invalid command with its index and typed error, and stores nothing', () => {
    const script = JSON.parse(readFileSync('seeds/village-quorum.json', 'utf8')) as {
      commands: Array<Record<string, unknown>>;
    };
    script.commands.splice(3, 0, {
      type: 'roster/signIn',
      memberId: 'nobody-by-this-id',
      at: script.commands[2]?.at,
    });
    const file = join(work, 'broken.json');
    writeFileSync(file, JSON.stringify(script));
    const data = join(work, 'broken-data');
    const run = cli('replay', file, '--json', '--data', data);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as { ok: boolean; index: number; error: { code: string } };
    expect(out.ok).toBe(false);
    expect(out.index).toBe(3);
    expect(out.error.code).toMatch(/\./);
    expect(run.stderr).toContain('第 3 条命令无效，未保存任何内容');
    let stored: string[] = [];
    try {
      stored = readdirSync(join(data, 'meetings'));
    } catch {
      stored = [];
    }
    expect(stored.filter((name) => name.endsWith('.json'))).toEqual([]);
  });

  it('refuses a file that is not JSON with a clear message', () => {
    const file = join(work, 'not-json.json');
    writeFileSync(file, '{ this is not json');
    const run = cli('replay', file, '--dry-run');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('无法读取文件');
  });
});
