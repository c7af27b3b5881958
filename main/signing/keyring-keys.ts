import { createPrivateKey, X509Certificate } from 'node:crypto';
import { describeCertificate, type CertificateInfo } from './certificate';
import { writeIdentityFile, type Source, type StoredIdentity } from './identity-file';
import type { OsKeychain } from './keychain';
import { hasWrap, openWithKeychain, sealKey } from './sealed-key';

// A keyring's keys: sealing one for the disk, and opening one into memory without a prompt.
// Each function takes the keyring's state, so every keyring keeps its own opened keys.

/** Everything needed to sign, and what the settings screen shows. */
export type SigningIdentity = Readonly<{
  source: Source;
  /** The signer certificate's SHA-256 fingerprint, colon hex: printed on every signed document. */
  fingerprint: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
  /** Every certificate stored with the key (the signer's first). */
  chain: readonly CertificateInfo[];
  /** DER, the signer's certificate first. */
  certificates: readonly Buffer[];
  /** The private key, in this process's memory only. */
  key: ReturnType<typeof createPrivateKey>;
}>;

/** How the private key is kept on disk. */
export type Protection = 'keychain' | 'passphrase' | 'fileMode';

/**
 * Why the key cannot be used yet: `passphrase` (ask for it), `choosePassphrase` (an old
 * password file waits to be replaced by a passphrase), `desktopOnly` (only the desktop app's
 * OS keychain opens it).
 */
export type LockReason = 'passphrase' | 'choosePassphrase' | 'desktopOnly';

/** One keyring: its data folder, the keychain it may use, and the keys it has opened. */
export type KeyringState = Readonly<{
  dataDir: string;
  keychain: OsKeychain | null;
  /** Opened keys by identity name; dropped when the file on disk names another certificate. */
  opened: Map<string, SigningIdentity>;
}>;

/** What an identity file holds, without opening the key. */
export function publicPart(stored: StoredIdentity) {
  const certificates = stored.certificates.map((pem) => new X509Certificate(pem).raw);
  const chain = stored.certificates.map((pem) => describeCertificate(pem));
  const signer = chain[0] as CertificateInfo;
  return { source: stored.source, ...signer, chain, certificates };
}

export function protectionOf(stored: StoredIdentity, keychain: OsKeychain | null): Protection {
  if (stored.key.protection === 'fileMode') return 'fileMode';
  return keychain && hasWrap(stored.key, 'keychain') ? 'keychain' : 'passphrase';
}

/** The identity with its key opened; the DER buffer is wiped once the key object holds it. */
export function withKey(stored: StoredIdentity, pkcs8: Buffer): SigningIdentity {
  const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  pkcs8.fill(0);
  return { ...publicPart(stored), key };
}

/** Seals a key as this process can (keychain and/or passphrase) and writes it. */
export async function storeKey(
  state: KeyringState,
  name: string,
  source: Source,
  certificates: readonly string[],
  pkcs8: Buffer,
  passphrase: string | null,
): Promise<SigningIdentity> {
  const { keychain } = state;
  const fingerprint = describeCertificate(certificates[0] as string).fingerprint;
  const key: StoredIdentity['key'] =
    keychain || passphrase
      ? { protection: 'sealed', ...(await sealKey(pkcs8, fingerprint, { keychain, passphrase })) }
      : {
          protection: 'fileMode',
          pkcs8: createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
            .export({ type: 'pkcs8', format: 'pem' })
            .toString(),
        };
  const stored: StoredIdentity = {
    format: 'yishiting-signing-identity',
    version: 1,
    source,
    certificates,
    key,
  };
  await writeIdentityFile(state.dataDir, name, stored);
  const identity = withKey(stored, pkcs8);
  state.opened.set(name, identity);
  return identity;
}

/** The key opened without asking anyone, or why it stays locked. */
export function openSilently(
  state: KeyringState,
  name: string,
  stored: StoredIdentity,
): SigningIdentity | LockReason {
  const { keychain, opened } = state;
  const fingerprint = publicPart(stored).fingerprint;
  const cached = opened.get(name);
  if (cached && cached.fingerprint === fingerprint) return cached;
  opened.delete(name);
  if (stored.key.protection === 'fileMode') {
    const identity = withKey(
      stored,
      createPrivateKey(stored.key.pkcs8).export({ type: 'pkcs8', format: 'der' }),
    );
    opened.set(name, identity);
    return identity;
  }
  const pkcs8 = keychain ? openWithKeychain(stored.key, fingerprint, keychain) : null;
  if (pkcs8) {
    const identity = withKey(stored, pkcs8);
    opened.set(name, identity);
    return identity;
  }
  return hasWrap(stored.key, 'passphrase') ? 'passphrase' : 'desktopOnly';
}
