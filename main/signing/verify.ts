import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { normaliseFingerprint } from './identity';
import {
  hasEndOfFile,
  locateSignature,
  looksLikePdf,
  type ByteRange,
  type LocatedSignature,
} from './locate';
import { DIGESTS, parseSignedData, type SignerInfo } from './pkcs7';

// Verifies a signed PDF without trusting any library's verdict: the ByteRange must cover the
// whole file except the /Contents hex string, the hash of those bytes must equal the signed
// messageDigest attribute, and the signature over the signed attributes must verify with a
// certificate carried in the signature. Only then does trust come in: a known fingerprint (or a
// certificate issued by one) is 'valid', anything else 'unknownSigner'. PKI.js reads the CMS
// (pkcs7.ts); the checks are node:crypto's, not PKI.js's SignedData.verify, which is WebCrypto and
// so asynchronous (verifyPdf stays synchronous for its callers) and judges trust by a chain and a
// date rather than by the fingerprints this installation knows.

export type VerifyStatus = 'valid' | 'modified' | 'notSigned' | 'unknownSigner' | 'unreadable';

export type VerifyResult = Readonly<{
  status: VerifyStatus;
  /** The signer certificate's common name. */
  signer: string | null;
  signedAt: Date | null;
  /** The signer certificate's SHA-256 fingerprint, colon hex. */
  fingerprint: string | null;
  /** Why, in English, for logs and tests; the UI shows the status in the user's language. */
  detail: string;
  /** For 'unreadable': a PDF that stops before its end (a cut download or copy). */
  incomplete?: boolean;
}>;

export type VerifyOptions = Readonly<{ trustedFingerprints: readonly string[] }>;

const result = (
  status: VerifyStatus,
  detail: string,
  extra: Partial<VerifyResult> = {},
): VerifyResult => ({
  status,
  signer: null,
  signedAt: null,
  fingerprint: null,
  detail,
  ...extra,
});

/** The /Contents hex if the ByteRange leaves out exactly `<hex>` and covers everything else. */
function signatureHex(pdf: Buffer, [a, b, c, d]: ByteRange): string | null {
  if (a !== 0 || b < 1 || c <= b + 2 || c + d !== pdf.length) return null;
  if (pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) return null; // '<' … '>'
  const hex = pdf.toString('latin1', b + 1, c - 1);
  return /^[0-9A-Fa-f]*$/.test(hex) && hex.length % 2 === 0 ? hex : null;
}

function commonName(cert: X509Certificate): string {
  return /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? cert.subject.replace(/\n/g, ', ');
}

/** The certificate whose key verifies the signer's signature, if any. */
function findSigner(
  signer: SignerInfo,
  certs: readonly X509Certificate[],
  hash: string,
  content: Buffer,
): X509Certificate | null {
  const data = signer.signedAttributes ?? content;
  return (
    certs.find((cert) => {
      try {
        return verifySignature(hash, data, cert.publicKey, signer.signature);
      } catch {
        return false;
      }
    }) ?? null
  );
}

/** Trusted if its fingerprint is known, or if a known certificate in the chain issued it. */
function isTrusted(
  cert: X509Certificate,
  certs: readonly X509Certificate[],
  trusted: ReadonlySet<string>,
): boolean {
  let current = cert;
  for (let depth = 0; depth < 8; depth++) {
    if (trusted.has(current.fingerprint256)) return true;
    const issuer = certs.find(
      (c) => c !== current && current.checkIssued(c) && current.verify(c.publicKey),
    );
    if (!issuer) return false;
    current = issuer;
  }
  return false;
}

/**
 * A file cut short (an interrupted download or copy) is unreadable, not "changed after signing":
 * nobody altered what was signed, there is just not all of it. Cut short means no %%EOF at the
 * end and, when the signature says how long the file was, fewer bytes than that. A single
 * changed byte never looks like this: it keeps the length, so a flipped %%EOF is still caught by
 * the digest, and a flipped /ByteRange leaves the end marker in place.
 */
function cutShort(pdf: Buffer, located: LocatedSignature | null): boolean {
  if (hasEndOfFile(pdf)) return false;
  const range = located?.byteRange;
  return !range || range[2] + range[3] > pdf.length;
}

/** Verifies the (last) signature of a PDF in memory. */
export function verifyPdf(pdf: Buffer, options: VerifyOptions): VerifyResult {
  const located = locateSignature(pdf);
  if (!located && !looksLikePdf(pdf)) return result('unreadable', 'not a PDF file');
  if (cutShort(pdf, located)) {
    return result('unreadable', 'not a complete PDF: the file ends before its end marker', {
      incomplete: true,
    });
  }
  if (!located) return result('notSigned', 'no signature dictionary');
  if (!located.byteRange) return result('modified', 'signature dictionary damaged: no /ByteRange');
  const hex = signatureHex(pdf, located.byteRange);
  if (hex === null)
    return result('modified', '/ByteRange does not cover the whole file except /Contents');
  let signed;
  try {
    signed = parseSignedData(Buffer.from(hex, 'hex')); // the placeholder's zero padding follows
  } catch (error) {
    return result('modified', `signature unreadable: ${(error as Error).message}`);
  }
  const signer = signed.signers[0];
  if (!signer) return result('modified', 'no signer in the signature');
  const hash = DIGESTS[signer.digestOid];
  if (!hash) return result('modified', `unsupported digest ${signer.digestOid}`);
  const [, b, c, d] = located.byteRange;
  const content = Buffer.concat([pdf.subarray(0, b), pdf.subarray(c, c + d)]);
  const digest = createHash(hash).update(content).digest();
  if (signer.signedAttributes && (!signer.messageDigest || !digest.equals(signer.messageDigest))) {
    return result('modified', 'digest mismatch: the signed bytes were changed');
  }
  let certs: X509Certificate[];
  try {
    certs = signed.certificates.map((der) => new X509Certificate(der));
  } catch {
    return result('modified', 'embedded certificate unreadable');
  }
  const cert = findSigner(signer, certs, hash, content);
  if (!cert) return result('modified', 'signature does not verify with any embedded certificate');
  const trusted = new Set(
    options.trustedFingerprints.map(normaliseFingerprint).filter((f): f is string => f !== null),
  );
  const info = {
    signer: commonName(cert),
    signedAt: signer.signingTime,
    fingerprint: cert.fingerprint256,
  };
  return isTrusted(cert, certs, trusted)
    ? result('valid', 'signature valid, signer trusted', info)
    : result('unknownSigner', 'signature valid, signer not trusted', info);
}
