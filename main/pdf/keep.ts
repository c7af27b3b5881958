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

const PATTERNS: readonly RegExp[] = [
  // Phone numbers: digit groups joined by hyphens or single spaces ("010-6401 2345", "+86 138 …").
  /\+?\(?\d[\d()]*(?:[-‐– ]\(?\d[\d()]*){1,4}/gu,
  // Full dates (Chinese and English) before the generic number-with-unit rule.
  /\d{1,4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|\d{1,2}\s?月\s?\d{1,2}\s?日/gu,
  new RegExp(`\\d{1,2} ${MONTHS} \\d{4}|${MONTHS} \\d{1,2}, \\d{4}`, 'gu'),
  // Times: 9时42分, 09:42.
  /\d{1,2}\s?[时點点]\s?(?:\d{1,2}\s?分)?|\d{1,2}[:：]\d{2}/gu,
  // An amount or a count with its unit: ¥12.6万元, 10万元, 37人, 81.1%.
  new RegExp(`[¥￥$]?\\d+(?:[.,]\\d+)*(?:\\s?${UNITS})?`, 'gu'),
];

/** A span longer than this is left breakable: pushing it whole would leave a gaping line. */
const MAX_SPAN = 16;

/** What to keep whole in one document: the fixed patterns and the document's own names. */
export type KeepRules = Readonly<{ names: RegExp | null }>;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rules for a document whose names (people, bodies) are `words`; longest names match first. */
export function keepRules(words: readonly string[] = []): KeepRules {
  const usable = [...new Set(words.map((w) => w.trim()))].filter(
    (w) => [...w].length >= 2 && [...w].length <= MAX_SPAN,
  );
  usable.sort((a, b) => b.length - a.length);
  return { names: usable.length > 0 ? new RegExp(usable.map(escape).join('|'), 'gu') : null };
}

/** Ranges [start, end) of atom indices that must stay on one line, for `atoms`' text. */
export function keepSpans(atoms: readonly Atom[], rules: KeepRules): [number, number][] {
  // Regexes see UTF-16 offsets; atoms are code points. Map one to the other.
  const atomAt: number[] = [];
  let text = '';
  atoms.forEach((atom, index) => {
    for (let k = 0; k < atom.char.length; k++) atomAt.push(index);
    text += atom.char;
  });
  atomAt.push(atoms.length);
  const spans: [number, number][] = [];
  const patterns = rules.names ? [...PATTERNS, rules.names] : PATTERNS;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = atomAt[match.index] as number;
      const end = atomAt[match.index + match[0].length] as number;
      if (end - start >= 2 && end - start <= MAX_SPAN) spans.push([start, end]);
    }
  }
  return spans;
}

/** The atoms with `glue` set inside every kept span (a new array; atoms are immutable). */
export function applyKeeps<T extends Atom>(atoms: readonly T[], rules: KeepRules): T[] {
  const out = atoms.slice();
  for (const [start, end] of keepSpans(atoms, rules)) {
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
