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

/** Ranges [start, end) of atom indices that must stay on one line, for `atoms`' text. */
export function keepSpans(
  atoms: readonly Atom[],
  rules: KeepRules,
  source?: string,
): [number, number][] {
  let text = source ?? '';
  if (source === undefined) for (const atom of atoms) text += atom.char;
  // Regexes see UTF-16 offsets; atoms are code points. Map one to the other when they differ
  // (characters outside the BMP); most texts have none, and then an offset is an index.
  let atomAt: number[] | null = null;
  if (text.length !== atoms.length) {
    atomAt = [];
    atoms.forEach((atom, index) => {
      for (let k = 0; k < atom.char.length; k++) atomAt?.push(index);
    });
    atomAt.push(atoms.length);
  }
  const ranges: [number, number][] = [];
  // Every fixed pattern needs a digit: most table cells and names have none.
  if (/\d/.test(text)) {
    for (const pattern of PATTERNS) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        ranges.push([match.index, match.index + match[0].length]);
      }
    }
  }
  ranges.push(...nameMatches(text, rules));
  const spans: [number, number][] = [];
  for (const [from, to] of ranges) {
    const start = atomAt ? (atomAt[from] as number) : from;
    const end = atomAt ? (atomAt[to] as number) : to;
    if (end - start >= 2 && end - start <= MAX_SPAN) spans.push([start, end]);
  }
  return spans;
}

/**
 * The atoms with `glue` set inside every kept span (a new array when any; atoms are immutable).
 * `source`: the atoms' text when the caller has it (its characters, one atom per code point).
 */
export function applyKeeps<T extends Atom>(atoms: T[], rules: KeepRules, source?: string): T[] {
  const spans = keepSpans(atoms, rules, source);
  if (spans.length === 0) return atoms;
  const out = atoms.slice();
  for (const [start, end] of spans) {
    for (let i = start + 1; i < end; i++) out[i] = { ...(out[i] as T), glue: true };
  }
  return out;
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
