import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../shared/api/errors';
import { ERROR_CODES } from '../../shared/domain/errors';
import { describeRulesError } from '../../shared/domain/rules';
import { FOLLOWUP_ERROR_CODES } from '../../shared/followup/errors';
import { LOCALES, resources, translator, type Locale, type Messages } from '../../shared/i18n';
import { describeError, errorKeys } from '../../shared/i18n/describe-error';
import { TEXT_ERROR_CODES } from '../../shared/text/decode';

// Every error code the program can produce must reach a person as a sentence in their language.
// The codes are gathered from the code itself (typed lists and the places that raise errors), so
// a code added anywhere is checked without touching this test.

const SOURCES = ['main', 'shared', 'renderer/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.endsWith(join('shared', 'i18n')) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = SOURCES.flatMap(sourceFiles).map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

function matches(pattern: RegExp): string[] {
  return files.flatMap(({ text }) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''));
}

/** The string literals of a union type, e.g. `export type NoticeCode = 'a' | 'b';`. */
function unionMembers(typeName: string): string[] {
  return matches(new RegExp(`type ${typeName}\\s*=([^;]+);`, 'g')).flatMap((body) =>
    [...body.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? ''),
  );
}

const documentCodes = [
  ...unionMembers('DocumentInputCode'),
  ...matches(/new DocumentInputError\(\s*'([^']+)'/g),
];

/** Every ApiError code: the typed lists plus every literal code at the places that raise one. */
const apiCodes = [
  ...new Set([
    ...ERROR_CODES,
    ...FOLLOWUP_ERROR_CODES,
    ...API_ERROR_CODES,
    ...TEXT_ERROR_CODES,
    ...unionMembers('NoticeCode'),
    ...matches(/\bapiError\(\s*'([^']+)'/g),
    ...matches(/\bStorageError\(\s*'([^']+)'/g),
    ...matches(/\bnotice\(\s*'([^']+)'/g),
    ...matches(/\bfail\(\s*'([^']+)'/g),
    ...matches(/\bfollowupError\(\s*'([^']+)'/g),
    // Object literals carrying a dotted code: RepositoryError, the carriers, the follow-up gate.
    ...matches(/\bcode:\s*'([a-z][A-Za-z]*\.[A-Za-z.]+)'/g),
    // The backend wraps a document input error as 'export.<code>'.
    ...documentCodes.map((code) => `export.${code}`),
  ]),
]
  .filter((code) => !code.startsWith('rules.'))
  .sort();

/** Rule-check codes have their own describer (measures and fields put into words). */
const rulesCodes = [
  ...new Set([
    ...matches(/\bcode:\s*'(rules\.[A-Za-z]+)'/g),
    ...files
      .filter(({ path }) => path.includes(join('domain', 'rules')))
      .flatMap(({ text }) => [...text.matchAll(/\berror\(\s*'([A-Za-z]+)'/g)])
      .map((m) => `rules.${m[1] ?? ''}`),
  ]),
].sort();

/** Text that is a catalogue key, or carries one, instead of words. */
function looksLikeKey(text: string): boolean {
  return (
    /\b(errors|domain|rules|storage|documents|ui|followup):[A-Za-z]+\.[\w.]+/.test(text) ||
    /\berror\.[a-z]\w*/.test(text) ||
    /^[\w-]+(\.[\w-]+)+$/.test(text.trim())
  );
}

function leaf(messages: Messages | undefined, path: string): string | undefined {
  let node: Messages | string | undefined = messages;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** Whether `locale`'s own catalogue (not the zh-CN fallback) has the key `ns:path`. */
function ownEntry(locale: Locale, key: string): boolean {
  const colon = key.indexOf(':');
  const namespace = key.slice(0, colon) as keyof (typeof resources)[Locale];
  const path = key.slice(colon + 1);
  // A counted message may come as plural forms only (English: key_one, key_other).
  return [path, `${path}_other`].some((p) => leaf(resources[locale][namespace], p) !== undefined);
}

describe('the words for every error code', () => {
  it('finds the codes in the code (the scan is not empty)', () => {
    for (const code of ['vote.countsExceedBase', 'api.internal', 'error.readOnly', 'export.noVote'])
      expect(apiCodes).toContain(code);
    expect(rulesCodes).toContain('rules.notACount');
  });

  for (const locale of LOCALES) {
    it(`puts every error code into ${locale} words of its own`, () => {
      const t = translator(locale);
      const untranslated = apiCodes.filter(
        (code) => !errorKeys(code).some((key) => ownEntry(locale, key)),
      );
      expect(untranslated, `${locale}: codes without an entry`).toEqual([]);
      const keyLike = apiCodes
        .map((code) => [code, describeError(t, { code, params: {} })] as const)
        .filter(([, text]) => looksLikeKey(text));
      expect(keyLike, `${locale}: codes shown as keys`).toEqual([]);
    });

    it(`puts every rule-check code into ${locale} words of its own`, () => {
      const missing = rulesCodes.filter(
        (code) =>
          !ownEntry(locale, `rules:errors.${code.slice('rules.'.length)}`) ||
          looksLikeKey(describeRulesError({ code, params: {} }, locale)),
      );
      expect(missing).toEqual([]);
    });
  }

  it.each([
    ['the message of an internal error', 'api.internal', { message: 'error.unrecoverable' }],
    ['the failing command of a script', 'script.invalid', { index: 3, code: 'roster.notPresent' }],
  ])('puts a code carried as %s into words too', (_label, code, params) => {
    for (const locale of LOCALES) {
      const text = describeError(translator(locale), { code, params });
      expect(looksLikeKey(text), text).toBe(false);
      expect(text).not.toMatch(/error\.unrecoverable|roster\.notPresent|\{\{/);
    }
  });
});
