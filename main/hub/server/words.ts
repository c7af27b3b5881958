import { fill, HUB_WORDS } from '../../../shared/i18n/hub';
import type { HubLocale } from './locale';

export type ServerWords = (
  key: string,
  params?: Readonly<Record<string, string | number>>,
) => string;

/**
 * The hub server's and its CLI's words (the hub catalogue's `server` section) in `locale`.
 * A dotted key reaches into a group (`cli.listening`); an unknown key is a programming error
 * that would show a raw key to a person, so it throws (tests reach every key used).
 */
export function serverWords(locale: HubLocale): ServerWords {
  const section: unknown = HUB_WORDS[locale].server;
  return (key, params = {}) => {
    let node: unknown = section;
    for (const part of key.split('.')) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined;
    }
    if (typeof node !== 'string') throw new Error(`hub: no words for server.${key}`);
    return fill(node, params);
  };
}
