import type { ApiError } from '../api/errors';
import type { Translate } from './index';

/** Parameters that carry the cause of an error: when they hold an error code, show its words. */
const CAUSE_PARAMS = ['code', 'reason', 'message'] as const;

/** A dotted error code such as 'roster.unknownMember' or 'error.unrecoverable'. */
const CODE_LIKE = /^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/;

/** The catalogue keys that may hold a code's words, in the order they are tried. */
export function errorKeys(code: string): string[] {
  return [
    `errors:${code}`,
    `rules:errors.${code}`,
    `storage:${code}`,
    `documents:${code}`,
    `followup:${code}`,
    `ui:errors.${code}`,
  ];
}

/** The code's words, or null when no namespace has them (i18next then echoes the key). */
function wordsFor(t: Translate, code: string, params: ApiError['params']): string | null {
  for (const key of errorKeys(code)) {
    const text = t(key, params);
    if (text !== key && !text.endsWith(key.slice(key.indexOf(':') + 1))) return text;
  }
  return null;
}

/**
 * A cause that is itself an error code (a script's failing command, a storage error wrapped as
 * 'api.internal') is shown in words too, so a person never reads a raw key inside a sentence.
 */
function withCausesInWords(t: Translate, params: ApiError['params']): ApiError['params'] {
  const result = { ...params };
  for (const name of CAUSE_PARAMS) {
    const value = params[name];
    if (typeof value !== 'string' || !CODE_LIKE.test(value)) continue;
    const words = wordsFor(t, value, params);
    // The outer error does not carry the cause's own parameters: an ellipsis, not '{{name}}'.
    if (words !== null) result[name] = words.replace(/\{\{\s*[\w.]+\s*\}\}/g, '…');
  }
  return result;
}

/**
 * Words for any typed error, wherever it was raised: the core ('errors:'), the rules, storage,
 * documents, follow-up across meetings ('followup:'), or the carriers and backend ('ui:errors.').
 * Unknown codes still say something useful.
 */
export function describeError(t: Translate, error: ApiError): string {
  return (
    wordsFor(t, error.code, withCausesInWords(t, error.params)) ??
    t('ui:errors.unknown', { code: error.code })
  );
}
