// The query side of the hub's full-text search. Stored text is jieba's cut_for_search tokens
// joined by spaces in a to_tsvector('simple', …); a query is cut the same way and every token must
// be present. The tokens become quoted lexemes of a to_tsquery expression: inside quotes the
// query parser reads no operators (& | ! <-> : * ( )), so whatever a person types stays words.

/** Longest query kept: a search box is for a few words, not a document. */
export const MAX_QUERY_LENGTH = 100;
/** At most this many tokens are ANDed (a pasted paragraph must not make a huge query). */
export const MAX_QUERY_TOKENS = 16;

/** One token as a tsquery lexeme: quoted, with quotes and backslashes escaped. */
export function lexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A to_tsquery('simple', …) text requiring every token, or null when nothing searchable is
 * left (only spaces or punctuation): the caller then filters nothing instead of matching nothing.
 */
export function tsQueryOf(tokens: readonly string[]): string | null {
  const words = [
    ...new Set(
      tokens
        .map((token) =>
          token
            .replace(/\p{Cc}/gu, '')
            .trim()
            .toLowerCase(),
        )
        // A token of punctuation alone has no lexeme in the stored vector either.
        .filter((token) => /[\p{L}\p{N}]/u.test(token)),
    ),
  ].slice(0, MAX_QUERY_TOKENS);
  return words.length === 0 ? null : words.map(lexeme).join(' & ');
}
