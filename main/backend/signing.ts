import {
  openKeyring,
  SigningError,
  trustedFingerprints,
  verifyPdf,
  type KeyringStatus,
  type OsKeychain,
  type SigningIdentity,
} from '../signing';
import { issuingBodyOf } from '../settings/issuing-body-file';
import { RepositoryError } from './repository';

export type IdentityStatus = KeyringStatus;

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
  importPkcs12(bytes: Uint8Array, password: string, passphrase?: string): Promise<IdentityStatus>;
  unlock(passphrase: string): Promise<IdentityStatus>;
  /** A new self-signed certificate named after the saved 发文单位 (keyring-reissue.ts). */
  reissue(): Promise<IdentityStatus>;
  verify(bytes: Uint8Array): Promise<Verdict>;
  /** The identity exports sign with (unlocked keys stay in this service's memory only). */
  identity(): Promise<SigningIdentity>;
}>;

export type SigningServiceOptions = Readonly<{
  /** Electron's safeStorage in the desktop app; absent under plain Node (serve, CLI, tests). */
  keychain?: OsKeychain | null;
}>;

/** A signing refusal as the typed error both carriers answer with. */
export function asRepositoryError(error: unknown): unknown {
  return error instanceof SigningError
    ? new RepositoryError({ code: error.code, params: { ...error.params } })
    : error;
}

async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asRepositoryError(error);
  }
}

export function signingService(
  dataDir: string,
  options: SigningServiceOptions = {},
): SigningService {
  const keyring = openKeyring(dataDir, { keychain: options.keychain ?? null });
  return {
    status: () => refusing(() => keyring.status()),
    create: () =>
      refusing(async () => {
        await keyring.identity();
        return keyring.status();
      }),
    importPkcs12: (bytes, password, passphrase) =>
      refusing(async () => {
        try {
          return await keyring.importPkcs12(Buffer.from(bytes), password, passphrase);
        } catch (error) {
          if (error instanceof SigningError) throw error;
          // A wrong password or a file without an RSA key: the old identity stays as it was.
          throw new RepositoryError({
            code: 'signing.importFailed',
            params: { reason: String((error as Error).message ?? error).slice(0, 200) },
          });
        }
      }),
    unlock: (passphrase) => refusing(() => keyring.unlock(passphrase)),
    reissue: () => refusing(async () => keyring.reissue((await issuingBodyOf(dataDir)).name)),
    identity: () => keyring.identity(),
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
