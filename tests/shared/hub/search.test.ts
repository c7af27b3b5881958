import { describe, expect, it } from 'vitest';
import { lexeme, MAX_QUERY_TOKENS, tsQueryOf } from '../../../shared/hub/search';

describe('hub search query', () => {
  it('ANDs the tokens as quoted lexemes, lower-cased and without repeats', () => {
    expect(tsQueryOf(['充电', '充电桩', 'EV', '充电'])).toBe("'充电' & '充电桩' & 'ev'");
  });

  it('quotes operators and escapes quotes and backslashes, so typed text stays words', () => {
    expect(lexeme("it's")).toBe("'it''s'");
    expect(lexeme('a\\b')).toBe("'a\\\\b'");
    expect(tsQueryOf(["'", '&', '|', '!', '('])).toBeNull();
    expect(tsQueryOf(["x'):*|!y"])).toBe("'x''):*|!y'");
  });

  it('drops control characters and tokens of punctuation only; nothing left is no query', () => {
    expect(tsQueryOf(['a\u0000b', '，', ' '])).toBe("'ab'");
    expect(tsQueryOf([])).toBeNull();
  });

  it('keeps at most MAX_QUERY_TOKENS tokens', () => {
    const tokens = Array.from({ length: 40 }, (_, i) => `w${i}`);
    expect(tsQueryOf(tokens)!.split(' & ')).toHaveLength(MAX_QUERY_TOKENS);
  });
});
