import type { ApiError } from '../api/errors';
import type { Translate } from './index';

/**
 * Words for any typed error, wherever it was raised: the core ('errors:'), the rules, storage,
 * documents, follow-up across meetings ('followup:'), or the carriers and backend ('ui:errors.').
 * Unknown codes still say something useful.
 */
export function describeError(t: Translate, error: ApiError): string {
  const keys = [
    `errors:${error.code}`,
    `rules:errors.${error.code}`,
    `storage:${error.code}`,
    `documents:${error.code}`,
    `followup:${error.code}`,
    `ui:errors.${error.code}`,
  ];
  for (const key of keys) {
    const text = t(key, error.params);
    if (text !== key && !text.endsWith(key.slice(key.indexOf(':') + 1))) return text;
  }
  return t('ui:errors.unknown', { code: error.code });
}
