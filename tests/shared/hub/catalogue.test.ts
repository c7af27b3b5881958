import { describe, expect, it } from 'vitest';
import { fill, HUB_WORDS } from '../../../shared/i18n/hub';

type Tree = { readonly [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('hub catalogue', () => {
  it('has the same keys and placeholders in zh-CN, zh-TW and en, none empty', () => {
    const base = new Map(leaves(HUB_WORDS['zh-CN'] as Tree));
    for (const locale of ['zh-TW', 'en'] as const) {
      const other = new Map(leaves(HUB_WORDS[locale] as Tree));
      expect([...other.keys()].sort()).toEqual([...base.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(base.get(key)!));
      }
    }
  });

  it('zh-TW is not zh-CN copied (its own script and terms)', () => {
    expect(HUB_WORDS['zh-TW'].overdue.commentLabel).toContain('追蹤清冊');
    expect(HUB_WORDS['zh-TW'].nav.meetings).not.toBe(HUB_WORDS['zh-CN'].nav.meetings);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('共{{total}}次，{{x}}', { total: 3 })).toBe('共3次，{{x}}');
  });
});
