import { describe, expect, it } from 'vitest';
import { layoutPdf } from '../../../main/pdf/render';
import type { LaidLine, LayoutRecord } from '../../../main/pdf/layout-record';
import { intlWords, titleWords } from '../../../main/pdf/segment';
import {
  buildMinutes,
  buildNotice,
  buildSignInSheet,
  DocumentInputError,
  type DocumentModel,
  type NoticeOptions,
} from '../../../shared/documents';
import type { MeetingState } from '../../../shared/domain';
import type { Locale } from '../../../shared/i18n';
import { SEED_NAMES, seedState } from '../../shared/documents/helpers';

// Issue 14's layout rules, checked from the layout record the renderer returns (where every line
// went), not by looking: the issuer block never starts a page, no kept span (phone number, amount
// with its unit, date, Latin word, name) is split between lines, no paragraph ends in a line of one
// character, no heading ends a page, titles break between words, and an ordinary resolution
// notice is one page. Over every seed document and over generated notices with long texts.

const KINDS = ['proposal', 'resolution', 'implementation'] as const;

/** Spans to keep whole, found independently of the renderer's own rules. */
function spanPatterns(state: MeetingState): RegExp[] {
  const names = Object.values(state.members).map((m) => m.name);
  const chair = state.meeting?.chair.split('（')[0] ?? '';
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    /\d{3,4}-\d{3,4} ?\d{4}/g, // phone (joined lines lose the space)
    /\d+(?:\.\d+)?万?元/g, // amount with unit
    /\d+(?:\.\d+)?%/g,
    /\d{4}年\d{1,2}月\d{1,2}日/g,
    /[A-Za-z]{2,}/g, // Latin words
    new RegExp(
      [chair, ...names]
        .filter((n) => n.length >= 2)
        .map(escape)
        .join('|'),
      'g',
    ),
  ];
}

/** Consecutive lines of one block part (a paragraph, a table cell) on the page(s) they took. */
function groups(layout: LayoutRecord): LaidLine[][] {
  const out: LaidLine[][] = [];
  for (const line of layout.lines) {
    const last = out.at(-1)?.[0];
    if (last && last.block === line.block && last.part === line.part) out.at(-1)!.push(line);
    else out.push([line]);
  }
  return out;
}

const content = (text: string): number => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** Every broken rule in one rendered document, as readable strings. */
function problems(model: DocumentModel, layout: LayoutRecord, state: MeetingState): string[] {
  const found: string[] = [];
  const lines = layout.lines;
  const issuerAt = lines.findIndex((l) => l.type === 'issuer');
  if (issuerAt >= 0) {
    const before = lines.slice(0, issuerAt).findLast((l) => l.type !== 'qr');
    if (!before || before.page !== lines[issuerAt]!.page) found.push('issuer starts a page');
  }
  const patterns = spanPatterns(state);
  for (const group of groups(layout)) {
    const type = group[0]!.type;
    if (group.length < 2 || type === 'qr') continue;
    const text = group.map((l) => l.text).join('');
    const breaks: number[] = [];
    group.slice(0, -1).reduce((at, l) => (breaks.push(at + l.text.length), at + l.text.length), 0);
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const end = m.index + m[0].length;
        if (breaks.some((b) => b > m.index && b < end)) found.push(`split "${m[0]}" in ${type}`);
      }
    }
    const tail = group.at(-1)!.text.trim();
    if (type === 'paragraph' && content(tail) === 1) found.push(`one-character line "${tail}"`);
  }
  model.blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const last = lines.findLastIndex((l) => l.block === index);
    const next = lines.slice(last + 1).find((l) => l.block !== index);
    if (next && next.page !== lines[last]!.page)
      found.push(`heading at a page foot: ${block.text}`);
  });
  const title = lines.filter((l) => l.type === 'title');
  if (title.length === 2 && model.locale !== 'en') {
    const [a, b] = title.map((l) => [...l.text].length) as [number, number];
    if (Math.abs(a - b) > 6) found.push(`unbalanced title ${title[0]!.text}|${title[1]!.text}`);
  }
  for (const word of ['2026年', '拓宽', '非机动车', '监控', '晾晒', '雨污', '议事会']) {
    for (let i = 0; i + 1 < title.length; i++) {
      const joint = title[i]!.text + title[i + 1]!.text;
      const at = joint.indexOf(word);
      const cut = title[i]!.text.length;
      if (at >= 0 && at < cut && at + word.length > cut) found.push(`title splits ${word}`);
    }
  }
  return found;
}

/** Notices of a state that its guard rails allow, posted the day after the meeting. */
function notices(state: MeetingState, locale: Locale, extra: Partial<NoticeOptions> = {}) {
  const day = new Date(`${state.meeting!.date}T00:00:00Z`);
  const shift = (days: number): string =>
    new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const out: DocumentModel[] = [];
  for (const voteId of state.voteOrder) {
    for (const kind of KINDS) {
      const postedOn =
        kind === 'proposal' ? shift(-10) : kind === 'resolution' ? shift(1) : shift(40);
      try {
        out.push(buildNotice(state, { locale, voteId, kind, postedOn, ...extra }));
      } catch (error) {
        if (!(error instanceof DocumentInputError)) throw error;
      }
    }
  }
  return out;
}

async function check(model: DocumentModel, state: MeetingState): Promise<LayoutRecord> {
  const { layout } = await layoutPdf(model, { trusted: true });
  expect(problems(model, layout, state), model.meta.title).toEqual([]);
  return layout;
}

describe('layout rules, from the layout record', () => {
  for (const name of SEED_NAMES) {
    it(
      `hold for every document of seed ${name} (zh-CN, zh-TW, en)`,
      { timeout: 120_000 },
      async () => {
        const state = seedState(name);
        let count = 0;
        for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
          for (const model of notices(state, locale)) {
            await check(model, state);
            count++;
          }
          await check(buildMinutes(state, { locale }), state);
          await check(buildSignInSheet(state, { locale }), state);
        }
        expect(count).toBeGreaterThanOrEqual(3 * state.voteOrder.length);
      },
    );
  }

  it(
    'hold for notices with long titles, long resolutions and long objection channels',
    { timeout: 120_000 },
    async () => {
      const base = seedState('courtyard-repairs');
      const itemId = base.agendaOrder[0]!;
      const item = base.items[itemId]!;
      const long = {
        ...base,
        items: {
          ...base.items,
          [itemId]: {
            ...item,
            title: `${item.title}及非机动车棚智能充电桩加装、主干道拓宽硬化与雨污分流改造`,
          },
        },
        votes: Object.fromEntries(
          Object.entries(base.votes).map(([id, vote]) => [
            id,
            {
              ...vote,
              resolution:
                `${vote.resolution}工程总预算10万元，联系人陈德明，电话010-6401 2345，2026年6月30日前完成比选。`.repeat(
                  4,
                ),
            },
          ]),
        ),
      } as MeetingState;
      const objection = {
        contact: '芳华社区居民委员会芳草街12号院院落议事会办公室陈德明同志',
        address: '成都市武侯区玉林街道芳华社区芳草街12号院1栋1单元101室（社区党群服务中心二楼）',
        phone: '028-8555 1234、028-8555 5678（工作日9:00—17:30）',
      };
      let count = 0;
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
        for (const model of notices(long, locale, { objection })) {
          await check(model, long);
          count++;
        }
      }
      expect(count).toBeGreaterThan(3);
    },
  );

  it('sets an ordinary resolution notice on one page', { timeout: 60_000 }, async () => {
    for (const name of SEED_NAMES) {
      const state = seedState(name);
      const vote = state.voteOrder
        .map((id) => state.votes[id]!)
        .find((v) => v.outcome?.result === 'passed')!;
      const plain = {
        ...state,
        votes: {
          ...state.votes,
          [vote.voteId]: {
            ...vote,
            question: '是否同意本方案',
            resolution: '同意实施，预算10万元。',
          },
        },
      } as MeetingState;
      const date = new Date(`${state.meeting!.date}T00:00:00Z`).getTime() + 86_400_000;
      const model = buildNotice(plain, {
        locale: 'zh-CN',
        voteId: vote.voteId,
        postedOn: new Date(date).toISOString().slice(0, 10),
        objection: { contact: '居委会', address: '社区服务中心', phone: '010-6401 2345' },
      });
      const layout = await check(model, plain);
      expect(layout.pages, name).toBe(1);
    }
  });
});

describe('title words', () => {
  it('keeps 拓宽, 非机动车 and 监控 whole where Intl.Segmenter splits them', () => {
    const titles = ['村内主干道拓宽硬化工程', '非机动车棚智能充电桩', '加装院坝照明与出入口监控'];
    for (const [title, word] of titles.map(
      (t, i) => [t, ['拓宽', '非机动车', '监控'][i]!] as const,
    )) {
      expect(titleWords(title)).toContain(word);
      expect(intlWords(title)).not.toContain(word);
      expect(titleWords(title).join('')).toBe(title);
    }
  });
});

describe('the QR code', () => {
  it('says issuer, title, date and the SHA-256 of the embedded canonical content', async () => {
    const { canonicalContent, documentFingerprint, qrText } =
      await import('../../../main/pdf/fingerprint');
    const { createHash } = await import('node:crypto');
    const state = seedState('courtyard-repairs');
    const model = notices(state, 'zh-CN').find((m) => m.blocks.some((b) => b.type === 'issuer'))!;
    const text = qrText(model);
    const issuer = model.blocks.find((b) => b.type === 'issuer')!;
    if (issuer.type !== 'issuer') throw new Error('no issuer');
    const hash = createHash('sha256').update(canonicalContent(model), 'utf8').digest('hex');
    expect(hash).toBe(documentFingerprint(model));
    expect(text.split('\n')).toEqual([
      ...issuer.lines,
      model.meta.title,
      issuer.date,
      `SHA-256: ${hash}`,
    ]);
    const { pdf } = await layoutPdf(model, { trusted: true });
    // The hashed bytes travel inside the PDF as an embedded file.
    expect(pdf.toString('latin1')).toContain('yishiting-content.json');
  });
});
