import { createHash, verify, X509Certificate } from 'node:crypto';
import { buildCms } from '../signing/cms';
import type { SigningIdentity } from '../signing/keyring';
import { DIGESTS, parseSignedData } from '../signing/pkcs7';

// manifest.sig: a detached CMS SignedData over manifest.json's exact bytes, made by the same code
// that signs the PDFs (cms.ts, PKI.js) with the installation's key. Checked as verify.ts checks a
// PDF, with node:crypto: the signed messageDigest must be the manifest's SHA-256, and the signature
// over the signed attributes must verify with the certificate the bundle carries in
// certificate.pem (not merely with one embedded in the signature, which anyone could put there).

export type SignatureCheck = 'ok' | 'badSignature' | 'signerMismatch';

/** The detached signature of `manifest`, dated `signingTime` (the bundle's createdAt). */
export function signManifest(
  manifest: Uint8Array,
  identity: SigningIdentity,
  signingTime: Date,
): Promise<Buffer> {
  const [certificate, ...chain] = identity.certificates;
  if (!certificate) throw new Error('yishiting: the signing identity has no certificate');
  return buildCms({
    content: Buffer.from(manifest),
    key: identity.key,
    certificate,
    chain,
    signingTime,
  });
}

function verifies(hash: string, data: Buffer, cert: X509Certificate, signature: Buffer): boolean {
  try {
    return verify(hash, data, cert.publicKey, signature);
  } catch {
    return false;
  }
}

/**
 * 'ok' when `signature` signs `manifest` with `certificate`'s key; 'signerMismatch' when it is a
 * sound signature by another certificate (a re-signed bundle, a swapped certificate.pem);
 * 'badSignature' when it signs nothing that matches (a changed manifest, a damaged signature).
 */
export function checkManifestSignature(
  manifest: Uint8Array,
  signature: Uint8Array,
  certificate: X509Certificate,
): SignatureCheck {
  let signed;
  try {
    signed = parseSignedData(Buffer.from(signature));
  } catch {
    return 'badSignature';
  }
  const signer = signed.signers[0];
  const hash = signer && DIGESTS[signer.digestOid];
  if (!signer || !hash || hash === 'sha1' || !signer.signedAttributes || !signer.messageDigest)
    return 'badSignature';
  const digest = createHash(hash).update(manifest).digest();
  if (!digest.equals(signer.messageDigest)) return 'badSignature';
  if (verifies(hash, signer.signedAttributes, certificate, signer.signature)) return 'ok';
  const embedded = signed.certificates.flatMap((der) => {
    try {
      return [new X509Certificate(der)];
    } catch {
      return [];
    }
  });
  return embedded.some((cert) => verifies(hash, signer.signedAttributes!, cert, signer.signature))
    ? 'signerMismatch'
    : 'badSignature';
}
