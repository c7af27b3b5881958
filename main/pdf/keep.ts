import type { Atom } from './linebreak';

// Spans a line must not break inside (issue 14: "010-6401 / 2345", "10万 / 元", "2026 / 年" were
// all seen split). Chinese may break between any two characters, so these are marked explicitly:
// every atom of a span but the first gets `glue`, and breakLines starts no line at a glued atom.
// Latin words and numbers need nothing here: linebreak.ts already keeps them whole.

/** Units that belong to the number before them (amounts, counts, dates, times, measures). */
const UNITS =
  '(?:(?:万亿|亿|万|千|百)?(?:元|平方米|平米|米|公里|户|人|票|天|日|个|栋|号|层|名|项|次|年|月|时|分|%|％|‰|kg|km|m²|㎡)|万亿|亿|万)';
const MONTHS =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

// Without the 'u' flag: none of these needs it, and matching is faster without it.
const PATTERNS: readonly RegExp[] = [
  // Phone numbers: digit groups joined by hyphens or single spaces ("010-6401 2345", "+86 138 …").
  /\+?\(?\d[\d()]*(?:[-‐– ]\(?\d[\d()]*){1,4}/g,
  // Full dates (Chinese and English) before the generic number-with-unit rule.
  /\d{1,4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|\d{1,2}\s?月\s?\d{1,2}\s?日/g,
  new RegExp(`\\d{1,2} ${MONTHS} \\d{4}|${MONTHS} \\d{1,2}, \\d{4}`, 'g'),
  // Times: 9时42分, 09:42.
  /\d{1,2}\s?[时點点]\s?(?:\d{1,2}\s?分)?|\d{1,2}[:：]\d{2}/g,
  // An amount or a count with its unit: ¥12.6万元, 10万元, 37人, 81.1%.
  new RegExp(`[¥￥$]?\\d+(?:[.,]\\d+)*(?:\\s?${UNITS})?`, 'g'),
];

/**
 * The patterns as one alternation, in their order of precedence: one pass over a text instead of
 * five (minutes have thousands of short texts with a digit: times, counts, row numbers). Where
 * two would overlap, the earlier pattern's match wins, e.g. a full date over "2026年" alone.
 */
const ANY_PATTERN = new RegExp(PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'), 'g');

/** A span longer than this is left breakable: pushing it whole would leave a gaping line. */
const MAX_SPAN = 16;

/**
 * What to keep whole in one document: the fixed patterns and the document's own names, indexed
 * by first character. A regex alternation of a meeting's 200 names was a fifth of the minutes'
 * layout time (it tries every name at every position); the index tries only names that start there.
 */
export type KeepRules = Readonly<{
  names: ReadonlyMap<string, readonly string[]> | null;
  /** The names' first characters as one class: the scan jumps from one to the next natively. */
  starts?: RegExp;
  /** Shape each text once for all passes (a document laid out more than once, see shape.ts). */
  reuse?: boolean;
}>;

const escapeClass = (char: string): string => (/[\\\]^-]/.test(char) ? `\\${char}` : char);

/** Rules for a document whose names (people, bodies) are `words`; longest names match first. */
export function keepRules(words: readonly string[] = [], reuse = false): KeepRules {
  const usable = [...new Set(words.map((w) => w.trim()))].filter(
    (w) => [...w].length >= 2 && [...w].length <= MAX_SPAN,
  );
  if (usable.length === 0) return { names: null, reuse };
  usable.sort((a, b) => b.length - a.length);
  const names = new Map<string, string[]>();
  for (const word of usable) {
    const first = word[0] as string;
    const list = names.get(first);
    if (list) list.push(word);
    else names.set(first, [word]);
  }
  const starts = new RegExp(`[${[...names.keys()].map(escapeClass).join('')}]`, 'g');
  return { names, starts, reuse };
}

/** [start, end) UTF-16 ranges of the names in `text`, leftmost first, longest at each place. */
function nameMatches(text: string, rules: KeepRules): [number, number][] {
  const { names, starts } = rules;
  const found: [number, number][] = [];
  if (!names || !starts) return found;
  starts.lastIndex = 0;
  for (let hit = starts.exec(text); hit; hit = starts.exec(text)) {
    const i = hit.index;
    const word = names.get(text[i] as string)?.find((name) => text.startsWith(name, i));
    if (word) {
      found.push([i, i + word.length]);
      starts.lastIndex = i + word.length;
    }
  }
  return found;
}

/** Ranges [start, end) of code-point indices that must stay on one line, in `text`. */
export function keepSpans(text: string, rules: KeepRules): [number, number][] {
  const ranges: [number, number][] = [];
  // Every fixed pattern needs a digit: most table cells and names have none.
  if (/\d/.test(text)) {
    ANY_PATTERN.lastIndex = 0;
    for (let match = ANY_PATTERN.exec(text); match; match = ANY_PATTERN.exec(text)) {
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  ranges.push(...nameMatches(text, rules));
  if (ranges.length === 0) return [];
  // Regexes see UTF-16 offsets; atoms are code points. Map one to the other when they differ
  // (characters outside the BMP); most texts have none, and then an offset is an index.
  let pointAt: number[] | null = null;
  if (/[\uD800-\uDBFF]/.test(text)) {
    pointAt = [];
    let point = 0;
    for (const char of text) {
      for (let k = 0; k < char.length; k++) pointAt.push(point);
      point++;
    }
    pointAt.push(point);
  }
  const spans: [number, number][] = [];
  for (const [from, to] of ranges) {
    const start = pointAt ? (pointAt[from] as number) : from;
    const end = pointAt ? (pointAt[to] as number) : to;
    if (end - start >= 2 && end - start <= MAX_SPAN) spans.push([start, end]);
  }
  return spans;
}

/**
 * Which code points of `text` continue a kept span (see Atom.glue), or null when none does: shape
 * sets `glue` as it makes each atom, instead of copying the atoms afterwards.
 */
export function glueFlags(text: string, rules: KeepRules): Uint8Array | null {
  const spans = keepSpans(text, rules);
  if (spans.length === 0) return null;
  const flags = new Uint8Array(spans.reduce((max, [, end]) => Math.max(max, end), 0));
  for (const [start, end] of spans) flags.fill(1, start + 1, end);
  return flags;
}

/** Glue every atom of `atoms` that is not the first of its word: breaks fall between words. */
export function glueWords<T extends Atom>(atoms: readonly T[], words: readonly string[]): T[] {
  const out = atoms.slice();
  let index = 0;
  for (const word of words) {
    const length = [...word].length;
    for (let k = 1; k < length && index + k < out.length; k++) {
      out[index + k] = { ...(out[index + k] as T), glue: true };
    }
    index += length;
  }
  return out;
}
