// Line breaking for Chinese with some Latin: a break may fall between any two CJK characters,
// Latin words and numbers stay whole, and the simple kinsoku rules of Chinese typesetting hold:
// no line starts with closing punctuation (，。；：、）…) and none ends with an opening one (（“《).
// When such a break would be needed, the character before it moves down with the punctuation,
// which is what Chinese word processors do. Pure: widths are given, nothing is drawn here.

/**
 * One character to place, with its advance width in points. `glue`: no line may start with this
 * atom, because it continues a span kept whole (a phone number, an amount with its unit, a date,
 * a name, a title's word); see keep.ts.
 */
export type Atom = Readonly<{ char: string; width: number; glue?: boolean }>;

/** A line as a half-open range of atoms; `width` excludes trailing spaces. */
export type LineSpan = Readonly<{ start: number; end: number; width: number }>;

const NO_START = new Set(
  Array.from('，。、；：！？）】》〉」』〕］｝”’…—～·％‰,.;:!?)]}%、〗〙〛•°℃'),
);
const NO_END = new Set(Array.from('（【《〈「『〔［｛“‘([{〖〘〚'));

/** CJK ideographs, kana, Hangul, CJK punctuation and full-width forms: each may stand alone. */
export function isCjk(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x2014 ||
    cp === 0x2026 ||
    cp === 0x201c ||
    cp === 0x201d
  );
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u3000';
}

/** May a line end after `prev` and the next begin with `next`? */
export function canBreakBetween(prev: string, next: string): boolean {
  // Two ideographs, the common case in Chinese text: neither is in the kinsoku sets.
  const a = prev.charCodeAt(0);
  const b = next.charCodeAt(0);
  if (a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff) return true;
  if (NO_START.has(next) || NO_END.has(prev)) return false;
  if (isSpace(prev)) return true;
  if (isSpace(next)) return false;
  return isCjk(prev) || isCjk(next);
}

/**
 * Greedy line breaking. `firstWidth` is the first line's room (after a first-line indent),
 * `width` every later line's. '\n' forces a break. A word wider than a line is cut anywhere,
 * so no line ever runs past its width unless a single character does.
 */
export function breakLines(
  atoms: readonly Atom[],
  width: number,
  firstWidth: number = width,
): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  while (start < atoms.length) {
    // Spaces at the start of a continued line are dropped, as in any typesetter.
    if (lines.length > 0) while (start < atoms.length && isSpaceAt(atoms, start)) start++;
    if (start >= atoms.length) break;
    const room = lines.length === 0 ? firstWidth : width;
    const line = fitLine(atoms, start, room);
    lines.push(line);
    start = atoms[line.end]?.char === '\n' ? line.end + 1 : line.end;
  }
  return lines;
}

function isSpaceAt(atoms: readonly Atom[], index: number): boolean {
  const atom = atoms[index];
  return atom !== undefined && isSpace(atom.char);
}

function fitLine(atoms: readonly Atom[], start: number, room: number): LineSpan {
  let x = 0;
  let lastBreak = -1; // index where a new line may start, found so far
  for (let i = start; i < atoms.length; i++) {
    const atom = atoms[i] as Atom;
    if (atom.char === '\n') return span(atoms, start, i);
    const prev = atoms[i - 1];
    if (i > start && prev && !atom.glue && canBreakBetween(prev.char, atom.char)) lastBreak = i;
    if (x + atom.width > room + 0.01 && !isSpace(atom.char)) {
      if (lastBreak > start) return span(atoms, start, lastBreak);
      // No allowed break: cut here (a long number or URL), but keep at least one character.
      return span(atoms, start, Math.max(i, start + 1));
    }
    x += atom.width;
  }
  return span(atoms, start, atoms.length);
}

function span(atoms: readonly Atom[], start: number, end: number): LineSpan {
  let last = end;
  while (last > start && isSpaceAt(atoms, last - 1)) last--;
  let width = 0;
  for (let i = start; i < last; i++) width += (atoms[i] as Atom).width;
  return { start, end, width };
}

/**
 * The narrowest width that still gives the same number of lines: titles are set in lines of about
 * equal length (GB/T 9704) instead of a full line and a stub.
 */
export function balancedWidth(atoms: readonly Atom[], width: number): number {
  const count = breakLines(atoms, width).length;
  if (count <= 1) return width;
  let low = 0;
  for (const atom of atoms) low += atom.width;
  low = low / count;
  let high = width;
  for (let step = 0; step < 20 && high - low > 0.5; step++) {
    const mid = (low + high) / 2;
    if (breakLines(atoms, mid).length <= count) high = mid;
    else low = mid;
  }
  return high;
}

// Where a two-line title reads best when split: before a conjunction or a bracket, or after a
// pause mark, a colon or 的 (GB/T 9704 asks for lines that keep words whole; these places are safe
// without a dictionary). "关于加装电梯|及动用维修资金的公示" rather than "关于加装电|梯及动用…".
const BREAK_BEFORE = new Set(Array.from('及和与暨并（'));
const BREAK_AFTER = new Set(Array.from('、，的：；'));

/**
 * A two-line title's lines moved to the natural break (above) nearest to balance, within four
 * characters and with both lines fitting; null when the title is not two lines or has none.
 */
export function naturalTitleLines(atoms: readonly Atom[], width: number): LineSpan[] | null {
  const lines = breakLines(atoms, balancedWidth(atoms, width));
  const first = lines[0];
  if (lines.length !== 2 || !first || atoms.some((a) => a.char === '\n')) return null;
  let best: LineSpan[] | null = null;
  let bestDiff = Infinity;
  for (let shift = -4; shift <= 4; shift++) {
    const at = first.end + shift;
    const before = atoms[at - 1]?.char ?? '';
    const after = atoms[at]?.char ?? '';
    if (at <= 0 || at >= atoms.length || atoms[at]?.glue || !canBreakBetween(before, after))
      continue;
    if (!BREAK_BEFORE.has(after) && !BREAK_AFTER.has(before)) continue;
    const candidate = [span(atoms, 0, at), span(atoms, at, atoms.length)];
    if (candidate.some((line) => line.width > width)) continue;
    const diff = Math.abs((candidate[0]?.width ?? 0) - (candidate[1]?.width ?? 0));
    if (diff < bestDiff) {
      best = candidate;
      bestDiff = diff;
    }
  }
  return best;
}

/**
 * Lines for a title: balanced, and for two lines moved to a nearby natural break when one
 * exists within four characters and both lines still fit. A '\n' in the text wins over both.
 */
export function titleLines(atoms: readonly Atom[], width: number): LineSpan[] {
  return naturalTitleLines(atoms, width) ?? breakLines(atoms, balancedWidth(atoms, width));
}
