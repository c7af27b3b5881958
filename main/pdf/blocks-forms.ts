import type { BlockOf } from '../../shared/documents/model';
import { breakLines } from './linebreak';
import { measure, shape } from './shape';
import type { Styles } from './styles';
import type { Surface } from './surface';

// Label–value fields (the minutes' head: 名称, 时间, 地点 …) and signature lines. Both are grids
// whose rows are kept whole on one page.

const COLUMN_GAP = 12;
/** A full-width space between who signs and "签字：". */
const IDEOGRAPHIC_SPACE = '\u3000';
/** Room for a handwritten signature: the blank line is at least this long (about 25 mm). */
const MIN_BLANK = 72;

function grid<T>(items: readonly T[], columns: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += columns) rows.push(items.slice(i, i + columns));
  return rows;
}

/**
 * Fields wrap with a hanging indent: continuation lines start under the value, not the label.
 * `tail`: room for what must share the page with the fields' last row (signature lines); fields
 * followed by such a block are kept whole with it, since they are a few short rows at most.
 */
export function drawFields(
  surface: Surface,
  styles: Styles,
  block: BlockOf<'fields'>,
  tail = 0,
): void {
  const columns = block.columns ?? 1;
  const style = styles.body;
  const cellWidth = (surface.width - COLUMN_GAP * (columns - 1)) / columns;
  const base = surface.current;
  const rows = grid(block.items, columns).map((row) =>
    row.map((item) => {
      const label = item.label + styles.colon;
      const atoms = shape(
        [{ text: label, bold: true }, { text: item.value }],
        style,
        false,
        surface.keep,
      );
      const labelWidth = measure(label, style, true);
      const hang = labelWidth <= cellWidth / 2 ? labelWidth : 0;
      return { atoms, hang, lines: breakLines(atoms, cellWidth - hang, cellWidth) };
    }),
  );
  const counts = rows.map((laid) => Math.max(...laid.map((cell) => cell.lines.length)));
  if (tail > 0) surface.ensure(counts.reduce((sum, n) => sum + n, 0) * style.lineHeight + tail);
  rows.forEach((laid, r) => {
    const count = counts[r] as number;
    surface.ensure(count * style.lineHeight);
    laid.forEach((cell, c) => {
      if (base) surface.current = { ...base, part: `i${r * columns + c}` };
      const x = surface.left + c * (cellWidth + COLUMN_GAP);
      cell.lines.forEach((line, i) => {
        const shift = i === 0 ? 0 : cell.hang;
        const top = surface.y + i * style.lineHeight;
        surface.drawLine(cell.atoms, line, x + shift, top, cellWidth - shift, style, 'left');
      });
    });
    surface.y += count * style.lineHeight;
  });
  surface.current = base;
  surface.y += styles.gap;
}

/**
 * Signature lines in a grid. With a role ("主持人：王建国  签字：____") or, when the label is
 * empty, just the name and a blank (an attendee list under a heading that says what to sign).
 * One layout for the whole block: on one line when every cell leaves room to sign, else two.
 */
type SignatureGrid = Readonly<{
  cells: { who: string; sign: string }[];
  columns: number;
  cellWidth: number;
  oneLine: boolean;
  rowHeight: number;
}>;

function signatureGrid(
  surface: Surface,
  styles: Styles,
  block: BlockOf<'signatures'>,
): SignatureGrid {
  const style = styles.body;
  const cells = block.items.map((item) => {
    const who = [item.label, item.name]
      .filter(Boolean)
      .join(item.label && item.name ? styles.colon : '');
    const sign = item.label ? block.signLabel + styles.colon : '';
    return { who, sign };
  });
  const widthFor = (columns: number): number =>
    (surface.width - COLUMN_GAP * (columns - 1)) / columns;
  // A name too long for its column gets the full width rather than being cut.
  const requested = block.columns ?? 2;
  const fits = cells.every((cell) => measure(cell.who, style) <= widthFor(requested));
  const columns = fits ? requested : 1;
  const cellWidth = widthFor(columns);
  const oneLine = cells.every(
    (cell) =>
      measure(`${cell.who}${IDEOGRAPHIC_SPACE}${cell.sign}`, style) + MIN_BLANK <= cellWidth,
  );
  const pitch = style.lineHeight * 2; // room above each blank for the handwriting
  return { cells, columns, cellWidth, oneLine, rowHeight: oneLine ? pitch : pitch * 2 };
}

/**
 * Room for the first row of signature lines: what comes before them (the signing date, the last
 * words) keeps this much below it, so the lines never start a page alone (as the seal does not).
 */
export function signaturesHead(
  surface: Surface,
  styles: Styles,
  block: BlockOf<'signatures'>,
): number {
  return signatureGrid(surface, styles, block).rowHeight + styles.gap;
}

export function drawSignatures(
  surface: Surface,
  styles: Styles,
  block: BlockOf<'signatures'>,
): void {
  const style = styles.body;
  const { cells, columns, cellWidth, oneLine, rowHeight } = signatureGrid(surface, styles, block);
  // Blanks start at one x in every column, after the widest text, so the grid lines up.
  const textWidth = Math.max(
    ...cells.map((cell) =>
      measure(oneLine ? `${cell.who}${IDEOGRAPHIC_SPACE}${cell.sign}` : cell.sign, style),
    ),
  );
  const pitch = style.lineHeight * 2;
  for (const row of grid(cells, columns)) {
    surface.ensure(rowHeight);
    const top = surface.y + pitch - style.lineHeight; // text sits low, room above to sign
    row.forEach((cell, c) => {
      const x = surface.left + c * (cellWidth + COLUMN_GAP);
      const first = oneLine ? `${cell.who}${IDEOGRAPHIC_SPACE}${cell.sign}` : cell.who;
      drawText(surface, styles, first, x, top, cellWidth);
      let signTop = top;
      if (!oneLine) {
        signTop = top + pitch;
        drawText(surface, styles, cell.sign, x, signTop, cellWidth);
      }
      const baseline = signTop + (style.lineHeight + style.size) / 2;
      const blankStart = Math.min(x + textWidth + 2, x + cellWidth - MIN_BLANK / 2);
      surface.rule(blankStart, x + cellWidth - 4, baseline + 2);
    });
    surface.y += rowHeight;
  }
  surface.y += styles.gap * 2;
}

/** One line of text, kept inside its cell. */
function drawText(
  surface: Surface,
  styles: Styles,
  text: string,
  x: number,
  top: number,
  width: number,
): void {
  if (!text) return;
  const atoms = shape(text, styles.body);
  const line = breakLines(atoms, width)[0];
  if (line) surface.drawLine(atoms, line, x, top, width, styles.body, 'left');
}
