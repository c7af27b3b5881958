import type QRCode from 'qrcode';
import { qrcode } from '../lazy-package';
import type { BlockOf } from '../../shared/documents/model';
import { breakLines, type LineSpan } from './linebreak';
import { shape } from './shape';
import { mm, type Styles } from './styles';
import type { Surface } from './surface';

// The end of a notice: issuer and date with room for the seal, and the QR code that carries the
// document's fingerprint. GB/T 9704 §7.3.5: with a seal, the date ends four characters from the
// right edge and the issuer is centred over the date; the seal (42 mm) is centred on both and its
// top stays within a line of the text above, so about half its excess height is left above.

const SEAL_DIAMETER = mm(42);

/** Where the issuer block was drawn, so a QR code can sit beside it. */
export type IssuerBox = Readonly<{ left: number; top: number; bottom: number }>;

type IssuerRows = Readonly<{
  rows: { atoms: ReturnType<typeof shape>; line: LineSpan }[];
  room: number;
  sealRoom: number;
  height: number;
}>;

function issuerRows(surface: Surface, styles: Styles, block: BlockOf<'issuer'>): IssuerRows {
  const style = styles.body;
  const rightIndent = style.size * (block.sealRoom ? 4 : 2);
  const room = surface.width - rightIndent;
  // An issuer longer than the room wraps instead of running off the page.
  const rows = [...block.lines, block.date].flatMap((text) => {
    const atoms = shape(text, style, false, surface.keep);
    return breakLines(atoms, room).map((line) => ({ atoms, line }));
  });
  // The seal is centred on issuer and date: half of what it exceeds them by lies above them.
  const sealRoom = block.sealRoom
    ? Math.max(SEAL_DIAMETER - style.lineHeight * rows.length, 0) / 2
    : 0;
  return { rows, room, sealRoom, height: sealRoom + rows.length * style.lineHeight };
}

/** Room the issuer block takes: the text before it keeps its last lines on the same page. */
export function issuerHeight(surface: Surface, styles: Styles, block: BlockOf<'issuer'>): number {
  return issuerRows(surface, styles, block).height;
}

export function drawIssuer(surface: Surface, styles: Styles, block: BlockOf<'issuer'>): IssuerBox {
  const style = styles.body;
  const { rows, room, sealRoom, height } = issuerRows(surface, styles, block);
  surface.ensure(height);
  const top = surface.y;
  surface.y += sealRoom;
  // All lines share one centre; the widest ends `rightIndent` before the right edge (with a seal,
  // GB/T's four characters), so a long issuer pushes the group left instead of off the page.
  const widest = Math.max(...rows.map((row) => row.line.width));
  const centre = surface.left + room - widest / 2;
  for (const { atoms, line } of rows) {
    surface.drawLine(atoms, line, centre - line.width / 2, surface.y, line.width, style, 'left');
    surface.y += style.lineHeight;
  }
  const bottom = surface.y;
  surface.y += styles.gap;
  return { left: centre - widest / 2, top, bottom };
}

type Modules = ReturnType<typeof QRCode.create>['modules'];

/** White modules around the symbol, inside the size asked for. */
export const QR_QUIET = 2;
let lastQr: { payload: string; modules: Modules } | null = null;

/**
 * The QR symbol of `payload`. Encoding a notice's plain-text payload (choosing among eight masks)
 * costs more than laying out the notice, and a notice fitted at two pitches draws it twice.
 */
function qrModules(payload: string): Modules {
  if (lastQr?.payload !== payload) {
    lastQr = { payload, modules: qrcode().create(payload, { errorCorrectionLevel: 'M' }).modules };
  }
  return lastQr.modules;
}

/**
 * Filled squares for the dark modules, merged into runs along each row to keep the stream small:
 * vector, never an image, so the code prints sharp at any size. A quiet zone of two modules lies
 * inside `size`; returns its width. Also draws the personal slips' codes (slips.ts).
 */
export function drawModules(
  surface: Surface,
  payload: string,
  x: number,
  y: number,
  size: number,
): number {
  const modules = qrModules(payload);
  const quiet = QR_QUIET;
  const cell = size / (modules.size + quiet * 2);
  const { doc } = surface;
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + (start + quiet) * cell, y + (row + quiet) * cell, (col - start) * cell, cell);
    }
  }
  doc.fill('#000000').restore();
  return quiet * cell;
}

/**
 * QR code at the left, its caption and `printed` (the hash it carries) to the right in small type. `beside` puts it in
 * the free space left of the issuer block, bottom-aligned with the date, which keeps a notice on
 * one page; it falls back to its own row when the space is too narrow or too short.
 */
export function drawQr(
  surface: Surface,
  styles: Styles,
  block: BlockOf<'qr'>,
  payload: string,
  printed: string,
  beside?: IssuerBox,
): void {
  const size = mm(block.sizeMm ?? 22);
  const besideWidth = beside ? beside.left - surface.left - 12 : 0;
  const sideBySide = beside && besideWidth >= size + 90 && beside.bottom - beside.top >= size;
  const areaWidth = sideBySide ? besideWidth : surface.width;
  if (!sideBySide) surface.ensure(size);
  const qrTop = sideBySide ? beside.bottom - size : surface.y;
  drawModules(surface, payload, surface.left, qrTop, size);
  const textX = surface.left + size + 8;
  const textWidth = areaWidth - size - 8;
  let y = qrTop + 6;
  for (const [text, style] of [
    [block.caption ?? '', styles.small],
    [printed, styles.fingerprint],
  ] as const) {
    if (!text) continue;
    const atoms = shape(text, style);
    for (const line of breakLines(atoms, textWidth)) {
      surface.drawLine(atoms, line, textX, y, textWidth, style, 'left');
      y += style.lineHeight;
    }
  }
  surface.y = sideBySide ? Math.max(surface.y, y) : Math.max(qrTop + size, y) + styles.gap;
}
