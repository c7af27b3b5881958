import { describe, expect, it } from 'vitest';
import { resources, translator, type Messages } from '../../../shared/i18n';

// English counts agree with their noun: '1 abstention', '2 abstentions' (i18next plural forms,
// key_one / key_other, chosen by the `count` parameter). Chinese has one form and keeps the key.

/** Every leaf key of a namespace as 'a.b.c'. */
function leaves(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

const en = resources.en;
const PLURAL_KEYS = Object.entries(en).flatMap(([namespace, messages]) =>
  leaves(messages)
    .filter((key) => key.endsWith('_one'))
    .map((key) => `${namespace}:${key.slice(0, -'_one'.length)}`),
);

/** Sample values for the parameters of a key: the counted one (count, and abstain, which it counts) is `count`. */
function params(key: string, count: number): Record<string, unknown> {
  const text = translator('en')(`${key}_other`);
  const names = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
  return Object.fromEntries([
    ...names.map((name) => [name, name === 'abstain' ? count : 'X']),
    ['count', count],
  ]);
}

describe('English plurals', () => {
  it('gives each counted phrase both forms, and the counts that were wrong have them', () => {
    for (const key of [
      'documents:minutes.abstainCount',
      'documents:minutes.counts',
      'documents:noticeText.counts',
      'documents:noticeText.countsPlain',
      'documents:noticeText.choiceCounts',
      'documents:noticeText.choicePlain',
      'ui:projectorControls.lanConnected',
      'ui:chair.import.confirm',
      'ui:chair.import.done',
      'storage:recovered.tornTail',
      'storage:recovered.indexRebuilt',
      'storage:recovered.saved',
    ]) {
      expect(PLURAL_KEYS, key).toContain(key);
    }
    const t = translator('en');
    for (const key of PLURAL_KEYS) {
      const other = `${key}_other`;
      expect(t(other), other).not.toBe(other.split(':')[1]);
    }
  });

  it('renders count 1 in the singular and 2 in the plural', () => {
    const t = translator('en');
    for (const key of PLURAL_KEYS) {
      const one = t(key, params(key, 1));
      const two = t(key, params(key, 2));
      expect(one, key).toContain('1');
      expect(two, key).toContain('2');
      expect(one.replace('1', '2'), key).not.toBe(two);
    }
    expect(t('documents:minutes.abstainCount', { count: 1 })).toBe('1 abstention');
    expect(t('documents:minutes.abstainCount', { count: 2 })).toBe('2 abstentions');
    expect(t('ui:chair.import.confirm', { count: 1 })).toBe('Import 1 person');
    expect(t('ui:chair.import.confirm', { count: 2 })).toBe('Import 2 people');
    expect(t('ui:projectorControls.lanConnected', { count: 1 })).toBe('1 device connected');
  });

  it('keeps the one Chinese form whatever the count', () => {
    for (const locale of ['zh-CN', 'zh-TW'] as const) {
      const t = translator(locale);
      for (const key of PLURAL_KEYS) {
        const text = t(key, params(key, 1));
        expect(text, `${locale} ${key}`).not.toContain(key.split(':')[1] ?? key);
        expect(t(key, params(key, 2)), `${locale} ${key}`).toBe(text.replace('1', '2'));
      }
    }
  });

  it('prints no "(s)" and no row or people count without its own form', () => {
    for (const [namespace, messages] of Object.entries(en)) {
      for (const key of leaves(messages)) {
        const text = key
          .split('.')
          .reduce<Messages | string>(
            (node, part) => (typeof node === 'string' ? '' : (node[part] ?? '')),
            messages,
          );
        expect(String(text), `${namespace}:${key}`).not.toMatch(/\(s\)/);
        if (key.endsWith('_one') || key.endsWith('_other')) continue;
        // A number parameter right before a plural noun reads "1 rows": give it a plural form.
        expect(String(text), `${namespace}:${key}`).not.toMatch(
          /\{\{\w+\}\} (rows|people|records|meetings|devices|abstentions|categories)\b/,
        );
      }
    }
  });
});
