import { execFileSync } from 'node:child_process';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_MEMBERS } from '../../shared/domain';
import { decodeText } from '../../shared/text/decode';
import {
  checkRosterFileSize,
  checkXlsx,
  MAX_ROSTER_FILE_BYTES,
} from '../../renderer/src/chair/Prepare/roster-file-checks';
import { parseRoster, rosterParser } from '../../renderer/src/chair/Prepare/roster-parse';
import { sendRoster } from '../../renderer/src/chair/Prepare/roster-send';
import { xlsxOf } from '../e2e/chair-xlsx';

// The console's roster import as pure functions (no DOM): the file checks before parsing, the
// parser, and the batching of the rows into import commands. The browser path is in
// tests/e2e/chair-roster-import.spec.ts.

let ids = 0;
const makeId = () => `m${++ids}`;

describe('roster file checks', () => {
  it('refuses a file over the size cap before reading it', () => {
    expect(checkRosterFileSize(MAX_ROSTER_FILE_BYTES).ok).toBe(true);
    expect(checkRosterFileSize(MAX_ROSTER_FILE_BYTES + 1)).toEqual({
      ok: false,
      error: { code: 'rosterFile.tooLarge', params: { size: 21, limit: 20 } },
    });
  });

  it('passes a real workbook and refuses one whose sheet would unpack past the cap, unpacking nothing', () => {
    expect(checkXlsx(xlsxOf([['姓名'], ['孙立']]))).toEqual({ ok: true });
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(60 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200_000);
    expect(checkXlsx(bomb)).toEqual({
      ok: false,
      error: {
        code: 'rosterFile.xlsxExpands',
        params: { part: 'xl/worksheets/sheet1.xml', size: 60, limit: 50 },
      },
    });
  });

  it('refuses a part that packs implausibly well even under the size cap, and a file that is not a zip', () => {
    const packed = zipSync({ 'xl/sharedStrings.xml': new Uint8Array(20 * 1024 * 1024) });
    expect(checkXlsx(packed)).toMatchObject({
      ok: false,
      error: { code: 'rosterFile.xlsxExpands' },
    });
    expect(checkXlsx(strToU8('姓名,类别\n孙立,业委会'))).toEqual({
      ok: false,
      error: { code: 'rosterFile.notXlsx', params: {} },
    });
  });
});

describe('roster parser', () => {
  const header = ['姓名', '类别', '户号'];

  it('reads GBK, UTF-16LE with BOM and UTF-8 with BOM files to the same rows', () => {
    const text = '姓名,类别,户号\r\n王建国,两委成员,1-101\r\n李秀兰,居民代表,1-102';
    const files = {
      gbk: execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text }),
      utf16: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      utf8: Buffer.from(`\ufeff${text}`, 'utf8'),
    };
    for (const bytes of Object.values(files)) {
      const decoded = decodeText(new Uint8Array(bytes));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      const cells = decoded.text.split('\r\n').map((line) => line.split(','));
      const table = parseRoster(cells, new Set(), makeId);
      expect(table.fileError).toBeNull();
      expect(table.rows.map((r) => [r.name, r.member?.category])).toEqual([
        ['王建国', 'committee'],
        ['李秀兰', 'residentRep'],
      ]);
    }
  });

  it('cleans names as the core does before looking for duplicates, and refuses a control character by column', () => {
    const table = parseRoster(
      [header, ['\u202E王建国', '', ''], ['王\u200B建国', '', ''], ['李\u0007秀兰', '', '1\u0000']],
      new Set(),
      makeId,
    );
    expect(table.rows[0]?.member?.name).toBe('王建国');
    expect(table.rows[1]?.errors).toEqual([
      { code: 'duplicate', params: { name: '王建国', line: 2 } },
    ]);
    expect(table.rows[2]?.errors).toEqual([
      { code: 'controlCharacter', params: { column: '姓名' } },
      { code: 'controlCharacter', params: { column: '户号' } },
    ]);
    expect(table.rows[2]?.member).toBeNull();
  });

  it('parses 10,000 rows in ranges with the same result as all at once', () => {
    const cells = [
      header,
      ...Array.from({ length: 10_000 }, (_, i) => [`居民${i % 9000}`, '居民代表', `${i}`]),
    ];
    const whole = parseRoster(cells, new Set(['居民1']), () => 'id');
    const parser = rosterParser(cells, new Set(['居民1']), () => 'id');
    const ranged = [0, 2000, 4000, 6000, 8000].flatMap((from) =>
      parser.parseRange(from, from + 2000),
    );
    expect(ranged).toEqual(whole.rows);
    expect(whole.rows.filter((r) => r.member).length).toBe(8999);
  });
});

describe('sending a roster in batches', () => {
  const rows = (n: number) =>
    parseRoster(
      [['姓名'], ...Array.from({ length: n }, (_, i) => [`居民${i}`]), ['']],
      new Set(),
      makeId,
    ).rows;

  it('sends rows without errors in commands of at most MAX_IMPORT_MEMBERS, reporting progress', async () => {
    const sizes: number[] = [];
    const progress: number[] = [];
    const outcome = await sendRoster(
      rows(1_234),
      async (members) => {
        sizes.push(members.length);
        return { ok: true };
      },
      (done) => progress.push(done),
    );
    expect(sizes).toEqual([MAX_IMPORT_MEMBERS, MAX_IMPORT_MEMBERS, 234]);
    expect(progress).toEqual([500, 1000, 1234]);
    expect(outcome).toEqual({ done: 1234, refused: null });
  });

  it('stops at a refused batch and names the file line of the refused row', async () => {
    let calls = 0;
    const outcome = await sendRoster(
      rows(1_200),
      async () =>
        ++calls === 2
          ? {
              ok: false,
              error: { code: 'roster.importDuplicate', params: { row: 3, memberId: 'x' } },
            }
          : { ok: true },
      () => undefined,
    );
    // Rows 1–500 are lines 2–501; the second batch starts at line 502 and its third row is 504.
    expect(outcome).toEqual({
      done: 500,
      refused: {
        line: 502,
        error: { code: 'roster.importDuplicate', params: { row: 504, memberId: 'x' } },
      },
    });
    expect(calls).toBe(2);
  });
});
