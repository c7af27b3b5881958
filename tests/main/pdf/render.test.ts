import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentModelSchema,
  plainText,
  type DocumentModel,
} from '../../../shared/documents/model';
import { renderPdf } from '../../../main/pdf/render';
import { documentFingerprint, fingerprintUri } from '../../../main/pdf/fingerprint';
import { makeNames, minutesModel } from './fixtures';
import { noticeModel, signInSheetModel, traditionalNoticeModel } from './fixtures-notice';
import {
  cleanupTemp,
  overlappingWords,
  pageCount,
  pdfFonts,
  pdfText,
  run,
  tempPdf,
  toolsAvailable,
  wordBoxes,
} from './tools';
import { A4, TEXT_BLOCK } from '../../../main/pdf/styles';

// Renders hand-built models and checks the files with the real tools: fonts embedded as subsets,
// text extractable exactly (every name, every count), qpdf clean, header and page numbers on
// every page.

const CREATED = new Date('2026-05-01T10:00:00Z');
const names = makeNames(200);
const compact = (text: string): string => text.replace(/\s+/g, '');

describe('document model', () => {
  it('accepts every fixture and rejects a malformed block', () => {
    for (const model of [
      minutesModel(),
      noticeModel(),
      signInSheetModel(),
      traditionalNoticeModel(),
    ]) {
      expect(DocumentModelSchema.safeParse(model).success).toBe(true);
    }
    const bad = { ...noticeModel(), blocks: [{ type: 'table', columns: [], rows: [] }] };
    expect(DocumentModelSchema.safeParse(bad).success).toBe(false);
  });

  it('gives rich text back as plain text', () => {
    expect(plainText([{ text: '决议：', bold: true }, { text: '通过' }])).toBe('决议：通过');
  });

  it('fingerprints content, not QR blocks, the same way every time', () => {
    const model = noticeModel();
    const withoutQr = { ...model, blocks: model.blocks.filter((b) => b.type !== 'qr') };
    expect(documentFingerprint(model)).toBe(documentFingerprint(withoutQr));
    expect(documentFingerprint(model)).not.toBe(documentFingerprint(signInSheetModel()));
    expect(fingerprintUri(model)).toMatch(/^yishiting:doc:v1:notice:sha256:[0-9a-f]{64}$/);
  });
});

describe.skipIf(!toolsAvailable)('renderPdf with the real tools', () => {
  const files: Record<string, string> = {};
  const models: Record<string, DocumentModel> = {
    minutes: minutesModel({ members: 200, items: 6, speeches: 40, votes: 6 }, names),
    notice: noticeModel(),
    signIn: signInSheetModel(),
    traditional: traditionalNoticeModel(),
  };

  beforeAll(async () => {
    for (const [key, model] of Object.entries(models)) {
      files[key] = tempPdf(await renderPdf(model, { creationDate: CREATED }));
    }
  });
  afterAll(cleanupTemp);

  it('passes qpdf --check', () => {
    for (const file of Object.values(files)) {
      const result = run('qpdf', ['--check', file]);
      expect(result.output).toContain('No syntax or stream encoding errors');
      expect(result.status).toBe(0);
    }
  });

  it('embeds only subset fonts with Unicode maps, from the shipped Noto faces', () => {
    for (const file of Object.values(files)) {
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
        expect(font.name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)(SC|TC)-(Regular|Bold)$/);
      }
    }
    expect(pdfFonts(files.traditional as string).every((f) => f.name.includes('NotoSansTC'))).toBe(
      true,
    );
  });

  it('gives back the title, every one of 200 names and each vote count exactly', () => {
    const text = compact(pdfText(files.minutes as string));
    expect(text).toContain('幸福里社区居民议事会2026年第二次会议会议记录');
    const missing = names.filter((name) => !text.includes(name));
    expect(missing).toEqual([]);
    for (const block of models.minutes?.blocks ?? []) {
      if (block.type !== 'fields') continue;
      for (const item of block.items) {
        const counts = /赞成 (\d+) 票，反对 (\d+) 票，弃权 (\d+) 票/.exec(item.value);
        if (counts) for (const n of counts.slice(1)) expect(text).toContain(`${n}票`);
      }
    }
    expect(text).toContain('鄧麗君'); // Traditional characters in a Simplified document
  });

  it('prints the running header and "第 N 页 共 M 页" on every page', () => {
    const file = files.minutes as string;
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(5);
    for (const page of [1, 2, Math.ceil(pages / 2), pages]) {
      const text = compact(pdfText(file, page));
      expect(text).toContain('幸福里社区居民议事会2026年第二次会议·会议记录');
      expect(text).toContain(`第${page}页共${pages}页`);
    }
  });

  it('repeats the table header on pages the roster continues on', () => {
    const text = compact(pdfText(files.minutes as string, 3));
    expect(text).toContain('序号姓名类别签到时间');
  });

  it('sets the notice on one page in the official layout, text intact', () => {
    const file = files.notice as string;
    expect(pageCount(file)).toBe(1);
    const text = compact(pdfText(file));
    for (const block of models.notice?.blocks ?? []) {
      if (block.type === 'paragraph') expect(text).toContain(compact(plainText(block.text)));
    }
    expect(text).toContain('关于幸福里小区3号楼加装电梯及动用专项维修资金的公示');
    expect(text).toContain('2026年5月1日');
    expect(text).toContain('—1—');
    // The QR code's hash is printed beside it in plain text (SHA-256 of the canonical content).
    const hash = documentFingerprint(models.notice as DocumentModel);
    expect(text).toContain(`SHA-256:${hash.slice(0, 30)}`);
  });

  it('lists every person on the sign-in sheet with category and time', () => {
    const text = compact(pdfText(files.signIn as string));
    for (const name of makeNames(60)) expect(text).toContain(name);
    expect(text).toContain('外来人口代表');
    expect(text).toContain('13:25');
  });

  it('renders Traditional Chinese exactly', () => {
    const text = compact(pdfText(files.traditional as string));
    expect(text).toContain('關於幸福里社區停車管理辦法的公示');
    expect(text).toContain('贊成30票，反對3票，棄權2票');
  });

  it('keeps every word inside the text block width and the page, with no two overlapping', () => {
    const left = TEXT_BLOCK.left - 0.5;
    const right = TEXT_BLOCK.left + TEXT_BLOCK.width + 0.5;
    for (const [key, file] of Object.entries(files)) {
      const boxes = wordBoxes(file);
      expect(boxes.length, key).toBeGreaterThan(5);
      const outside = boxes.filter(
        (b) => b.xMin < left || b.xMax > right || b.yMin < 0 || b.yMax > A4.height,
      );
      expect(outside, key).toEqual([]);
      expect(overlappingWords(boxes), key).toEqual([]);
    }
  });

  it('has an overlap check that does find overlaps', () => {
    const box = { page: 1, xMin: 10, yMin: 10, xMax: 50, yMax: 30, text: '甲' };
    expect(overlappingWords([box, { ...box, xMin: 40, xMax: 80 }])).toHaveLength(1);
    expect(overlappingWords([box, { ...box, yMin: 30, yMax: 50 }])).toHaveLength(0);
  });

  it('is reproducible for a fixed creation date', async () => {
    const a = await renderPdf(noticeModel(), { creationDate: CREATED });
    const b = await renderPdf(noticeModel(), { creationDate: CREATED });
    expect(a.equals(b)).toBe(true);
  });
});
