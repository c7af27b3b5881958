import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';

// The personal slips read back as a phone camera would: each page of the PDF the chair prints is
// rendered in grey (poppler's pdftoppm) and every slip's cell is scanned for its QR code. The
// sheet is A4 with eight slips in two columns and four rows between 10 mm side margins, a 14 mm
// head and a 10 mm foot (main/pdf/slips.ts); a cell is scanned whole, so only the grid matters.

const A4 = { width: 210, height: 297 };
const GRID = { left: 10, top: 14, width: 190, height: 273 };
const COLUMNS = 2;
const ROWS = 4;

type Grey = { width: number; height: number; data: Uint8Array };

/** The URL of every QR code on the slips, in the order printed (roster order). */
export function slipUrls(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-slips-e2e-'));
  try {
    const file = join(dir, 'slips.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-gray', '-r', '150', file, join(dir, 'page')]);
    const pages = readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort();
    return pages.flatMap((name) => cellsOf(readPgm(join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readPgm(file: string): Grey {
  const bytes = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`not a PGM: ${file}`);
  const [whole, width, height] = header;
  return {
    width: Number(width),
    height: Number(height),
    data: new Uint8Array(bytes.subarray(whole.length)),
  };
}

function cellsOf(page: Grey): string[] {
  const scaleX = page.width / A4.width;
  const scaleY = page.height / A4.height;
  const width = Math.floor((GRID.width / COLUMNS) * scaleX);
  const height = Math.floor((GRID.height / ROWS) * scaleY);
  const urls: string[] = [];
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS; col++) {
      const x = Math.round((GRID.left + (col * GRID.width) / COLUMNS) * scaleX);
      const y = Math.round((GRID.top + (row * GRID.height) / ROWS) * scaleY);
      const found = jsQR(rgba(page, x, y, width, height), width, height);
      if (found) urls.push(found.data);
    }
  }
  return urls;
}

/** One cell of the grey page as the RGBA pixels jsQR reads. */
function rgba(page: Grey, x: number, y: number, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let row = 0; row < height && y + row < page.height; row++) {
    for (let col = 0; col < width && x + col < page.width; col++) {
      const grey = page.data[(y + row) * page.width + x + col] ?? 255;
      const at = (row * width + col) * 4;
      out[at] = grey;
      out[at + 1] = grey;
      out[at + 2] = grey;
    }
  }
  return out;
}
