import type { BlockOf } from '../../shared/documents/model';
import { breakLines, titleLines } from './linebreak';
import { shape } from './shape';
import type { Styles } from './styles';
import type { Surface } from './surface';

// Text blocks: title, addressee, headings and paragraphs. Sizes follow the layout's styles;
// the official look is GB/T 9704 (title centred in balanced lines, body indented two characters).

/** Lines of a heading kept with the text that follows it, so no heading ends a page alone. */
const KEEP_WITH_NEXT_LINES = 2;

export function drawTitle(surface: Surface, styles: Styles, block: BlockOf<'title'>): void {
  const style = styles.title;
  const atoms = shape(block.text, style, true);
  // Balanced lines (no long line over a stub), split where the words allow.
  const lines = titleLines(atoms, surface.width);
  surface.ensure(lines.length * style.lineHeight + styles.body.lineHeight * KEEP_WITH_NEXT_LINES);
  for (const line of lines) {
    surface.drawLine(atoms, line, surface.left, surface.y, surface.width, style, 'center');
    surface.y += style.lineHeight;
  }
  // GB/T 9704: one blank line between the title and the addressee or body.
  surface.y += styles.body.lineHeight * (styles.gap > 0 ? 0.5 : 1);
}

export function drawAddressee(surface: Surface, styles: Styles, block: BlockOf<'addressee'>): void {
  const atoms = shape(block.text, styles.body);
  surface.flow(atoms, breakLines(atoms, surface.width), styles.body, 'left');
}

export function drawHeading(surface: Surface, styles: Styles, block: BlockOf<'heading'>): void {
  const style = block.level === 1 ? styles.heading1 : styles.heading2;
  const atoms = shape(block.text, style, true);
  const lines = breakLines(atoms, surface.width);
  surface.y += styles.gap;
  surface.ensure(lines.length * style.lineHeight + styles.body.lineHeight * KEEP_WITH_NEXT_LINES);
  surface.flow(atoms, lines, style, 'left');
}

export function drawParagraph(surface: Surface, styles: Styles, block: BlockOf<'paragraph'>): void {
  const style = block.size === 'small' ? styles.small : styles.body;
  const align = block.align ?? 'justify';
  const indent = (block.indent ?? align === 'justify') ? style.size * 2 : 0;
  const atoms = shape(block.text, style);
  const lines = breakLines(atoms, surface.width, surface.width - indent);
  surface.flow(atoms, lines, style, align, indent);
  surface.y += styles.gap / 2;
}

export function drawSpacer(surface: Surface, heightPt: number): void {
  if (surface.y + heightPt > surface.bottom) surface.newPage();
  else surface.y += heightPt;
}
