import type { BlockOf } from '../../shared/documents/model';
import { breakLines, canBreakBetween, type LineSpan } from './linebreak';
import { shape, type ShapedAtom } from './shape';
import { mm, type Styles, type TextStyle } from './styles';
import type { Surface } from './surface';

// Tables: column widths in proportion to their weights, cells wrapped like any text, rows kept
// whole across page breaks with the header row repeated on the next page. A row taller than a
// page (a very long cell) is split between lines, so nothing is ever cut off.

const PAD_X = 4;
const PAD_Y = 3;
const HEADER_FILL = '#e8e8e8';

type Cell = Readonly<{ atoms: ShapedAtom[]; lines: LineSpan[] }>;
type ColumnAlign = 'left' | 'center' | 'right';

function layoutCell(atoms: ShapedAtom[], style: TextStyle, width: number): Cell {
  return { atoms, lines: breakLines(atoms, Math.max(width - 2 * PAD_X, style.size)) };
}

/** Draws lines [from, from+count) of each cell in a band of `height` starting at the cursor. */
function drawBand(
  surface: Surface,
  cells: readonly Cell[],
  xs: readonly number[],
  widths: readonly number[],
  aligns: readonly ColumnAlign[],
  style: TextStyle,
  from: number,
  count: number,
  height: number,
  fill?: string,
  row = 'h',
): void {
  const { doc } = surface;
  const base = surface.current;
  const top = surface.y;
  const left = xs[0] as number;
  const right = (xs.at(-1) as number) + (widths.at(-1) as number);
  // One path for the band's borders: a pdfkit call per cell edge made the roster's tables slow.
  doc.save();
  if (fill) doc.rect(left, top, right - left, height).fill(fill);
  doc.lineWidth(0.5).rect(left, top, right - left, height);
  for (const x of xs.slice(1)) doc.moveTo(x, top).lineTo(x, top + height);
  doc.stroke().restore();
  cells.forEach((cell, c) => {
    const x = xs[c] as number;
    const w = widths[c] as number;
    const shown = cell.lines.slice(from, from + count);
    if (base) surface.current = { ...base, part: `${row}c${c}` };
    // Centre the text vertically: short cells beside a long one look less ragged.
    let y = top + (height - shown.length * style.lineHeight) / 2;
    for (const line of shown) {
      surface.drawLine(cell.atoms, line, x + PAD_X, y, w - 2 * PAD_X, style, aligns[c]);
      y += style.lineHeight;
    }
  });
  surface.current = base;
  surface.y = top + height;
}

/** Width of the longest run a line may not break inside (a Latin word such as "Planned"). */
function longestUnbreakable(atoms: readonly ShapedAtom[]): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i] as ShapedAtom;
    const prev = atoms[i - 1];
    if (prev && !atom.glue && canBreakBetween(prev.char, atom.char)) run = 0;
    run += atom.width;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * Column widths in proportion to their weights, except that a column is never narrower than its
 * longest word: the room comes from columns that have some to spare, so "Planned" stays whole.
 */
function columnWidths(
  surface: Surface,
  block: BlockOf<'table'>,
  header: readonly ShapedAtom[][],
  rows: readonly ShapedAtom[][][],
): number[] {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => (surface.width * column.width) / total);
  const mins = block.columns.map((_, c) => {
    let longest = longestUnbreakable(header[c] ?? []);
    for (const row of rows) longest = Math.max(longest, longestUnbreakable(row[c] ?? []));
    return Math.min(surface.width / block.columns.length, 2 * PAD_X + longest);
  });
  const deficit = widths.reduce((sum, w, c) => sum + Math.max(0, (mins[c] as number) - w), 0);
  const spare = widths.reduce((sum, w, c) => sum + Math.max(0, w - (mins[c] as number)), 0);
  if (deficit <= 0 || spare < deficit) return widths;
  return widths.map((w, c) => {
    const min = mins[c] as number;
    return w < min ? min : w - ((w - min) * deficit) / spare;
  });
}

export function drawTable(surface: Surface, styles: Styles, block: BlockOf<'table'>): void {
  const body = styles.table;
  const head = styles.tableHeader;
  // Each cell shaped once: for its column's width and for its lines.
  const headerAtoms = block.columns.map((column) => shape(column.header, head, true, surface.keep));
  const rowAtoms = block.rows.map((row) =>
    block.columns.map((_, c) => shape(row[c] ?? '', body, false, surface.keep)),
  );
  const widths = columnWidths(surface, block, headerAtoms, rowAtoms);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), surface.left);
  const aligns = block.columns.map((column) => column.align ?? 'left');

  const headerCells = headerAtoms.map((atoms, c) => layoutCell(atoms, head, widths[c] as number));
  const headerLines = Math.max(...headerCells.map((cell) => cell.lines.length), 1);
  const headerHeight = headerLines * head.lineHeight + 2 * PAD_Y;
  const centred = block.columns.map(() => 'center' as const);
  const drawHeader = (): void =>
    drawBand(
      surface,
      headerCells,
      xs,
      widths,
      centred,
      head,
      0,
      headerLines,
      headerHeight,
      HEADER_FILL,
    );

  const minRow = block.minRowHeightMm ? mm(block.minRowHeightMm) : 0;
  const rows = rowAtoms.map((row) =>
    row.map((atoms, c) => layoutCell(atoms, body, widths[c] as number)),
  );
  const rowHeight = (cells: readonly Cell[]): number =>
    Math.max(
      Math.max(...cells.map((cell) => cell.lines.length), 1) * body.lineHeight + 2 * PAD_Y,
      minRow,
    );

  const first = rows[0];
  surface.ensure(headerHeight + (first ? rowHeight(first) : 0));
  drawHeader();
  const stop = (block.repeatHeader ?? true) ? surface.onPageStart(drawHeader) : () => undefined;
  rows.forEach((cells, r) => {
    const height = rowHeight(cells);
    const pageRoom = surface.frame.height - headerHeight;
    if (height <= pageRoom) {
      surface.ensure(height);
      const lines = Math.max(...cells.map((cell) => cell.lines.length), 1);
      drawBand(surface, cells, xs, widths, aligns, body, 0, lines, height, undefined, `r${r}`);
      return;
    }
    // A row taller than a page: continue it on the next page, a few lines at a time.
    const lines = Math.max(...cells.map((cell) => cell.lines.length));
    let from = 0;
    while (from < lines) {
      let fit = Math.floor((surface.bottom - surface.y - 2 * PAD_Y) / body.lineHeight);
      if (fit < 1) {
        surface.newPage();
        fit = Math.floor((surface.bottom - surface.y - 2 * PAD_Y) / body.lineHeight);
      }
      const count = Math.min(fit, lines - from);
      drawBand(
        surface,
        cells,
        xs,
        widths,
        aligns,
        body,
        from,
        count,
        count * body.lineHeight + 2 * PAD_Y,
        undefined,
        `r${r}`,
      );
      from += count;
    }
  });
  stop();
  surface.y += styles.gap * 2;
}
