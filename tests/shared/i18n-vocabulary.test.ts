import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/i18n';

// One word per concept across console, board, minutes and notices (issue 13, Wording). Each
// locale lists the variants that must not come back, and the status words of an action item
// (落实事项) are the same four wherever they are shown.

type Strings = { path: string; text: string }[];

function strings(node: unknown, path = ''): Strings {
  if (typeof node === 'string') return [{ path, text: node }];
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) =>
      strings(value, path ? `${path}.${key}` : key),
    );
  return [];
}

const FORBIDDEN: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': [
    '话语权分布', // → 发言情况统计
    '正在议', // → 审议中
    '居（村）民', // → 居民代表 in a residents' body, 村民代表 in a village
    '外来人口', // → 新市民代表
    '行动事项', // → 落实事项
    '实施事项',
    '按目前票数',
  ],
  'zh-TW': [
    '話語權分布',
    '正在議',
    '居（村）民',
    '外來人口',
    '行動事項',
    '實施事項',
    '台賬', // → 追蹤清冊
    '台帳',
    '跟蹤',
    '黑屏', // → 黑畫面
    '投屏', // → 投影
    '會議記錄', // → 會議紀錄
    '散會與記錄',
  ],
  // Typographic quotes come out full-width in the CJK fonts the console and the PDFs use.
  en: ['Non-local', 'non-local', 'Share of speaking time', '\u2018', '\u2019', '\u201c', '\u201d'],
};

/** The four states of an action item, in the order planned, in progress, done, stopped. */
const ACTION_STATES: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['未开始', '办理中', '已办结', '已终止'],
  'zh-TW': ['未開始', '辦理中', '已辦結', '已終止'],
  en: ['Not started', 'In progress', 'Completed', 'Terminated'],
};

const locales = Object.keys(resources) as Locale[];

describe('catalogue vocabulary', () => {
  for (const locale of locales) {
    it(`${locale}: no forbidden variant anywhere`, () => {
      const found = strings(resources[locale]).filter(({ text }) =>
        FORBIDDEN[locale].some((word) => text.includes(word)),
      );
      expect(found.map((s) => `${s.path}: ${s.text}`)).toEqual([]);
    });

    it(`${locale}: an action item has the same four status words on the console, board and paper`, () => {
      const c = resources[locale] as unknown as {
        domain: { actionStatus: Record<string, string> };
        ui: { chair: { vocab: { actionStatus: Record<string, string> } } };
        followup: { label: { itemStatus: Record<string, string> } };
      };
      const [planned, inProgress, done, stopped] = ACTION_STATES[locale];
      const expected = { planned, inProgress, done };
      expect(c.domain.actionStatus).toEqual({ ...expected, cancelled: stopped });
      expect(c.ui.chair.vocab.actionStatus).toEqual({ ...expected, cancelled: stopped });
      expect(c.followup.label.itemStatus).toEqual({ ...expected, dropped: stopped });
    });
  }
});

describe('representatives in the minutes', () => {
  it('are 村民代表 in a village and 居民代表 in a residents’ body', async () => {
    const { buildMinutes } = await import('../../shared/documents');
    const { modelText, seedState } = await import('./documents/helpers');
    const village = modelText(buildMinutes(seedState('village-quorum'), { locale: 'zh-CN' }));
    // A roster row's category cell, and the speaking-share group of the representatives.
    expect(village).toMatch(/\|村民代表\|/);
    expect(village).toMatch(/\n村民\|/);
    expect(village).not.toContain('居民代表');
    const residents = modelText(buildMinutes(seedState('parking-drying'), { locale: 'zh-CN' }));
    expect(residents).toMatch(/\|居民代表\|/);
    expect(residents).toMatch(/\n居民\|/);
    expect(residents).not.toContain('村民代表');
  });
});
