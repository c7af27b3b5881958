import { DocumentModelSchema, type Block, type DocumentModel } from '../../shared/documents/model';
import { addSignaturePlaceholder, type SignatureRequest } from '../signing/placeholder';
import { drawFields, drawSignatures, signaturesHead } from './blocks-forms';
import { drawIssuer, drawQr, issuerHeight, type IssuerBox } from './blocks-issuer';
import { drawTable } from './blocks-table';
import { drawAddressee, drawHeading, drawParagraph, drawSpacer } from './blocks-text';
import { drawTitle } from './blocks-title';
import { decoratePages } from './decorate';
import { canonicalContent, CONTENT_FILE, documentFingerprint, qrText } from './fingerprint';
import { keepRules, type KeepRules } from './keep';
import type { LayoutRecord } from './layout-record';
import {
  mm,
  OFFICIAL_LINES,
  OFFICIAL_MAX_LINES,
  stylesFor,
  TEXT_BLOCK,
  type Styles,
} from './styles';
import { Surface } from './surface';
import { pdfBytes } from './bytes';

export type RenderOptions = Readonly<{
  /** Reserve a PDF signature for `signPdf` to fill; without it the PDF cannot be signed. */
  signature?: SignatureRequest;
  /** The PDF's creation date (default now); fixed in tests for reproducible files. */
  creationDate?: Date;
  /** Skip the schema check for a model the caller just built and typed (saves a few ms). */
  trusted?: boolean;
}>;

/** Every block but issuer and QR, which compose() places together. */
function drawBlock(surface: Surface, styles: Styles, block: Block, tail: number): void {
  switch (block.type) {
    case 'title':
      return drawTitle(surface, styles, block);
    case 'addressee':
      return drawAddressee(surface, styles, block);
    case 'heading':
      return drawHeading(surface, styles, block);
    case 'paragraph':
      return drawParagraph(surface, styles, block, tail);
    case 'fields':
      return drawFields(surface, styles, block, tail);
    case 'table':
      return drawTable(surface, styles, block);
    case 'signatures':
      return drawSignatures(surface, styles, block);
    case 'issuer':
    case 'qr':
      return;
    case 'spacer':
      surface.flushPending();
      return drawSpacer(surface, mm(block.heightMm));
    case 'pageBreak':
      surface.flushPending();
      if (!surface.atPageTop) surface.newPage();
      return;
  }
}

type Info = Readonly<Record<string, string | Date | undefined>>;

/** What every layout pass of one document shares: computed once, not once a pass. */
type Shared = Readonly<{ info: Info; keep: KeepRules; qrPayload: string; qrHash: string }>;

function sharedFor(model: DocumentModel, info: Info): Shared {
  const needsQr = model.blocks.some((block) => block.type === 'qr' && !block.payload);
  return {
    info,
    keep: keepRules(model.keep, model.layout === 'official'),
    qrPayload: needsQr ? qrText(model) : '',
    qrHash: needsQr ? `SHA-256: ${documentFingerprint(model)}` : '',
  };
}

/** Lays out every block on a fresh surface with `lines` body lines a page (official layout). */
function compose(model: DocumentModel, lines: number, shared: Shared): Surface {
  const styles = stylesFor(model.layout, model.locale, lines);
  const surface = new Surface(TEXT_BLOCK, model.locale, shared.info);
  surface.keep = shared.keep;
  let previous: IssuerBox | undefined;
  model.blocks.forEach((block, index) => {
    surface.current = { block: index, type: block.type, part: '' };
    if (block.type === 'issuer') {
      previous = drawIssuer(surface, styles, block);
      return;
    }
    if (block.type === 'qr') {
      const payload = block.payload ?? shared.qrPayload;
      drawQr(surface, styles, block, payload, block.payload ?? shared.qrHash, previous);
    } else {
      // The seal shares its page with the text (GB/T 9704): the paragraph before the issuer
      // keeps its last lines on the issuer's page; likewise what comes before signature lines.
      const next = model.blocks[index + 1];
      const tail =
        next?.type === 'issuer'
          ? issuerHeight(surface, styles, next)
          : next?.type === 'signatures'
            ? signaturesHead(surface, styles, next)
            : 0;
      drawBlock(surface, styles, block, tail);
    }
    previous = undefined;
  });
  surface.flushPending();
  surface.current = null;
  decoratePages(surface, styles, model);
  return surface;
}

/**
 * Tighten before breaking, a little: GB/T's 22 lines a page, or up to OFFICIAL_MAX_LINES when
 * that saves a page (the last lines and the seal then share the page instead of the seal going
 * over alone). Plain layout: one pass. Each pass is kept, so the chosen one is not laid out again.
 */
function fitted(model: DocumentModel, shared: Shared): Surface {
  const standard = compose(model, OFFICIAL_LINES, shared);
  if (model.layout !== 'official' || standard.record.pages <= 1) return standard;
  const tightest = compose(model, OFFICIAL_MAX_LINES, shared);
  if (tightest.record.pages >= standard.record.pages) return standard;
  let best = tightest;
  for (let lines = OFFICIAL_MAX_LINES - 1; lines > OFFICIAL_LINES; lines--) {
    const looser = compose(model, lines, shared);
    if (looser.record.pages > tightest.record.pages) break;
    best = looser;
  }
  return best;
}

/** A rendered PDF and the record of where its lines went. */
export type RenderedPdf = Readonly<{ pdf: Buffer; layout: LayoutRecord }>;

/**
 * Lays out a document model as an A4 PDF with embedded font subsets, running header and page
 * numbers, and returns the layout record beside it. The renderer decides nothing about content:
 * every word comes from the model, except the page numbers, which only layout knows.
 */
export async function layoutPdf(
  model: DocumentModel,
  options: RenderOptions = {},
): Promise<RenderedPdf> {
  const checked = options.trusted ? model : DocumentModelSchema.parse(model);
  const info: Info = {
    Title: checked.meta.title,
    Subject: checked.meta.subject,
    Author: checked.meta.author,
    Keywords: checked.meta.keywords,
    Creator: 'Yishiting',
    // Set here, not later: pdfkit derives the file ID from the info when the document starts.
    CreationDate: options.creationDate,
  };
  const surface = fitted(checked, sharedFor(checked, info));
  const { doc } = surface;
  const done = pdfBytes(doc);
  if (checked.blocks.some((block) => block.type === 'qr' && !block.payload)) {
    // The bytes the QR code's hash is taken over, so that a verifier can hash them again.
    doc.file(Buffer.from(canonicalContent(checked), 'utf8'), {
      name: CONTENT_FILE,
      type: 'application/json',
      creationDate: options.creationDate ?? new Date(0),
      modifiedDate: options.creationDate ?? new Date(0),
    });
  }
  if (options.signature) addSignaturePlaceholder(doc, options.signature);
  doc.end();
  return { pdf: await done, layout: surface.record };
}

/** The PDF alone (see layoutPdf). */
export async function renderPdf(
  model: DocumentModel,
  options: RenderOptions = {},
): Promise<Buffer> {
  return (await layoutPdf(model, options)).pdf;
}
