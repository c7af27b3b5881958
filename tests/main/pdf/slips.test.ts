import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSlips } from '../../../main/documents/slips';
import { layoutSlips, type PlacedSlip } from '../../../main/pdf/slips';
import { mm } from '../../../main/pdf/styles';
import { buildSlips, DocumentInputError, type SlipEntry } from '../../../shared/documents';
import type { MeetingState } from '../../../shared/domain';
import type { Locale } from '../../../shared/i18n';
import { seedState } from '../../shared/documents/helpers';
import { cleanupTemp, pdfFonts, pdfText, run, tempPdf, toolsAvailable, wordBoxes } from './tools';

// The personal slips (个人入场条): every member's name is on the sheet, each printed QR code reads
// back as its own member's URL, a long name stays inside its slip, and the file is not signed.

const LONG_NAME = '欧阳司马诸葛东方皇甫上官慕容令狐长孙宇文尉迟'; // 22 characters
const LONGEST_NAME = '欧阳'.repeat(100); // 200, the roster's limit

/** A seed meeting whose second member has a very long name, with one made-up URL per member. */
function fixture(longName = LONG_NAME): { state: MeetingState; slips: SlipEntry[] } {
  const base = seedState('courtyard-repairs');
  const second = base.memberOrder[1] as string;
  const state: MeetingState = {
    ...base,
    members: { ...base.members, [second]: { ...base.members[second]!, name: longName } },
  };
  const slips = state.memberOrder.map((memberId, i) => ({
    memberId,
    name: state.members[memberId]?.name ?? '',
    url: `http://192.168.1.23:8765/join?code=Zk3${String(i).padStart(2, '0')}aQ-pL9_xYtR2mWvB7c`,
  }));
  return { state, slips };
}

const compact = (text: string): string => text.replace(/\s+/g, '');

describe.runIf(toolsAvailable)('personal slips PDF', () => {
  const files: Partial<Record<Locale, string>> = {};
  const placed: Partial<Record<Locale, readonly PlacedSlip[]>> = {};
  const { state, slips } = fixture();
  const pngDir = mkdtempSync(join(tmpdir(), 'yishiting-slips-'));

  beforeAll(async () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const sheet = buildSlips(state, { locale, slips });
      const rendered = await layoutSlips(sheet, { creationDate: new Date(0) });
      files[locale] = tempPdf(rendered.pdf);
      placed[locale] = rendered.slips;
    }
  }, 60_000);
  afterAll(() => {
    cleanupTemp();
    rmSync(pngDir, { recursive: true, force: true });
  });

  it('prints every member’s name, the meeting and the instruction in each language', () => {
    const words = {
      'zh-CN': '扫码即以本人身份加入，请勿转交他人',
      'zh-TW': '掃碼即以本人身分加入，請勿轉交他人',
      en: 'Scantojoinasyourself.',
    } as const;
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const text = compact(pdfText(files[locale] as string));
      const names = state.memberOrder.map((id) => state.members[id]?.name ?? '');
      expect(names.filter((name) => !text.includes(name))).toEqual([]);
      expect(text).toContain(words[locale]);
      expect(text).toContain(compact(state.meeting?.title ?? ''));
    }
    expect(compact(pdfText(files['zh-CN'] as string))).toContain('2026年4月18日');
    expect(compact(pdfText(files.en as string))).toContain('18April2026');
  });

  it('draws each QR code as vector squares that read back as that member’s own URL', () => {
    const file = files['zh-CN'] as string;
    // No image on the page: the codes are drawn, not pasted in as pictures.
    expect(run('pdfimages', ['-list', file]).output.split('\n').slice(2).join('').trim()).toBe('');
    const dpi = 200;
    const scale = dpi / 72;
    for (const page of [0, 1]) {
      const prefix = join(pngDir, `p${page}`);
      execFileSync('pdftoppm', [
        '-gray',
        '-r',
        String(dpi),
        '-f',
        `${page + 1}`,
        '-singlefile',
        file,
        prefix,
      ]);
      const image = readPgm(`${prefix}.pgm`);
      const onPage = (placed['zh-CN'] ?? []).filter((slip) => slip.page === page);
      expect(onPage.length).toBeGreaterThan(0);
      for (const slip of onPage) {
        const expected = QRCode.create(slip.url, { errorCorrectionLevel: 'M' }).modules;
        const cell = slip.qr.width / (expected.size + 4);
        const mismatches: string[] = [];
        for (let row = 0; row < expected.size; row++) {
          for (let col = 0; col < expected.size; col++) {
            const x = Math.round((slip.qr.x + (col + 2.5) * cell) * scale);
            const y = Math.round((slip.qr.y + (row + 2.5) * cell) * scale);
            const dark = (image.data[y * image.width + x] ?? 255) < 128;
            if (dark !== Boolean(expected.get(row, col))) mismatches.push(`${row},${col}`);
          }
        }
        expect(mismatches, slip.memberId).toEqual([]);
      }
    }
    // The code beside a name is that member's: the name's box lies in the same slip.
    const boxes = wordBoxes(file);
    for (const slip of placed['zh-CN'] ?? []) {
      const name = state.members[slip.memberId]?.name ?? '';
      const first = boxes.find((b) => b.page === slip.page + 1 && name.startsWith(b.text));
      expect(first, name).toBeDefined();
      expect(first!.xMin).toBeGreaterThan(slip.qr.x + slip.qr.width);
      expect(first!.yMin).toBeGreaterThan(slip.cell.y);
      expect(first!.yMax).toBeLessThan(slip.cell.y + slip.cell.height);
    }
  });

  it('keeps a long name inside its slip, and cuts a 200-character one with an ellipsis', async () => {
    for (const [longName, file] of [
      [LONG_NAME, files['zh-CN'] as string],
      [LONGEST_NAME, tempPdf(await exportSlips({ ...fixture(LONGEST_NAME), locale: 'zh-CN' }))],
    ] as const) {
      const slip = (placed['zh-CN'] ?? [])[1] as PlacedSlip;
      const inSlip = wordBoxes(file).filter(
        (b) =>
          b.page === 1 &&
          b.xMin > slip.qr.x + slip.qr.width &&
          b.xMin < slip.cell.x + slip.cell.width &&
          b.yMin > slip.cell.y &&
          b.yMin < slip.cell.y + slip.cell.height,
      );
      expect(inSlip.length).toBeGreaterThan(0);
      const right = slip.cell.x + slip.cell.width - mm(5) + 0.5;
      const bottom = slip.qr.y + slip.qr.height;
      for (const box of inSlip) {
        expect(box.xMax, box.text).toBeLessThanOrEqual(right);
        expect(box.yMax, box.text).toBeLessThanOrEqual(bottom + 0.5);
      }
      const text = compact(inSlip.map((b) => b.text).join(''));
      if (longName === LONG_NAME) expect(text).toContain(LONG_NAME);
      else expect(text).toMatch(/^(欧阳)+欧?…/);
    }
  }, 60_000);

  it('is not signed, embeds its CJK font subsets and names itself as personal codes', () => {
    const file = files['zh-CN'] as string;
    const raw = readFileSync(file).toString('latin1');
    expect(raw).not.toContain('/ByteRange');
    expect(raw).not.toContain('/EmbeddedFile');
    expect(run('pdfsig', [file]).output).toMatch(/does not contain any signatures/);
    for (const font of pdfFonts(file)) expect(font).toMatchObject({ emb: 'yes', sub: 'yes' });
    expect(run('pdfinfo', [file]).output).toMatch(/Title:\s+.*个人二维码/);
  });

  it('refuses to print without any slip (the room is off) in the chair’s words', () => {
    expect(() => buildSlips(state, { locale: 'zh-CN', slips: [] })).toThrow(DocumentInputError);
  });
});

/** A binary PGM (P5) as pdftoppm -gray writes it. */
function readPgm(file: string): { width: number; height: number; data: Uint8Array } {
  const bytes = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`not a PGM: ${file}`);
  const [whole, width, height] = header;
  return {
    width: Number(width),
    height: Number(height),
    data: new Uint8Array(bytes.subarray(whole.length)),
  };
}
