// What the renderer placed where, returned beside the PDF so that layout rules (no split phone
// number, no heading at a page's foot, the seal on the page of the text) can be tested from the
// layout itself rather than by looking at pages.

/** One line drawn in the text block. Running headers and page numbers are not recorded. */
export type LaidLine = Readonly<{
  /** 0-based page index. */
  page: number;
  /** Top and bottom of the line box, in points from the top of the page. */
  top: number;
  bottom: number;
  /** Index of the block in the model's `blocks`, and its type ('qr' for the QR caption). */
  block: number;
  type: string;
  /** Which part of the block: '' for text blocks, 'r3c1' for a table cell, 'i2' for a field. */
  part: string;
  /** The line's characters, with its trailing spaces (not drawn) but without a '\n'. */
  text: string;
}>;

export type LayoutRecord = { pages: number; lines: LaidLine[] };
