import type { RichText } from '../../shared/documents/model';
import type { Atom } from './linebreak';
import { loadFont, type FontKey } from './fonts';
import { glueFlags, type KeepRules } from './keep';
import type { TextStyle } from './styles';

// Turns text into atoms: one per character, with the font that has its glyph and its width.
// Widths come from the glyphs' advances, without kerning: CJK text has none, and Latin text only
// gets narrower when pdfkit applies it, so a line measured here never runs past its width.

/** A character with the font it is drawn in. */
export type ShapedAtom = Atom & Readonly<{ font: FontKey }>;

// Per-font cache of advance widths at 1 pt, shared by every document in the process.
const advances = new Map<FontKey, Map<string, number>>();
const choices = new Map<FontKey, Map<string, FontKey>>();

function fallbacksFor(key: FontKey): FontKey[] {
  const weight = key.endsWith('bold') ? 'bold' : 'regular';
  return [key, `sansSC-${weight}`, `sansTC-${weight}`];
}

/** The first font in the chain that has the character; rare glyphs fall back to the sans faces. */
export function fontFor(char: string, key: FontKey): FontKey {
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x80) return key; // every face has ASCII
  let table = choices.get(key);
  if (!table) {
    table = new Map();
    choices.set(key, table);
  }
  let choice = table.get(char);
  if (choice === undefined) {
    choice =
      fallbacksFor(key).find((candidate) => loadFont(candidate).hasGlyphForCodePoint(cp)) ?? key;
    table.set(char, choice);
  }
  return choice;
}

/** Advance width of one character at `size` points. */
export function advance(char: string, key: FontKey, size: number): number {
  let table = advances.get(key);
  if (!table) {
    table = new Map();
    advances.set(key, table);
  }
  let width = table.get(char);
  if (width === undefined) {
    const font = loadFont(key);
    const glyph = font.glyphForCodePoint(char.codePointAt(0) ?? 0x20);
    width = glyph.advanceWidth / font.unitsPerEm;
    table.set(char, width);
  }
  return width * size;
}

/** Width of a string set in one style (regular weight), e.g. for centring a short label. */
export function measure(text: string, style: TextStyle, bold = false): number {
  let width = 0;
  for (const atom of shape(text, style, bold)) width += atom.width;
  return width;
}

/**
 * Atoms of rich text in a style; `bold` makes every run bold (titles, headings). With `keep`,
 * phone numbers, amounts with their unit, dates and the document's names are glued whole; those
 * results are cached per document and shared, so callers must not change the array they get.
 */
export function shape(
  text: RichText,
  style: TextStyle,
  bold = false,
  keep?: KeepRules,
): ShapedAtom[] {
  if (!keep) return shapeRuns(text, style, bold);
  // A notice laid out at two or three line pitches shapes its texts once. Not for one pass (the
  // minutes): keeping every atom alive for the whole document costs more in GC than it saves.
  const source = (typeof text === 'string' ? text : text.map((run) => run.text).join('')).replace(
    /[\t\r]/g,
    ' ',
  );
  if (!keep.reuse) return shapeRuns(text, style, bold, glueFlags(source, keep));
  let cache = shaped.get(keep);
  if (!cache) {
    cache = new Map();
    shaped.set(keep, cache);
  }
  const runsKey =
    typeof text === 'string'
      ? text
      : text.map((run) => `${run.bold ? 1 : 0}${run.text}`).join('\0');
  const key = `${style.regular}|${style.bold}|${style.size}|${style.tracking ?? 0}|${bold ? 1 : 0}|${typeof text === 'string' ? 's' : 'r'}|${runsKey}`;
  let atoms = cache.get(key);
  if (!atoms) {
    atoms = shapeRuns(text, style, bold, glueFlags(source, keep));
    cache.set(key, atoms);
  }
  return atoms;
}

/** Shaped atoms by document (its keep rules), then by style and text. Read-only once stored. */
const shaped = new WeakMap<KeepRules, Map<string, ShapedAtom[]>>();

/** Atoms of `text`; `glue[i]` set: the i-th code point continues a kept span (keep.ts). */
function shapeRuns(
  text: RichText,
  style: TextStyle,
  bold: boolean,
  glue: Uint8Array | null = null,
): ShapedAtom[] {
  const runs = typeof text === 'string' ? [{ text, bold }] : text;
  const atoms: ShapedAtom[] = [];
  const tracking = style.tracking ?? 0;
  for (const run of runs) {
    const base = bold || run.bold ? style.bold : style.regular;
    for (const raw of run.text) {
      const char = raw === '\t' || raw === '\r' ? ' ' : raw;
      // Every atom has the same four fields, so the line breaker's loops see one shape.
      const glued = glue !== null && glue[atoms.length] === 1;
      if (char === '\n') {
        atoms.push({ char, width: 0, font: base, glue: glued });
        continue;
      }
      const font = fontFor(char, base);
      atoms.push({ char, width: advance(char, font, style.size) + tracking, font, glue: glued });
    }
  }
  return atoms;
}
