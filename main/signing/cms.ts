import { createHash, webcrypto, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

// Builds the detached CMS SignedData (PKCS#7) that goes into a PDF's /Contents with PKI.js over
// Node's WebCrypto. Not @signpdf/signer-p12: forge, which that signer uses, re-encodes the issuer
// name of a parsed certificate and UTF-8-encodes it a second time, so for a Chinese issuer
// ("幸福里社区居民委员会") the SignerInfo names an issuer that no certificate has, and NSS (pdfsig,
// Firefox) and Adobe cannot find the signer. PKI.js keeps the bytes it parsed: the issuer Name is
// written back from the certificate's own encoding, and so are the embedded certificates
// (tests/main/signing/sign-verify.test.ts checks both byte for byte, and pdfsig finds the signer).

const OID = {
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const;

/** PKI.js's WebCrypto engine over Node's, passed to each call instead of a global setEngine. */
export const engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as Crypto });

const CURVES: Readonly<Record<string, string>> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

/** The WebCrypto form of a key opened by the keyring (a node:crypto KeyObject). */
async function importKey(key: KeyObject): Promise<CryptoKey> {
  const curve = CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''];
  const algorithm =
    key.asymmetricKeyType === 'rsa'
      ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
      : key.asymmetricKeyType === 'ec' && curve
        ? { name: 'ECDSA', namedCurve: curve }
        : null;
  if (!algorithm) throw new Error(`yishiting: cannot sign with a ${key.asymmetricKeyType} key`);
  const exported = key.export({ format: 'der', type: 'pkcs8' });
  const pkcs8 = new Uint8Array(exported); // WebCrypto's types want a plain ArrayBuffer view
  try {
    return await engine.importKey('pkcs8', pkcs8, algorithm, false, ['sign']);
  } finally {
    exported.fill(0);
    pkcs8.fill(0);
  }
}

// One non-extractable CryptoKey per opened key, for as long as the keyring holds that key.
const imported = new WeakMap<KeyObject, Promise<CryptoKey>>();

function cryptoKey(key: KeyObject): Promise<CryptoKey> {
  let found = imported.get(key);
  if (!found) {
    found = importKey(key);
    found.catch(() => imported.delete(key));
    imported.set(key, found);
  }
  return found;
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
export async function buildCms(request: CmsRequest): Promise<Buffer> {
  const digest = createHash('sha256').update(request.content).digest();
  const signer = pkijs.Certificate.fromBER(new Uint8Array(request.certificate));
  const chain = request.chain.filter((c) => !c.equals(request.certificate));
  const attribute = (type: string, value: asn1js.BaseBlock) =>
    new pkijs.Attribute({ type, values: [value] });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: pkijs.id_ContentType_Data,
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: signer.issuer,
          serialNumber: signer.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          // PKI.js writes a SET OF in the order given; DER wants it sorted by encoding, which for
          // these three (fixed lengths 0x18, 0x1c, 0x2f after the SEQUENCE tag) is this order.
          attributes: [
            attribute(
              OID.contentType,
              new asn1js.ObjectIdentifier({ value: pkijs.id_ContentType_Data }),
            ),
            attribute(OID.signingTime, new asn1js.UTCTime({ valueDate: request.signingTime })),
            attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: digest })),
          ],
        }),
      }),
    ],
    certificates: [signer, ...chain.map((der) => pkijs.Certificate.fromBER(new Uint8Array(der)))],
  });
  await signedData.sign(await cryptoKey(request.key), 0, 'SHA-256', undefined, engine);
  const contentInfo = new pkijs.ContentInfo({
    contentType: pkijs.id_ContentType_SignedData,
    content: signedData.toSchema(),
  });
  return Buffer.from(contentInfo.toSchema().toBER());
}
