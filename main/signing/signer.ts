import { createPrivateKey, type KeyObject } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import { buildCms } from './cms';
import type { SigningIdentity } from './identity';

// The @signpdf Signer for an installation's identity: unpacks the PKCS#12 once per identity
// (3DES key derivation in JavaScript costs tens of milliseconds) and builds the CMS natively.

type Unpacked = Readonly<{ key: KeyObject; certificate: Buffer; chain: readonly Buffer[] }>;
const unpacked = new WeakMap<SigningIdentity, Unpacked>();

function certDer(cert: forge.pki.Certificate): Buffer {
  // A parsed certificate keeps its original TBS bytes, so this is the certificate as issued.
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

function unpack(identity: SigningIdentity): Unpacked {
  const hit = unpacked.get(identity);
  if (hit) return hit;
  const p12 = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(identity.p12.toString('binary'), false),
    false,
    identity.password,
  );
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const keyBag = [
    ...bags(forge.pki.oids.pkcs8ShroudedKeyBag as string),
    ...bags(forge.pki.oids.keyBag as string),
  ].find((b) => b.key);
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error('yishiting: the PKCS#12 file holds no private key');
  const certs = bags(forge.pki.oids.certBag as string).flatMap((b) => (b.cert ? [b.cert] : []));
  const own = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) && pub.e.equals(key.e);
  });
  if (!own) throw new Error('yishiting: no certificate in the PKCS#12 file matches its key');
  const result = {
    key: createPrivateKey(forge.pki.privateKeyToPem(key)),
    certificate: certDer(own),
    chain: certs.filter((c) => c !== own).map(certDer),
  };
  unpacked.set(identity, result);
  return result;
}

/** Signs with an identity's key; one instance per signature, as @signpdf expects. */
export class IdentitySigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(content: Buffer, signingTime?: Date): Promise<Buffer> {
    const { key, certificate, chain } = unpack(this.identity);
    return buildCms({ content, key, certificate, chain, signingTime: signingTime ?? new Date() });
  }
}
