import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';

// `yishiting verify --hash FILE`: the hashes a person compares with paper. A notice's QR code says
// "SHA-256: <hex>" over the document's content, which the PDF carries as the embedded file
// yishiting-content.json inside its signed bytes (main/pdf/fingerprint.ts); hashing that file
// again gives the QR's hash from the PDF alone. A PDF cannot contain the hash of its own bytes,
// so the whole file's SHA-256 is a second, separate line (to compare with an archived copy).

const CONTENT_FILE = 'yishiting-content.json';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The dictionary text and stream start of object `n` (the last definition wins, as in PDF). */
function objectAt(text: string, n: number): { dict: string; streamAt: number | null } | null {
  const heads = [...text.matchAll(new RegExp(`(?:^|[\\r\\n\\s])${n} 0 obj\\s*<<`, 'g'))];
  const head = heads.at(-1);
  if (!head) return null;
  const from = (head.index ?? 0) + head[0].length;
  const end = text.indexOf('endobj', from);
  const body = text.slice(from, end < 0 ? undefined : end);
  const stream = /stream\r?\n/.exec(body);
  return {
    dict: stream ? body.slice(0, stream.index) : body,
    streamAt: stream ? from + stream.index + stream[0].length : null,
  };
}

/** The bytes of the embedded content file, or null if the PDF has none (or it is damaged). */
export function embeddedContent(pdf: Buffer): Buffer | null {
  const text = pdf.toString('latin1');
  const spec = new RegExp(`\\(${CONTENT_FILE.replace(/\./g, '\\.')}\\)\\s*(\\d+) 0 R`).exec(text);
  const fileSpec = spec && objectAt(text, Number(spec[1]));
  const ref = fileSpec && /\/EF\s*<<[^>]*\/F\s+(\d+) 0 R/.exec(fileSpec.dict);
  const stream = ref && objectAt(text, Number(ref[1]));
  const length = stream && /\/Length\s+(\d+)/.exec(stream.dict);
  if (!stream || stream.streamAt === null || !length) return null;
  const raw = pdf.subarray(stream.streamAt, stream.streamAt + Number(length[1]));
  try {
    return /\/Filter\s*\/FlateDecode/.test(stream.dict) ? inflateSync(raw) : raw;
  } catch {
    return null;
  }
}

/** 'SHA-256' of the embedded content (what the QR code says), or null; and of the whole file. */
export function pdfHashes(pdf: Buffer): { content: string | null; file: string } {
  const content = embeddedContent(pdf);
  return { content: content ? sha256(content) : null, file: sha256(pdf) };
}
