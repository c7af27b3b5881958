import type { BlockOf } from '../../shared/documents/model';
import { glueWords } from './keep';
import { breakLines, naturalTitleLines, titleLines, type Atom, type LineSpan } from './linebreak';
import { intlWords, titleWords } from './segment';
import { shape, type ShapedAtom } from './shape';
import type { Styles } from './styles';
import type { Surface } from './surface';

// Titles (GB/T 9704: centred, in balanced lines that keep words whole). A title that needs two
// lines breaks between words: English ones at spaces; Chinese ones at a natural place near the
// middle (after a colon or 、, before 及/与/（ …) when Intl.Segmenter's words allow one, and
// otherwise between jieba's dictionary words, which are loaded only then (see segment.ts).

/** Lines of a title kept with the text that follows it, so no title ends a page alone. */
const KEEP_WITH_NEXT_LINES = 2;

const isSpace = (atom: Atom | undefined): boolean => atom?.char === ' ' || atom?.char === '\u3000';

/** No break after an opening ASCII quote ('proposal "' | '村内…'): it belongs to what follows. */
function glueOpeningQuotes<T extends Atom>(atoms: readonly T[]): T[] {
  return atoms.map((atom, i) =>
    atoms[i - 1]?.char === '"' && (i < 2 || isSpace(atoms[i - 2])) && !atom.glue
      ? { ...atom, glue: true }
      : atom,
  );
}

/** Breaks at spaces only: every atom that does not follow a space is glued to the one before. */
function glueBetweenSpaces<T extends Atom>(atoms: readonly T[]): T[] {
  return atoms.map((atom, i) =>
    i > 0 && !isSpace(atoms[i - 1]) && !isSpace(atom) && !atom.glue
      ? { ...atom, glue: true }
      : atom,
  );
}

/** True when some line had to be cut where no break was allowed (a run wider than a line). */
function forcedCut(atoms: readonly Atom[], lines: readonly LineSpan[]): boolean {
  return lines.some((line) => atoms[line.end]?.glue === true);
}

/** Lines of about equal length: none shorter than half the longest ("Minutes of" | 26 characters). */
function balanced(lines: readonly LineSpan[]): boolean {
  const widths = lines.map((line) => line.width);
  return Math.min(...widths) >= Math.max(...widths) / 2;
}

/** The title's atoms with its word breaks marked, and its lines. */
export function titleLayout(
  text: string,
  atoms: readonly ShapedAtom[],
  width: number,
  locale: string,
): { atoms: ShapedAtom[]; lines: LineSpan[] } {
  const quoted = glueOpeningQuotes(atoms);
  const single = breakLines(quoted, width);
  if (single.length <= 1) return { atoms: quoted, lines: single };
  if (locale === 'en') {
    const spaced = glueBetweenSpaces(quoted);
    if (!forcedCut(spaced, breakLines(spaced, width))) {
      const lines = titleLines(spaced, width);
      if (balanced(lines)) return { atoms: spaced, lines };
    }
  }
  const cheap = glueWords(quoted, intlWords(text, locale));
  const natural = naturalTitleLines(cheap, width);
  if (natural) return { atoms: cheap, lines: natural };
  const words = glueWords(quoted, titleWords(text, locale));
  return { atoms: words, lines: titleLines(words, width) };
}

export function drawTitle(surface: Surface, styles: Styles, block: BlockOf<'title'>): void {
  const style = styles.title;
  const shaped = shape(block.text, style, true, surface.keep);
  const { atoms, lines } = titleLayout(block.text, shaped, surface.width, surface.locale);
  surface.ensure(lines.length * style.lineHeight + styles.body.lineHeight * KEEP_WITH_NEXT_LINES);
  for (const line of lines) {
    surface.drawLine(atoms, line, surface.left, surface.y, surface.width, style, 'center');
    surface.y += style.lineHeight;
  }
  // GB/T 9704: one blank line between the title and the addressee or body.
  surface.y += styles.body.lineHeight * (styles.gap > 0 ? 0.5 : 1);
}
