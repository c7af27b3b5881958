import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateSignature } from '../../../main/signing/locate';
import { SEEDS_DIR } from '../../shared/documents/helpers';
import { tempDataDir } from '../signing/helpers';

// The built command line, as a user runs it: `yishiting export …` writes a signed PDF or says in
// the chosen language why it cannot (exit 2, nothing written); `yishiting verify` answers with
// exit codes 0 valid, 1 invalid (modified, unsigned), 2 unreadable.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'main', 'cli.mjs');
const VILLAGE = join(SEEDS_DIR, 'village-quorum.json');

let dataDir: string;
let outDir: string;

function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, YISHITING_DATA: '' },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  dataDir = tempDataDir();
  outDir = join(dataDir, 'out');
  mkdirSync(outDir);
}, 180_000);

describe('yishiting export and verify', () => {
  it('exports signed minutes, notice and sign-in sheet that verify says are valid', () => {
    for (const [kind, extra] of [
      ['minutes', ['--attendee-signatures']],
      ['notice', ['--item', 'i1', '--posted-on', '2026-03-21']],
      ['signin', []],
    ] as const) {
      const out = join(outDir, `${kind}.pdf`);
      const exported = cli('export', kind, VILLAGE, '--out', out, '--data', dataDir, ...extra);
      expect(exported.status, exported.stderr).toBe(0);
      expect(exported.stdout).toContain('已导出');
      const verified = cli('verify', out, '--data', dataDir);
      expect(verified.status, verified.stdout).toBe(0);
      expect(verified.stdout).toContain('签名有效');
    }
  });

  it('exports a meeting stored in the data folder by its id', () => {
    const replayed = cli('replay', VILLAGE, '--data', dataDir, '--json');
    expect(replayed.status, replayed.stderr).toBe(0);
    const { meetingId } = JSON.parse(replayed.stdout) as { meetingId: string };
    const out = join(outDir, 'stored.pdf');
    const exported = cli(
      'export',
      'notice',
      meetingId,
      '--vote',
      'v3',
      '--out',
      out,
      '--data',
      dataDir,
      '--posted-on',
      '2026-03-21',
    );
    expect(exported.status, exported.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('prints the objection channel given on the notice, and 【待填写】 only for what is missing', () => {
    const out = join(outDir, 'objection.pdf');
    const exported = cli(
      'export',
      'notice',
      VILLAGE,
      '--item',
      'i1',
      '--posted-on',
      '2026-03-21',
      '--objection-address',
      '下庄村村委会办公室',
      '--objection-phone',
      '0571-8888 1234',
      // With no settings saved the issuer would print as 【待填写】 (the blank to fill by hand).
      '--issuer',
      '下庄村村民委员会',
      '--out',
      out,
      '--data',
      dataDir,
    );
    expect(exported.status, exported.stderr).toBe(0);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout.replace(
      /\s+/g,
      '',
    );
    expect(text).toContain('下庄村村委会办公室');
    expect(text).toContain('0571-88881234');
    expect(text).toContain('下庄村村民委员会');
    expect(text).not.toContain('【待填写】');
    // The blank sign-in sheet to print before the meeting has no sign-in times.
    const blank = join(outDir, 'blank.pdf');
    expect(
      cli('export', 'signin', VILLAGE, '--blank', '--out', blank, '--data', dataDir).status,
    ).toBe(0);
    const signed = join(outDir, 'signed-in.pdf');
    expect(cli('export', 'signin', VILLAGE, '--out', signed, '--data', dataDir).status).toBe(0);
    // Clock times (hh:mm) outside the certificate fingerprint line, whose hex pairs look alike.
    const times = (file: string) =>
      (
        spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' })
          .stdout.split('\n')
          .filter((line) => !line.includes('指纹'))
          .join('\n')
          .match(/\b\d{2}:\d{2}\b/g) ?? []
      ).length;
    expect(times(blank)).toBe(0);
    expect(times(signed)).toBeGreaterThan(10);
  });

  it('says 1 for a flipped byte and for an unsigned file, 2 for an unreadable one', () => {
    const signed = join(outDir, 'minutes.pdf');
    const pdf = readFileSync(signed);
    const [, b] = locateSignature(pdf)?.byteRange ?? [0, 0];
    const flipped = Buffer.from(pdf);
    const at = Math.floor(b / 2);
    flipped[at] = (flipped[at] ?? 0) ^ 0x01;
    writeFileSync(join(outDir, 'flipped.pdf'), flipped);
    const modified = cli('verify', join(outDir, 'flipped.pdf'), '--data', dataDir, '--lang', 'en');
    expect(modified.status, modified.stdout).toBe(1);
    expect(modified.stdout).toContain('Invalid signature');

    const unsignedOut = join(outDir, 'unsigned.pdf');
    expect(
      cli('export', 'signin', VILLAGE, '--out', unsignedOut, '--unsigned', '--data', dataDir)
        .status,
    ).toBe(0);
    expect(cli('verify', unsignedOut, '--data', dataDir).status).toBe(1);

    writeFileSync(join(outDir, 'not.pdf'), 'not a pdf at all');
    expect(cli('verify', join(outDir, 'not.pdf'), '--data', dataDir).status).toBe(2);
    expect(cli('verify', join(outDir, 'missing.pdf'), '--data', dataDir).status).toBe(2);
  });

  it('refuses bad input with exit 2 and a message in the chosen language, writing nothing', () => {
    const out = join(outDir, 'never.pdf');
    const cases: [string[], RegExp][] = [
      [['notice', VILLAGE, '--item', 'nope'], /会议中没有编号为 nope 的议题/],
      [['notice', VILLAGE, '--vote', 'nope', '--lang', 'en'], /The meeting has no vote nope/],
      [['notice', VILLAGE, '--item', 'i1', '--posted-on', '2026-02-30'], /YYYY-MM-DD/],
      [['minutes', 'no-such-meeting', '--lang', 'zh-TW'], /找不到會議：no-such-meeting/],
    ];
    for (const [args, message] of cases) {
      const result = cli('export', ...args, '--out', out, '--data', dataDir);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
    const unwritable = cli(
      'export',
      'minutes',
      VILLAGE,
      '--out',
      join(outDir, 'no', 'dir.pdf'),
      '--data',
      dataDir,
    );
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toContain('无法写入');
  });
});
