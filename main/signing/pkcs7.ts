import { childrenOf, contentOf, decodeOid, decodeTime, readTlv, type Tlv } from './der';

// Reads a CMS SignedData (RFC 5652), as found in a PDF's /Contents, far enough to verify it:
// the embedded certificates, and per signer the digest algorithm, the signed attributes exactly
// as signed, the message digest, the signing time and the signature value.

export const OID = {
  signedData: '1.2.840.113549.1.7.2',
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

function at(list: readonly Tlv[], index: number): Tlv {
  const tlv = list[index];
  if (!tlv) throw new Error('CMS: missing element');
  return tlv;
}

function algorithmOid(der: Uint8Array, sequence: Tlv): string {
  return decodeOid(contentOf(der, at(childrenOf(der, sequence), 0)));
}

function readSigner(der: Buffer, info: Tlv): SignerInfo {
  const parts = childrenOf(der, info);
  let i = 2; // version, sid
  const digestOid = algorithmOid(der, at(parts, i++));
  let signedAttributes: Buffer | null = null;
  let messageDigest: Buffer | null = null;
  let signingTime: Date | null = null;
  if (at(parts, i).tag === 0xa0) {
    const attrs = at(parts, i++);
    // The signature is over the attributes encoded as a SET OF, not as the [0] IMPLICIT field.
    signedAttributes = Buffer.from(der.subarray(attrs.start, attrs.end));
    signedAttributes[0] = 0x31;
    for (const attr of childrenOf(der, attrs)) {
      const [type, values] = childrenOf(der, attr);
      if (!type || !values) continue;
      const value = childrenOf(der, values)[0];
      if (!value) continue;
      const oid = decodeOid(contentOf(der, type));
      if (oid === OID.messageDigest) messageDigest = Buffer.from(contentOf(der, value));
      if (oid === OID.signingTime) signingTime = decodeTime(value.tag, contentOf(der, value));
    }
  }
  const signatureOid = algorithmOid(der, at(parts, i++));
  const signature = Buffer.from(contentOf(der, at(parts, i)));
  return { digestOid, signedAttributes, messageDigest, signingTime, signatureOid, signature };
}

/** Parses a DER ContentInfo holding SignedData; trailing zero padding after it is ignored. */
export function parseSignedData(der: Buffer): SignedData {
  const contentInfo = readTlv(der, 0);
  const [type, explicit] = childrenOf(der, contentInfo);
  if (!type || !explicit || decodeOid(contentOf(der, type)) !== OID.signedData) {
    throw new Error('CMS: not SignedData');
  }
  const signedData = at(childrenOf(der, explicit), 0);
  const fields = childrenOf(der, signedData);
  const certificates: Buffer[] = [];
  let signerSet: Tlv | undefined;
  for (const field of fields.slice(3)) {
    if (field.tag === 0xa0) {
      for (const cert of childrenOf(der, field))
        certificates.push(Buffer.from(der.subarray(cert.start, cert.end)));
    } else if (field.tag === 0x31) signerSet = field;
  }
  if (!signerSet) throw new Error('CMS: no signer');
  return { certificates, signers: childrenOf(der, signerSet).map((info) => readSigner(der, info)) };
}
