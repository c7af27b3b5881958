// Finds a PDF signature's /ByteRange and /Contents by scanning the bytes, not by parsing the PDF:
// a damaged file must still be recognised as "signed but modified", and any single changed byte
// (even inside the dictionary's keys) must not make the signature look absent.

export type ByteRange = readonly [number, number, number, number];

/** What @signpdf leaves before signing: a document with only this has a field but no signature. */
const UNFILLED = '/ByteRange [0 /********** /********** /**********]';

export type LocatedSignature = Readonly<{
  /** The last well-formed /ByteRange, or null if none (damaged dictionary). */
  byteRange: ByteRange | null;
  /** Whether something that looks like a signature's /Contents (long hex) is present. */
  hasContents: boolean;
}>;

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
// A PKCS#7 signature is at least a few hundred bytes: shorter hex strings are ordinary content.
const CONTENTS = /\/Contents\s*<[0-9A-Fa-f]{512,}/g;
// Keys of a signature dictionary; one of them survives any single-byte change to the others.
const SIG_MARKERS = [
  /\/ByteRange\s*\[/,
  /\/Type\s*\/Sig\b/,
  /\/adbe\.pkcs7\.detached/,
  /\/Adobe\.PPKLite/,
  CONTENTS,
];

/** The signature's position, or null when nothing in the file looks like a signature. */
export function locateSignature(pdf: Buffer): LocatedSignature | null {
  const text = pdf.toString('latin1');
  let byteRange: ByteRange | null = null;
  for (const match of text.matchAll(BYTE_RANGE)) {
    byteRange = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
  }
  CONTENTS.lastIndex = 0;
  const hasContents = CONTENTS.test(text);
  CONTENTS.lastIndex = 0;
  if (!byteRange && !SIG_MARKERS.some((marker) => marker.test(text))) return null;
  if (!byteRange && text.includes(UNFILLED)) return null; // reserved, never signed
  return { byteRange, hasContents };
}

/** Does `pdf` end like a whole PDF file (its %%EOF marker in the last kilobyte, as readers allow)? */
export function hasEndOfFile(pdf: Buffer): boolean {
  return pdf.subarray(Math.max(0, pdf.length - 1024)).includes('%%EOF');
}

/** Does `pdf` start like a PDF file (a header in its first kilobyte, as readers allow)? */
export function looksLikePdf(pdf: Buffer): boolean {
  return pdf.subarray(0, 1024).includes('%PDF-');
}
