import type { Slip, SlipSheet } from '../../shared/documents/slips';
import { translator } from '../../shared/i18n/index';
import { drawModules } from './blocks-issuer';
import { breakLines, type LineSpan } from './linebreak';
import { shape, type ShapedAtom } from './shape';
import { A4, mm, stylesFor, type TextStyle } from './styles';
import { Surface } from './surface';
import { pdfBytes } from './bytes';

// 个人入场条: A4 sheets of eight slips (two columns, four rows) between dashed cut lines. Each
// slip carries the meeting, the member's name, the QR code of their personal join URL (vector
// squares, as on the notices), one line of instructions and the date. Every text is fitted to its
// box: a long name takes more lines or a smaller size and, past the smallest, is cut with '…',
// so nothing runs into the next slip. The sheet is not signed (see main/documents/slips.ts).

const COLUMNS = 2;
const ROWS = 4;
const PER_PAGE = COLUMNS * ROWS;
/** The grid: 10 mm at the sides and the foot, 14 mm at the head for the sheet's own line. */
const GRID = { left: mm(10), top: mm(14), width: mm(190), height: mm(273) };
const CELL_W = GRID.width / COLUMNS;
const CELL_H = GRID.height / ROWS;
const PAD = mm(5);
const QR_SIZE = mm(42);
const GAP = mm(4);

export type Box = Readonly<{ x: number; y: number; width: number; height: number }>;

/** Where one slip went, for tests that read the printed code back from the page. */
export type PlacedSlip = Readonly<{
  page: number;
  memberId: string;
  url: string;
  cell: Box;
  qr: Box;
}>;

export type RenderedSlips = Readonly<{ pdf: Buffer; pages: number; slips: readonly PlacedSlip[] }>;

type Faces = Readonly<{ regular: TextStyle['regular']; bold: TextStyle['bold'] }>;
type Fitted = Readonly<{ atoms: ShapedAtom[]; lines: LineSpan[]; style: TextStyle }>;

const styleAt = (size: number, faces: Faces): TextStyle => ({
  size,
  lineHeight: size * 1.25,
  ...faces,
});

/** `text` cut to `count` characters with an ellipsis. */
const cut = (text: string, count: number): string => `${[...text].slice(0, count).join('')}…`;

/**
 * `text` at the largest size from `max` down to `min` (half points) whose lines fit `height`;
 * at `min` it keeps the lines that fit and ends the last with '…'.
 */
function fit(
  text: string,
  faces: Faces,
  box: Readonly<{ width: number; height: number; max: number; min: number; bold?: boolean }>,
): Fitted {
  for (let size = box.max; size >= box.min; size -= 0.5) {
    const style = styleAt(size, faces);
    const atoms = shape(text, style, box.bold ?? false);
    const lines = breakLines(atoms, box.width);
    if (lines.length * style.lineHeight <= box.height + 0.01) return { atoms, lines, style };
  }
  const style = styleAt(box.min, faces);
  const room = Math.max(1, Math.floor((box.height + 0.01) / style.lineHeight));
  for (let count = [...text].length - 1; count > 0; count--) {
    const atoms = shape(cut(text, count), style, box.bold ?? false);
    const lines = breakLines(atoms, box.width);
    if (lines.length <= room) return { atoms, lines, style };
  }
  const atoms = shape('…', style);
  return { atoms, lines: breakLines(atoms, box.width), style };
}

/** Draws fitted lines from `top` down; returns the bottom of the last line. */
function drawFitted(surface: Surface, text: Fitted, x: number, top: number, width: number): number {
  let y = top;
  for (const line of text.lines) {
    surface.drawLine(text.atoms, line, x, y, width, text.style, 'left');
    y += text.style.lineHeight;
  }
  return y;
}

function drawSlip(surface: Surface, sheet: SlipSheet, slip: Slip, cell: Box, sans: Faces): Box {
  const inner = cell.width - PAD * 2;
  const title = fit(sheet.meeting, sans, {
    width: inner,
    height: 9 * 1.25 * 2,
    max: 9,
    min: 7,
    bold: true,
  });
  drawFitted(surface, title, cell.x + PAD, cell.y + PAD, inner);
  const top = cell.y + PAD + 9 * 1.25 * 2 + mm(2);
  const qr: Box = { x: cell.x + PAD, y: top, width: QR_SIZE, height: QR_SIZE };
  // The text column beside the code runs from the symbol's top edge to its bottom edge.
  const quiet = drawModules(surface, slip.url, qr.x, qr.y, QR_SIZE);
  const x = qr.x + QR_SIZE + GAP;
  const width = cell.x + cell.width - PAD - x;
  const columnTop = top + quiet;
  const columnBottom = top + QR_SIZE - quiet;
  const date = fit(sheet.date, sans, { width, height: 9 * 1.25, max: 9, min: 6 });
  const dateTop = columnBottom - date.lines.length * date.style.lineHeight;
  const instruction = fit(sheet.instruction, sans, { width, height: mm(16), max: 9, min: 7 });
  const instructionHeight = instruction.lines.length * instruction.style.lineHeight;
  const nameRoom = dateTop - columnTop - instructionHeight - mm(3);
  const name = fit(slip.name, sans, { width, height: nameRoom, max: 20, min: 9, bold: true });
  const nameBottom = drawFitted(surface, name, x, columnTop, width);
  drawFitted(surface, instruction, x, nameBottom + mm(2), width);
  drawFitted(surface, date, x, dateTop, width);
  return qr;
}

/** Dashed cut lines around the `count` slips of one page. */
function cutLines(surface: Surface, count: number): void {
  const rows = Math.ceil(count / COLUMNS);
  const bottom = GRID.top + rows * CELL_H;
  const { doc } = surface;
  doc.save().lineWidth(0.5).dash(4, { space: 3 }).strokeColor('#888888');
  for (let row = 0; row <= rows; row++) {
    const y = GRID.top + row * CELL_H;
    doc.moveTo(GRID.left, y).lineTo(GRID.left + GRID.width, y);
  }
  for (let col = 0; col <= COLUMNS; col++) {
    const x = GRID.left + col * CELL_W;
    doc.moveTo(x, GRID.top).lineTo(x, bottom);
  }
  doc.stroke().undash().restore();
}

/** The sheet's line at the head of every page and the page count at its foot. */
function pageLines(surface: Surface, sheet: SlipSheet, page: number, total: number): void {
  const sans: Faces = stylesFor('standard', sheet.locale).fingerprint;
  const head = fit(sheet.header, sans, { width: GRID.width, height: mm(9), max: 8, min: 6 });
  drawFitted(surface, head, GRID.left, mm(4.5), GRID.width);
  const label = translator(sheet.locale)('documents:page.ofTotal', { page, total });
  const foot = styleAt(7, sans);
  const atoms = shape(label, foot);
  const lines = breakLines(atoms, GRID.width);
  for (const line of lines) {
    surface.drawLine(atoms, line, GRID.left, A4.height - mm(7.5), GRID.width, foot, 'center');
  }
}

/**
 * Lays out the slips of `sheet`, eight to an A4 page, and returns the PDF with where each slip's
 * code went. Unsigned and with no attachment: the codes are credentials, not a record.
 */
export async function layoutSlips(
  sheet: SlipSheet,
  options: Readonly<{ creationDate?: Date }> = {},
): Promise<RenderedSlips> {
  const whole = { left: 0, top: 0, width: A4.width, height: A4.height };
  const info = { Title: sheet.title, Creator: 'Yishiting', CreationDate: options.creationDate };
  const surface = new Surface(whole, sheet.locale, info);
  const styles = stylesFor('standard', sheet.locale);
  const faces: Faces = { regular: styles.fingerprint.regular, bold: styles.heading1.bold };
  const total = Math.max(1, Math.ceil(sheet.slips.length / PER_PAGE));
  const placed: PlacedSlip[] = [];
  for (let page = 0; page < total; page++) {
    if (page > 0) surface.newPage();
    const onPage = sheet.slips.slice(page * PER_PAGE, (page + 1) * PER_PAGE);
    pageLines(surface, sheet, page + 1, total);
    cutLines(surface, onPage.length);
    onPage.forEach((slip, i) => {
      const cell = {
        x: GRID.left + (i % COLUMNS) * CELL_W,
        y: GRID.top + Math.floor(i / COLUMNS) * CELL_H,
        width: CELL_W,
        height: CELL_H,
      };
      const qr = drawSlip(surface, sheet, slip, cell, faces);
      placed.push({ page, memberId: slip.memberId, url: slip.url, cell, qr });
    });
  }
  const { doc } = surface;
  const done = pdfBytes(doc);
  doc.end();
  return { pdf: await done, pages: total, slips: placed };
}
