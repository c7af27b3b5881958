import { createRequire } from 'node:module';

// Chinese full-text search on PostgreSQL's own 'simple' configuration: the text is cut into words
// beforehand by jieba (jieba-wasm, as main/pdf/segment.ts uses it) in search mode, which also
// emits the shorter words inside a long one (电动自行车充电桩 → … 充电, 充电桩 …), so a search for
// 充电 finds it. The dictionary is Simplified and communities may write Traditional, so both the
// indexed text and a query are turned Simplified first (opencc-js): 充電 finds 充电 and back.
// The same function makes the tokens of a query, so both sides always cut alike.

type Jieba = { cut_for_search(text: string, hmm?: boolean): string[] };

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;
let simplify: ((text: string) => string) | undefined;

function load(): { jieba: Jieba; simplify: (text: string) => string } {
  jieba ??= require('jieba-wasm') as Jieba;
  if (!simplify) {
    const opencc = require('opencc-js/t2cn') as {
      Converter(options: { from: string; to: string }): (text: string) => string;
    };
    simplify = opencc.Converter({ from: 'tw', to: 'cn' });
  }
  return { jieba, simplify };
}

/** Words and numbers only: punctuation and spaces are no search terms. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The distinct search terms of `text`, lower-cased, in first-seen order. */
export function searchTerms(text: string): string[] {
  if (text.trim() === '') return [];
  const tools = load();
  const words = tools.jieba.cut_for_search(tools.simplify(text.normalize('NFKC')), true);
  const out = new Set<string>();
  for (const word of words) {
    const term = word.trim().toLowerCase();
    if (term !== '' && WORDLIKE.test(term)) out.add(term);
  }
  return [...out];
}

/** The text as space-joined terms, stored with `to_tsvector('simple', …)`. */
export function searchTokens(text: string): string {
  return searchTerms(text).join(' ');
}
