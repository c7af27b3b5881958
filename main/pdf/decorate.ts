import type { DocumentModel } from '../../shared/documents/model';
import { translator } from '../../shared/i18n/index';
import { breakLines } from './linebreak';
import { measure, shape } from './shape';
import { mm, type Styles, type TextStyle } from './styles';
import type { Surface } from './surface';

// Running header, page numbers and the fingerprint line, drawn on every page once the page count
// is known (pdfkit's bufferPages). They sit outside the text block: GB/T 9704 puts page numbers
// 7 mm below it. The bottom margin is set to 0 while drawing, as pdfkit would otherwise start a
// new page for text placed inside the margin.

function centred(surface: Surface, text: string, style: TextStyle, top: number): void {
  const atoms = shape(text, style);
  // A header longer than the text block wraps to its lines' width, never past the block.
  for (const line of breakLines(atoms, surface.width)) {
    surface.drawLine(atoms, line, surface.left, top, surface.width, style, 'center');
    top += style.lineHeight;
  }
}

/** Page-number text for page `page` (1-based) of `total` in the model's style and locale. */
export function pageLabel(model: DocumentModel, page: number, total: number): string | null {
  if (model.pageNumbers === 'none') return null;
  const t = translator(model.locale);
  return model.pageNumbers === 'dash'
    ? t('documents:page.dash', { page })
    : t('documents:page.ofTotal', { page, total });
}

export function decoratePages(surface: Surface, styles: Styles, model: DocumentModel): void {
  const { doc } = surface;
  const range = doc.bufferedPageRange();
  const total = range.count;
  const blockBottom = surface.frame.top + surface.frame.height;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    if (model.header) {
      const style = styles.header;
      const top = surface.frame.top - mm(12);
      centred(surface, model.header, style, top);
      surface.rule(surface.left, surface.left + surface.width, surface.frame.top - mm(4.5), 0.6);
    }
    const label = pageLabel(model, i - range.start + 1, total);
    if (label) centred(surface, label, styles.footer, blockBottom + mm(7) - 4);
    if (model.meta.fingerprintLine) {
      const style = styles.fingerprint;
      const text = model.meta.fingerprintLine;
      const lines = Math.ceil(measure(text, style) / surface.width);
      centred(surface, text, style, blockBottom + mm(20) - style.lineHeight * (lines - 1));
    }
    doc.page.margins = margins;
  }
}
