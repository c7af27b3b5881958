import { createHash, sign as signData, type KeyObject } from 'node:crypto';
import { childrenOf, readTlv, type Tlv } from './der';

// Builds the detached CMS SignedData (PKCS#7) that goes into a PDF's /Contents, with node:crypto
// for hashing and signing. Written here instead of using @signpdf/signer-p12 because forge, which
// that signer uses, re-encodes the issuer name of a parsed certificate and UTF-8-encodes it a
// second time: for a Chinese issuer ("幸福里社区居民委员会") the SignerInfo then names an issuer
// that no certificate has, and NSS (pdfsig, Firefox) and Adobe cannot find the signer. Here the
// issuer and serial are copied byte for byte from the certificate.

const OIDS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** One DER element from its tag and content parts. */
function tlv(tag: number, ...parts: Buffer[]): Buffer {
  const content = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), length(content.length), content]);
}

const seq = (...parts: Buffer[]): Buffer => tlv(0x30, ...parts);
const integer = (n: number): Buffer => tlv(0x02, Buffer.from([n]));
const octets = (data: Buffer): Buffer => tlv(0x04, data);
const NULL = Buffer.from([0x05, 0x00]);

/** DER SET OF: elements sorted by their encodings (X.690 §11.6). */
function setOf(...elements: Buffer[]): Buffer {
  return tlv(0x31, ...[...elements].sort(Buffer.compare));
}

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes: number[] = [a * 40 + b];
  for (const value of rest) {
    const chunk: number[] = [value & 0x7f];
    for (let v = Math.floor(value / 128); v > 0; v = Math.floor(v / 128))
      chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function utcTime(date: Date): Buffer {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const text =
    pad(date.getUTCFullYear() % 100) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds()) +
    'Z';
  return tlv(0x17, Buffer.from(text, 'latin1'));
}

const raw = (der: Buffer, element: Tlv): Buffer => der.subarray(element.start, element.end);

/** The certificate's issuer Name and serialNumber, exactly as encoded in it. */
function issuerAndSerial(certificate: Buffer): Buffer {
  const tbs = childrenOf(certificate, childrenOf(certificate, readTlv(certificate, 0))[0] as Tlv);
  const offset = tbs[0]?.tag === 0xa0 ? 1 : 0; // [0] version is optional
  const serial = tbs[offset];
  const issuer = tbs[offset + 2];
  if (!serial || !issuer) throw new Error('yishiting: certificate has no issuer or serial');
  return seq(raw(certificate, issuer), raw(certificate, serial));
}

export type CmsRequest = Readonly<{
  /** The bytes covered by the PDF's ByteRange. */
  content: Buffer;
  key: KeyObject;
  /** The signer's certificate (DER), and any chain certificates to embed after it. */
  certificate: Buffer;
  chain: readonly Buffer[];
  signingTime: Date;
}>;

/** A detached SignedData with SHA-256 and the signed attributes Adobe expects. */
export function buildCms(request: CmsRequest): Buffer {
  const digest = createHash('sha256').update(request.content).digest();
  const attributes = [
    seq(oid(OIDS.contentType), setOf(oid(OIDS.data))),
    seq(oid(OIDS.signingTime), setOf(utcTime(request.signingTime))),
    seq(oid(OIDS.messageDigest), setOf(octets(digest))),
  ];
  const signedSet = setOf(...attributes);
  const isEc = request.key.asymmetricKeyType === 'ec';
  const signature = signData('sha256', signedSet, request.key);
  const signedAttrs = Buffer.from(signedSet);
  signedAttrs[0] = 0xa0; // [0] IMPLICIT in SignerInfo; the signature is over the SET form
  const sha256 = seq(oid(OIDS.sha256), NULL);
  const signerInfo = seq(
    integer(1),
    issuerAndSerial(request.certificate),
    sha256,
    signedAttrs,
    isEc ? seq(oid(OIDS.ecdsaWithSha256)) : seq(oid(OIDS.rsaEncryption), NULL),
    octets(signature),
  );
  const certificates = [
    request.certificate,
    ...request.chain.filter((c) => !c.equals(request.certificate)),
  ];
  const signedData = seq(
    integer(1),
    setOf(sha256),
    seq(oid(OIDS.data)),
    tlv(0xa0, ...certificates),
    setOf(signerInfo),
  );
  return seq(oid(OIDS.signedData), tlv(0xa0, signedData));
}
