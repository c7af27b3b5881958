import { Signer } from '@signpdf/utils';
import { buildCms } from './cms';
import type { SigningIdentity } from './keyring';

// The @signpdf Signer for an installation's identity: the key is already open in memory (see
// keyring.ts), so signing is the CMS build only (cms.ts, PKI.js over Node's WebCrypto).

/** Signs with an identity's key; one instance per signature, as @signpdf expects. */
export class IdentitySigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override async sign(content: Buffer, signingTime?: Date): Promise<Buffer> {
    const [certificate, ...chain] = this.identity.certificates;
    if (!certificate) throw new Error('yishiting: the signing identity has no certificate');
    return buildCms({
      content,
      key: this.identity.key,
      certificate,
      chain,
      signingTime: signingTime ?? new Date(),
    });
  }
}
