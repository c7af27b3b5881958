import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

// Reads a CMS SignedData (RFC 5652), as found in a PDF's /Contents, far enough to verify it, with
// PKI.js: the embedded certificates, and per signer the digest algorithm, the signed attributes
// exactly as signed (PKI.js keeps the bytes it parsed), the message digest, the signing time and
// the signature value. Parsing is synchronous; the signature itself is checked in verify.ts.

export const OID = {
  signedData: pkijs.id_ContentType_SignedData,
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const;

/** Node hash names of the digest algorithms a PDF signature may use. */
export const DIGESTS: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

export type SignerInfo = Readonly<{
  digestOid: string;
  /** DER of the signed attributes re-tagged as SET (0x31): what the signature covers. */
  signedAttributes: Buffer | null;
  messageDigest: Buffer | null;
  signingTime: Date | null;
  signatureOid: string;
  signature: Buffer;
}>;

export type SignedData = Readonly<{
  certificates: readonly Buffer[];
  signers: readonly SignerInfo[];
}>;

/** The first value of a signed attribute, if present. */
function attributeValue(info: pkijs.SignerInfo, oid: string): asn1js.BaseBlock | undefined {
  return info.signedAttrs?.attributes.find((attr) => attr.type === oid)?.values[0];
}

function readSigner(info: pkijs.SignerInfo): SignerInfo {
  const digest = attributeValue(info, OID.messageDigest);
  const time = attributeValue(info, OID.signingTime);
  return {
    digestOid: info.digestAlgorithm.algorithmId,
    // PKI.js keeps the [0] IMPLICIT field as parsed and re-tags it as SET OF, as it is signed.
    signedAttributes: info.signedAttrs ? Buffer.from(info.signedAttrs.encodedValue) : null,
    messageDigest:
      digest instanceof asn1js.OctetString ? Buffer.from(digest.valueBlock.valueHexView) : null,
    signingTime:
      time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime
        ? time.toDate()
        : null,
    signatureOid: info.signatureAlgorithm.algorithmId,
    signature: Buffer.from(info.signature.valueBlock.valueHexView),
  };
}

/** Parses a DER ContentInfo holding SignedData; trailing zero padding after it is ignored. */
export function parseSignedData(der: Buffer): SignedData {
  const read = asn1js.fromBER(new Uint8Array(der));
  if (read.offset === -1) throw new Error(`CMS: ${read.result.error}`);
  // asn1js reads BER leniently (a length that disagrees with its contents is only a warning):
  // what it read must encode back to the same bytes, so a changed length is a changed file.
  const encoded = Buffer.from(read.result.toBER());
  if (!encoded.equals(der.subarray(0, encoded.length))) throw new Error('CMS: not DER');
  const contentInfo = new pkijs.ContentInfo({ schema: read.result });
  if (contentInfo.contentType !== OID.signedData) throw new Error('CMS: not SignedData');
  const schema = contentInfo.content;
  if (!(schema instanceof asn1js.Sequence)) throw new Error('CMS: not SignedData');
  const signed = new pkijs.SignedData({ schema });
  // The certificates exactly as embedded (their fingerprints decide trust), not re-encoded:
  // the elements of the [0] field that are plain SEQUENCEs (X.509 certificates).
  const certificateSet = schema.valueBlock.value.find(
    (field) => field.idBlock.tagClass === 3 && field.idBlock.tagNumber === 0,
  );
  const elements =
    certificateSet instanceof asn1js.Constructed ? certificateSet.valueBlock.value : [];
  const certificates = elements
    .filter((cert) => cert.idBlock.tagClass === 1 && cert.idBlock.tagNumber === 16)
    .map((cert) => Buffer.from(cert.valueBeforeDecodeView));
  if (signed.signerInfos.length === 0) throw new Error('CMS: no signer');
  return { certificates, signers: signed.signerInfos.map(readSigner) };
}
