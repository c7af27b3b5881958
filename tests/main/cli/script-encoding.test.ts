import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli } from './built-cli';

// A meeting script as people save it on Windows: with a BOM, as "Unicode" (UTF-16), or in GBK
// from a Chinese-language editor. Each is read as the same meeting; unreadable bytes are refused
// with words naming the problem, in the chosen language.

const { work, cli } = builtCli('yishiting-encoding-');

const SEED = 'seeds/courtyard-repairs.json';
const utf8 = readFileSync(SEED);
const title = (JSON.parse(utf8.toString('utf8')) as { meeting: { title: string } }).meeting.title;

/** Bytes made by the system's iconv, not by the decoder under test. */
const iconv = (to: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', to, SEED]);

const VARIANTS: Record<string, () => Buffer> = {
  'UTF-8 with a BOM': () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
  GBK: () => iconv('GBK'),
  'UTF-16LE with a BOM': () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv('UTF-16LE')]),
  'UTF-16BE with a BOM': () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv('UTF-16BE')]),
};

function write(name: string, bytes: Buffer): string {
  const file = join(work, name);
  writeFileSync(file, bytes);
  return file;
}

describe('meeting script files in other encodings', () => {
  it('has a Chinese title to lose, and GBK bytes that are not UTF-8', () => {
    expect(title).toMatch(/[\u4e00-\u9fff]/);
    expect(iconv('GBK').equals(utf8)).toBe(false);
  });

  for (const [name, make] of Object.entries(VARIANTS)) {
    it(`replay reads a script saved as ${name} with its Chinese intact`, () => {
      const file = write(`script-${name.replace(/\W+/g, '-')}.json`, make());
      const run = cli('replay', file, '--dry-run', '--json');
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as { summary: { title: string } };
      expect(out.summary.title).toBe(title);
      expect(run.stdout).not.toContain('\ufffd');
    });
  }

  it('export reads a GBK script (through load-meeting) and writes the minutes with the title', () => {
    const file = write('export-gbk.json', iconv('GBK'));
    const pdf = join(work, 'gbk-minutes.pdf');
    const run = cli('export', 'minutes', file, '--out', pdf, '--unsigned', '--data', work);
    expect(run.status, run.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8');
    expect(text.replace(/\s+/g, '')).toContain(title.split('：')[0]!.replace(/\s+/g, ''));
  });

  it('refuses garbage bytes in the chosen language, naming the encodings it reads', () => {
    const file = write('garbage.json', Buffer.from([0x7b, 0x80, 0xff, 0xfe, 0x81, 0x20, 0xff]));
    const zh = cli('replay', file, '--dry-run');
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('无法读取文件');
    expect(zh.stderr).toContain('GB18030/GBK');
    const en = cli('replay', file, '--dry-run', '--lang', 'en');
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('not text in a readable encoding');
    const exported = cli('export', 'minutes', file, '--out', join(work, 'g.pdf'), '--unsigned');
    expect(exported.status).toBe(2);
    expect(exported.stderr).toContain('GB18030/GBK');
  });

  it('refuses a UTF-32 script naming UTF-32', () => {
    const file = write(
      'utf32.json',
      Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv('UTF-32LE')]),
    );
    const run = cli('replay', file, '--dry-run', '--lang', 'en');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('UTF-32LE');
  });
});
