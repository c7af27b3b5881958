import { describe, expect, it } from 'vitest';
import { LOCALES, NAMESPACES, resources, translator, type Messages } from '../../shared/i18n';

/** i18next's plural suffixes: English writes '1 abstention' / '2 abstentions', Chinese one form. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key, a word's plural forms (key_one, key_other) counted as the one key they translate. */
function keys(messages: Messages, prefix = ''): string[] {
  const all = Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
  return [...new Set(all.map((key) => key.replace(PLURAL, '')))];
}

/** The text of a key, or of its 'other' plural form where the locale has plural forms. */
function leaf(messages: Messages, path: string): string {
  return plainLeaf(messages, path) || plainLeaf(messages, `${path}_other`);
}

function params(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '')),
  ].sort();
}

function plainLeaf(messages: Messages, path: string): string {
  let node: Messages | string | undefined = messages;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : '';
}

describe('the message catalogue', () => {
  for (const namespace of NAMESPACES) {
    it(`has the same keys and parameters in every locale: ${namespace}`, () => {
      const reference = keys(resources['zh-CN'][namespace]).sort();
      for (const locale of LOCALES) {
        const messages = resources[locale][namespace];
        expect(keys(messages).sort(), `${locale}/${namespace}`).toEqual(reference);
        for (const key of reference) {
          expect(leaf(messages, key).trim(), `${locale}/${namespace}:${key} is empty`).not.toBe('');
        }
      }
      // Both Chinese locales share sentence structure, so they take exactly the same parameters.
      // English may use fewer (digits where Chinese writes Han numerals, e.g. 三分之二 vs 2/3).
      for (const key of reference) {
        expect(
          params(leaf(resources['zh-TW'][namespace], key)),
          `zh-TW/${namespace}:${key}`,
        ).toEqual(params(leaf(resources['zh-CN'][namespace], key)));
      }
    });
  }

  it('translates with parameters in each locale', () => {
    expect(translator('zh-CN')('ui:errors.meeting.unknown', { meetingId: 'm1' })).toBe(
      '找不到这个会议（m1）',
    );
    expect(translator('zh-TW')('ui:errors.meeting.unknown', { meetingId: 'm1' })).toBe(
      '找不到這個會議（m1）',
    );
    expect(translator('en')('ui:errors.meeting.unknown', { meetingId: 'm1' })).toBe(
      'Meeting not found (m1)',
    );
  });
});
