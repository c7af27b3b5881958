import { DocumentModelSchema, type Block, type DocumentModel } from '../../shared/documents/model';
import { addSignaturePlaceholder, type SignatureRequest } from '../signing/placeholder';
import { drawFields, drawSignatures } from './blocks-forms';
import { drawIssuer, drawQr, type IssuerBox } from './blocks-issuer';
import { drawTable } from './blocks-table';
import { drawAddressee, drawHeading, drawParagraph, drawSpacer, drawTitle } from './blocks-text';
import { decoratePages } from './decorate';
import { fingerprintUri } from './fingerprint';
import { mm, stylesFor, TEXT_BLOCK, type Styles } from './styles';
import { Surface } from './surface';

export type RenderOptions = Readonly<{
  /** Reserve a PDF signature for `signPdf` to fill; without it the PDF cannot be signed. */
  signature?: SignatureRequest;
  /** The PDF's creation date (default now); fixed in tests for reproducible files. */
  creationDate?: Date;
  /** Skip the schema check for a model the caller just built and typed (saves a few ms). */
  trusted?: boolean;
}>;

/** Every block but issuer and QR, which render() places together. */
function drawBlock(surface: Surface, styles: Styles, block: Block): void {
  switch (block.type) {
    case 'title':
      return drawTitle(surface, styles, block);
    case 'addressee':
      return drawAddressee(surface, styles, block);
    case 'heading':
      return drawHeading(surface, styles, block);
    case 'paragraph':
      return drawParagraph(surface, styles, block);
    case 'fields':
      return drawFields(surface, styles, block);
    case 'table':
      return drawTable(surface, styles, block);
    case 'signatures':
      return drawSignatures(surface, styles, block);
    case 'issuer':
    case 'qr':
      return;
    case 'spacer':
      return drawSpacer(surface, mm(block.heightMm));
    case 'pageBreak':
      if (!surface.atPageTop) surface.newPage();
      return;
  }
}

/**
 * Lays out a document model as an A4 PDF with embedded font subsets, running header and page
 * numbers. The renderer decides nothing about content: every word comes from the model, except
 * the page numbers, which only layout knows.
 */
export async function renderPdf(
  model: DocumentModel,
  options: RenderOptions = {},
): Promise<Buffer> {
  const checked = options.trusted ? model : DocumentModelSchema.parse(model);
  const styles = stylesFor(checked.layout, checked.locale);
  const surface = new Surface(TEXT_BLOCK, checked.locale, {
    Title: checked.meta.title,
    Subject: checked.meta.subject,
    Author: checked.meta.author,
    Keywords: checked.meta.keywords,
    Creator: 'Yishiting',
    // Set here, not later: pdfkit derives the file ID from the info when the document starts.
    CreationDate: options.creationDate,
  });
  const { doc } = surface;
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let previous: IssuerBox | undefined;
  for (const block of checked.blocks) {
    if (block.type === 'issuer') {
      previous = drawIssuer(surface, styles, block);
      continue;
    }
    if (block.type === 'qr') {
      drawQr(surface, styles, block, block.payload ?? fingerprintUri(checked), previous);
    } else drawBlock(surface, styles, block);
    previous = undefined;
  }
  decoratePages(surface, styles, checked);
  if (options.signature) addSignaturePlaceholder(doc, options.signature);
  doc.end();
  return done;
}
