import path from 'node:path';
import { resources, LOCALES } from '../../shared/i18n';
import { errnoCode } from '../storage/errors';
import type { StorageFs } from '../storage/fs-layer';
import { layoutOf, pdfDir } from '../storage/layout';
import { verifyPdf } from '../signing/verify';

// Which of a meeting's filed PDFs go into its bundle: those signed by this installation (the
// verify screen's 'valid'), except sign-in sheets. A sign-in sheet may have been printed with
// members' phones (the chair's choice at export), and neither its file name nor anything short of
// reading its text says whether it was; attendance is in state.json anyway. A sign-in sheet is
// known by its document information's Subject, which the renderer sets to the document kind's name
// in the export's language (main/pdf/render.ts), written as pdfkit writes every info string, as a
// string object of its own that the info dictionary refers to. The whole string, parentheses
// included, is looked for: a title that merely contains the word is another string.

const PDF_NAME = /^[\p{L}\p{N} _().-]{1,120}\.pdf$/u;

/** `(…)`: a string exactly as pdfkit writes it, UTF-16BE with a BOM when not ASCII. */
function pdfkitSubject(text: string): Buffer {
  const unicode = [...text].some((c) => c.charCodeAt(0) > 0x7f);
  const bytes = unicode
    ? Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    : Buffer.from(text, 'latin1');
  const escaped = bytes.toString('latin1').replace(/[\n\r\t\b\f()\\]/g, (c) => {
    const named: Record<string, string> = { '\n': 'n', '\r': 'r', '\t': 't', '\b': 'b', '\f': 'f' };
    return `\\${named[c] ?? c}`;
  });
  return Buffer.from(`(${escaped})`, 'latin1');
}

const SIGN_IN_SUBJECTS = LOCALES.map((locale) => {
  const kinds = (resources[locale].documents as { kind: { signInSheet: string } }).kind;
  return pdfkitSubject(kinds.signInSheet);
});

export function isSignInSheet(pdf: Buffer): boolean {
  return SIGN_IN_SUBJECTS.some((subject) => pdf.includes(subject));
}

export type BundlePdfs = Readonly<{
  files: ReadonlyArray<Readonly<{ name: string; bytes: Buffer }>>;
  /** Filed PDFs left out, with why: for the caller to say. */
  skipped: ReadonlyArray<Readonly<{ name: string; reason: 'signInSheet' | 'notSigned' }>>;
}>;

/** The meeting's filed PDFs that go into its bundle, by name. */
export async function bundlePdfs(
  fs: StorageFs,
  dataDir: string,
  meetingId: string,
  trusted: readonly string[],
): Promise<BundlePdfs> {
  const dir = pdfDir(layoutOf(dataDir), meetingId);
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => PDF_NAME.test(name)).sort();
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { files: [], skipped: [] };
    throw error;
  }
  const files: Array<{ name: string; bytes: Buffer }> = [];
  const skipped: Array<{ name: string; reason: 'signInSheet' | 'notSigned' }> = [];
  for (const name of names) {
    const bytes = await fs.readFile(path.join(dir, name));
    if (isSignInSheet(bytes)) skipped.push({ name, reason: 'signInSheet' });
    else if (verifyPdf(bytes, { trustedFingerprints: trusted }).status !== 'valid')
      skipped.push({ name, reason: 'notSigned' });
    else files.push({ name, bytes });
  }
  return { files, skipped };
}
