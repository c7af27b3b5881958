// Reserves a PDF signature inside a pdfkit document, the way @signpdf/placeholder-pdfkit does,
// written here because that package declares a peer of pdfkit ^0.11 and npm refuses it next to
// pdfkit 0.20 without --legacy-peer-deps (which would then be needed by every install, CI's too).
// pdfkit writes the placeholder into a normal object with a correct xref, so `qpdf --check` stays
// clean; @signpdf/placeholder-plain appends an incremental update that qpdf warns about.

/** The reserved size of the PKCS#7 signature, in bytes (written as twice as many hex digits). */
export const SIGNATURE_LENGTH = 8192;
/** @signpdf finds the ByteRange by this placeholder and overwrites it in place. */
const BYTE_RANGE_PLACEHOLDER = '**********';

/** What the signature dictionary says about the signing, visible in any PDF reader. */
export type SignatureRequest = Readonly<{
  /** The signer's name (the certificate's common name). */
  name: string;
  reason: string;
  location?: string;
  contactInfo?: string;
  signingTime: Date;
  signatureLength?: number;
}>;

// The private parts of pdfkit's document that a signature field needs.
type PdfRef = { end(): void };
type PdfkitInternals = {
  ref(data: Record<string, unknown>): PdfRef;
  initForm(): void;
  _acroform?: unknown;
  _root: { data: { AcroForm: { data: { Fields: PdfRef[]; DR: unknown } } } };
  page: { dictionary: PdfRef; annotations: PdfRef[] };
};

/**
 * Adds the signature dictionary (/ByteRange and /Contents placeholders), the AcroForm and an
 * invisible signature widget on the current page. Call once, before `doc.end()`.
 */
export function addSignaturePlaceholder(doc: PDFKit.PDFDocument, request: SignatureRequest): void {
  const pdf = doc as unknown as PdfkitInternals;
  // pdfkit writes JS strings as PDF names and String objects as text strings (UTF-16 if needed).
  const text = (value: string): string => new String(value) as unknown as string;
  const signature = pdf.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'adbe.pkcs7.detached',
    ByteRange: [0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER],
    Contents: Buffer.alloc(request.signatureLength ?? SIGNATURE_LENGTH),
    Reason: text(request.reason),
    M: request.signingTime,
    ContactInfo: text(request.contactInfo ?? ''),
    Name: text(request.name),
    Location: text(request.location ?? ''),
    Prop_Build: { Filter: { Name: 'Adobe.PPKLite' }, App: { Name: 'Yishiting' } },
  });
  if (!pdf._acroform) pdf.initForm();
  const form = pdf._root.data.AcroForm;
  const fieldName = `Signature${form.data.Fields.length + 1}`;
  // SigFlags 3: signatures exist, and the file must only be changed by appending.
  form.data = {
    Type: 'AcroForm',
    SigFlags: 3,
    Fields: form.data.Fields,
    DR: form.data.DR,
  } as never;
  const widget = pdf.ref({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [0, 0, 0, 0],
    F: 132, // print + locked
    V: signature,
    T: text(fieldName),
    P: pdf.page.dictionary,
  });
  pdf.page.annotations.push(widget);
  form.data.Fields.push(widget);
  signature.end();
  widget.end();
}
