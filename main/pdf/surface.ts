import type { Align } from '../../shared/documents/model';
import { loadFont, type FontKey } from './fonts';
import { keepRules, type KeepRules } from './keep';
import type { LaidLine, LayoutRecord } from './layout-record';
import type { LineSpan } from './linebreak';
import type { ShapedAtom } from './shape';
import { A4, type Geometry, type TextStyle } from './styles';
import { pdfkit } from '../lazy-package';

// The drawing surface: a pdfkit document plus a cursor in the text block. Blocks ask for room
// with `ensure`, which starts a new page when the rest of the block would not fit, and page-start
// hooks let a table repeat its header row. All text is drawn line by line at positions computed
// here; pdfkit's own wrapping is never used, so it cannot add pages or overflow on its own.

/** Character spacing above this fraction of an em makes pdftotext insert spaces inside words. */
const MAX_JUSTIFY_SPACING = 0.08;

/** The most a gap between English words is widened to justify a line, as a fraction of an em. */
const MAX_WORD_GAP = 0.6;

/** ASCII spaces in atoms [start, end): the gaps an English line is justified in. */
function spacesIn(atoms: readonly ShapedAtom[], start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if ((atoms[i] as ShapedAtom).char === ' ') count++;
  return count;
}

/** Where the ideographic em box sits in the line box: centred, baseline 0.88 em below its top. */
function baselineOf(top: number, style: TextStyle): number {
  return top + (style.lineHeight - style.size) / 2 + style.size * 0.88;
}

export class Surface {
  readonly doc: PDFKit.PDFDocument;
  readonly frame: Geometry;
  /** The document's language ('zh-CN', 'zh-TW', 'en'): titles break by its words. */
  readonly locale: string;
  /** Top of the next line, in points from the top of the page. */
  y: number;
  /** What to keep whole on a line in this document (patterns and its names). */
  keep: KeepRules = keepRules();
  /** Every line drawn in the text block, for checking the layout without looking at it. */
  readonly record: LayoutRecord = { pages: 0, lines: [] };
  /** The block being drawn (index in the model, type, part such as a table cell), or none. */
  current: Omit<LaidLine, 'page' | 'top' | 'bottom' | 'text'> | null = null;
  private readonly registered = new Set<FontKey>();
  private pageStartHooks: (() => void)[] = [];
  /** A heading waiting for the block it belongs to: drawn by that block's first ensure(). */
  private pending: { height: number; draw: () => void } | null = null;

  constructor(
    frame: Geometry,
    lang: string,
    info: Readonly<Record<string, string | Date | undefined>>,
  ) {
    this.frame = frame;
    this.locale = lang;
    this.doc = new (pdfkit())({
      autoFirstPage: false,
      bufferPages: true,
      compress: true,
      pdfVersion: '1.7',
      lang,
      info: Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)),
      displayTitle: true,
      // No default Helvetica: it would be read from pdfkit's AFM files next to its own module,
      // which a bundled main/ cannot count on, and this document never uses it.
      font: null as unknown as string,
    });
    this.y = frame.top;
    this.newPage();
  }

  get bottom(): number {
    return this.frame.top + this.frame.height;
  }

  get left(): number {
    return this.frame.left;
  }

  get width(): number {
    return this.frame.width;
  }

  /** Selects a font, registering the shared fontkit object with this document on first use. */
  useFont(key: FontKey, size: number): void {
    if (!this.registered.has(key)) {
      // pdfkit accepts a parsed fontkit font (anything with layout()); the typings only know files.
      this.doc.registerFont(key, loadFont(key) as unknown as Buffer);
      this.registered.add(key);
    }
    this.doc.font(key).fontSize(size);
  }

  newPage(): void {
    const { left, top, width, height } = this.frame;
    this.doc.addPage({
      size: [A4.width, A4.height],
      margins: { left, top, right: A4.width - left - width, bottom: A4.height - top - height },
    });
    this.y = top;
    this.record.pages++;
    for (const hook of this.pageStartHooks) hook();
  }

  /** Runs `hook` at the top of every page started until the returned function is called. */
  onPageStart(hook: () => void): () => void {
    this.pageStartHooks.push(hook);
    return () => {
      this.pageStartHooks = this.pageStartHooks.filter((h) => h !== hook);
    };
  }

  /** True when the cursor is at the top of a page (nothing to gain from a page break). */
  get atPageTop(): boolean {
    return this.y <= this.frame.top + 0.5;
  }

  /**
   * Starts a new page unless `height` more points fit below the cursor. A deferred heading is
   * placed first, on the same page as the room asked for, so no heading ends a page alone.
   */
  ensure(height: number): void {
    const pending = this.pending;
    const total = height + (pending?.height ?? 0);
    if (this.y + total > this.bottom + 0.01 && !this.atPageTop) this.newPage();
    if (pending) {
      this.pending = null;
      pending.draw();
    }
  }

  /**
   * Holds a heading of `height` until the next block asks for room (or `flushPending`), so that
   * it goes onto the page where that block starts.
   */
  defer(height: number, draw: () => void): void {
    // A heading right after a heading (一、 then （一）) waits with it: both go with the text.
    const before = this.pending;
    this.pending = before
      ? {
          height: before.height + height,
          draw: () => {
            before.draw();
            draw();
          },
        }
      : { height, draw };
  }

  /** Draws a deferred heading now (before a page break, or at the end of the document). */
  flushPending(): void {
    if (this.pending) this.ensure(0);
  }

  /**
   * Draws one line of atoms with its top at `top`. 'justify' spreads the characters to fill
   * `width` (not on a paragraph's last line, `last`); other alignments shift the line.
   */
  drawLine(
    atoms: readonly ShapedAtom[],
    line: LineSpan,
    x: number,
    top: number,
    width: number,
    style: TextStyle,
    align: Align = 'left',
    last = true,
  ): void {
    let end = line.end;
    while (end > line.start && /[\s\u3000]/.test(atoms[end - 1]?.char ?? '')) end--;
    const count = end - line.start;
    if (count <= 0) return;
    let start = x;
    let spacing = 0;
    let spaces = 0;
    let wordGap = 0;
    if (line.width > width + 0.01) start += 0;
    else if (align === 'right') start += width - line.width;
    else if (align === 'center') start += (width - line.width) / 2;
    if (line.width > width + 0.01 && count > 1) {
      // An overfull line (a paragraph's last character taken in): set tighter, never looser.
      spacing = (width - line.width) / (count - 1);
    } else if (align === 'justify' && !last && count > 1) {
      spaces = this.locale === 'en' ? spacesIn(atoms, line.start, end) : 0;
      // English is justified between words: letter-spaced words read badly (seen in the notices).
      if (spaces > 0) wordGap = Math.min((width - line.width) / spaces, style.size * MAX_WORD_GAP);
      else spacing = Math.min((width - line.width) / (count - 1), style.size * MAX_JUSTIFY_SPACING);
      spacing = Math.max(0, spacing);
      wordGap = Math.max(0, wordGap);
    }
    const baseline = baselineOf(top, style);
    if (this.current) {
      // Trailing spaces are kept in the record: they show where a line broke between words.
      // A plain loop, not slice/filter/map/join: long minutes have thousands of lines.
      let text = '';
      for (let k = line.start; k < line.end; k++) {
        const char = (atoms[k] as ShapedAtom).char;
        if (char !== '\n') text += char;
      }
      const { block, type, part } = this.current;
      const page = this.record.pages - 1;
      // Fields spelled out (no spread): one object shape for every line keeps this path fast.
      this.record.lines.push({
        page,
        top,
        bottom: top + style.lineHeight,
        block,
        type,
        part,
        text,
      });
    }
    const tracking = style.tracking ?? 0;
    let cursor = start;
    let i = line.start;
    while (i < end) {
      const font = (atoms[i] as ShapedAtom).font;
      if (wordGap > 0 && (atoms[i] as ShapedAtom).char === ' ') {
        // A space between words is not drawn: the gap says it (pdftotext reads it as a space).
        cursor += (atoms[i] as ShapedAtom).width + wordGap;
        i++;
        continue;
      }
      let text = '';
      let segmentWidth = 0;
      let chars = 0;
      while (
        i < end &&
        (atoms[i] as ShapedAtom).font === font &&
        !(wordGap > 0 && (atoms[i] as ShapedAtom).char === ' ')
      ) {
        const atom = atoms[i] as ShapedAtom;
        if (atom.char !== '\n') {
          text += atom.char;
          segmentWidth += atom.width;
          chars++;
        }
        i++;
      }
      if (text.length === 0) continue;
      this.useFont(font, style.size);
      this.doc.text(text, cursor, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        characterSpacing: spacing + tracking,
      });
      cursor += segmentWidth + spacing * chars;
    }
  }

  /**
   * Draws lines one after another from the cursor, breaking pages between lines as needed.
   * `indent` shifts the first line (the two-character first-line indent).
   */
  flow(
    atoms: readonly ShapedAtom[],
    lines: readonly LineSpan[],
    style: TextStyle,
    align: Align,
    indent = 0,
    x = this.left,
    width = this.width,
    tail = 0,
  ): void {
    lines.forEach((line, index) => {
      // No orphan (a paragraph's first line alone at a page's foot) and no widow (its last line
      // alone at the top of the next): ask for two lines' room at those points. `tail` is room
      // for what must share the page with the last lines (the issuer block and its seal).
      const twoLeft = lines.length >= 2 && (index === 0 || index === lines.length - 2);
      const tailHere = index === Math.max(lines.length - 2, 0) ? tail : 0;
      this.ensure(style.lineHeight * (twoLeft ? 2 : 1) + tailHere);
      const shift = index === 0 ? indent : 0;
      const hardBreak = atoms[line.end]?.char === '\n';
      const last = index === lines.length - 1 || hardBreak;
      this.drawLine(atoms, line, x + shift, this.y, width - shift, style, align, last);
      this.y += style.lineHeight;
    });
  }

  /** A horizontal rule, e.g. under the running header or a signature's blank. */
  rule(x1: number, x2: number, y: number, lineWidth = 0.5): void {
    this.doc.save().lineWidth(lineWidth).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }
}
