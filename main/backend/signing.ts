import {
  ensureIdentity,
  importPkcs12,
  loadIdentity,
  trustedFingerprints,
  verifyPdf,
} from '../signing';
import { RepositoryError } from './repository';

export type IdentityStatus = Readonly<{
  fingerprint: string | null;
  subject: string | null;
  source: 'selfSigned' | 'imported' | null;
}>;

export type Verdict = Readonly<{
  status: 'valid' | 'modified' | 'notSigned' | 'unknownSigner' | 'unreadable';
  signer: string | null;
  signedAt: number | null;
  fingerprint: string | null;
}>;

/** The signing identity and verification, as the chair console's settings and verify screen use them. */
export type SigningService = Readonly<{
  status(): Promise<IdentityStatus>;
  create(): Promise<IdentityStatus>;
  importPkcs12(bytes: Uint8Array, password: string): Promise<IdentityStatus>;
  verify(bytes: Uint8Array): Promise<Verdict>;
}>;

const NONE: IdentityStatus = { fingerprint: null, subject: null, source: null };

export function signingService(dataDir: string): SigningService {
  const describe = (identity: Awaited<ReturnType<typeof loadIdentity>>): IdentityStatus =>
    identity
      ? { fingerprint: identity.fingerprint, subject: identity.subject, source: identity.source }
      : NONE;
  return {
    status: async () => describe(await loadIdentity(dataDir)),
    create: async () => describe(await ensureIdentity(dataDir)),
    async importPkcs12(bytes, password) {
      try {
        return describe(await importPkcs12(dataDir, Buffer.from(bytes), password));
      } catch (error) {
        // A wrong password or a file without an RSA key: the old identity stays as it was.
        throw new RepositoryError({
          code: 'signing.importFailed',
          params: { reason: String((error as Error).message ?? error).slice(0, 200) },
        });
      }
    },
    async verify(bytes) {
      const result = verifyPdf(Buffer.from(bytes), {
        trustedFingerprints: await trustedFingerprints(dataDir),
      });
      return {
        status: result.status,
        signer: result.signer,
        signedAt: result.signedAt ? result.signedAt.getTime() : null,
        fingerprint: result.fingerprint,
      };
    },
  };
}
