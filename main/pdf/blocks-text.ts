import type { BlockOf } from '../../shared/documents/model';
import { breakLines, type LineSpan } from './linebreak';
import { shape, type ShapedAtom } from './shape';
import type { Styles } from './styles';
import type { Surface } from './surface';

// Text blocks: addressee, headings and paragraphs (titles: blocks-title.ts). Sizes follow the layout's styles;
// the official look is GB/T 9704 (title centred in balanced lines, body indented two characters).

export function drawAddressee(surface: Surface, styles: Styles, block: BlockOf<'addressee'>): void {
  const atoms = shape(block.text, styles.body, false, surface.keep);
  surface.flow(atoms, breakLines(atoms, surface.width), styles.body, 'left');
}

/**
 * A heading is drawn with the first lines of what follows it: it waits (Surface.defer) until the
 * next block asks for room, so a table or a signature grid after it cannot leave it at a foot.
 */
export function drawHeading(surface: Surface, styles: Styles, block: BlockOf<'heading'>): void {
  const style = block.level === 1 ? styles.heading1 : styles.heading2;
  const atoms = shape(block.text, style, true, surface.keep);
  const lines = breakLines(atoms, surface.width);
  const own = surface.current;
  surface.defer(styles.gap + lines.length * style.lineHeight, () => {
    const next = surface.current;
    surface.current = own;
    surface.y += styles.gap;
    surface.flow(atoms, lines, style, 'left');
    surface.current = next;
  });
}

/** Letters and digits on a line: punctuation and spaces don't count as a line's content. */
function contentLength(atoms: readonly ShapedAtom[], line: LineSpan): number {
  let count = 0;
  for (let i = line.start; i < line.end; i++) {
    if (/[\p{L}\p{N}]/u.test((atoms[i] as ShapedAtom).char)) count++;
  }
  return count;
}

/** How much a line may be set tighter to take in a paragraph's last character: 0.03 em a gap. */
export const MAX_SQUEEZE = 0.03;

/**
 * Lines of a paragraph without a last line of one character ("过。" alone). Tighten before
 * breaking: the line before takes it in when squeezing its gaps by at most MAX_SQUEEZE does it
 * (drawLine sets an overfull line tighter); otherwise that line is set narrower, a quarter
 * character at a time up to three, until a second character comes down.
 */
export function paragraphLines(
  atoms: readonly ShapedAtom[],
  width: number,
  indent: number,
  size: number,
): LineSpan[] {
  const lines = breakLines(atoms, width, width - indent);
  const last = lines.at(-1);
  const before = lines.at(-2);
  if (!last || !before || contentLength(atoms, last) !== 1) return lines;
  if (atoms[last.start - 1]?.char === '\n') return lines; // the author's own break
  const first = lines.length === 2 ? indent : 0;
  let merged = 0;
  let count = 0;
  for (let i = before.start; i < last.end; i++) {
    const char = (atoms[i] as ShapedAtom).char;
    if (char === '\n') break;
    merged += (atoms[i] as ShapedAtom).width;
    count++;
  }
  if (merged <= width - first + size * MAX_SQUEEZE * (count - 1)) {
    return [...lines.slice(0, -2), { start: before.start, end: last.end, width: merged }];
  }
  const rest = atoms.slice(before.start);
  for (let step = 1; step <= 12; step++) {
    const narrower = width - (size * step) / 4;
    const retry = breakLines(rest, width, narrower - first).map((line) => ({
      start: line.start + before.start,
      end: line.end + before.start,
      width: line.width,
    }));
    const end = retry.at(-1);
    if (retry.length === 2 && end && contentLength(atoms, end) >= 2) {
      return [...lines.slice(0, -2), ...retry];
    }
  }
  return lines;
}

export function drawParagraph(
  surface: Surface,
  styles: Styles,
  block: BlockOf<'paragraph'>,
  tail = 0,
): void {
  const style = block.size === 'small' ? styles.small : styles.body;
  const align = block.align ?? 'justify';
  const indent = (block.indent ?? align === 'justify') ? style.size * 2 : 0;
  const atoms = shape(block.text, style, false, surface.keep);
  const lines = paragraphLines(atoms, surface.width, indent, style.size);
  surface.flow(atoms, lines, style, align, indent, surface.left, surface.width, tail);
  surface.y += styles.gap / 2;
}

export function drawSpacer(surface: Surface, heightPt: number): void {
  if (surface.y + heightPt > surface.bottom) surface.newPage();
  else surface.y += heightPt;
}
