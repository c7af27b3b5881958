import { createPrivateKey, X509Certificate } from 'node:crypto';
import {
  createSelfSignedKey,
  describeCertificate,
  readPkcs12,
  type CertificateInfo,
} from './certificate';
import { PASSPHRASE_MIN_LENGTH, SigningError } from './errors';
import {
  ORGANISATION,
  readIdentityFile,
  removeIfExists,
  SELF,
  writeIdentityFile,
  type Source,
  type StoredIdentity,
} from './identity-file';
import { usableKeychain, type OsKeychain } from './keychain';
import { legacyFiles, readLegacy } from './legacy';
import { hasWrap, openWithKeychain, openWithPassphrase, sealKey } from './sealed-key';

// The installation's signing identities and what unlocks them, for one data folder. An unlocked
// private key lives in this object's memory only: a new keyring (a restart) starts locked
// wherever a passphrase protects the key. Two identities may be stored:
//   organisation  imported from the organisation's PKCS#12; preferred when present
//   self          created on first use, named after the installation
// See identity-file.ts for what is written, and README ("Signatures") for what protects it.

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

export type KeyringStatus = Readonly<{
  source: Source | null;
  fingerprint: string | null;
  subject: string | null;
  protection: Protection | null;
  locked: LockReason | null;
  /** True where an OS keychain protects keys (the desktop app): import needs no passphrase. */
  keychain: boolean;
}>;

export type KeyringOptions = Readonly<{
  /** Electron's safeStorage under the desktop app; absent under plain Node. */
  keychain?: OsKeychain | null;
  /** Subject of a self-signed certificate created here (default 议事厅). */
  installationName?: string;
  now?: () => Date;
}>;

export type Keyring = Readonly<{
  status(): Promise<KeyringStatus>;
  /** The identity to sign with, created on first use; throws SigningError when locked. */
  identity(): Promise<SigningIdentity>;
  /** Opens a passphrase-protected key (or finishes an old layout's migration with a new one). */
  unlock(passphrase: string): Promise<KeyringStatus>;
  /** Imports a PKCS#12; its password is used once here and never stored. */
  importPkcs12(p12: Buffer, password: string, passphrase?: string): Promise<KeyringStatus>;
}>;

/** What an identity file holds, without opening the key. */
function publicPart(stored: StoredIdentity) {
  const certificates = stored.certificates.map((pem) => new X509Certificate(pem).raw);
  const chain = stored.certificates.map((pem) => describeCertificate(pem));
  const signer = chain[0] as CertificateInfo;
  return { source: stored.source, ...signer, chain, certificates };
}

function protectionOf(stored: StoredIdentity, keychain: OsKeychain | null): Protection {
  if (stored.key.protection === 'fileMode') return 'fileMode';
  return keychain && hasWrap(stored.key, 'keychain') ? 'keychain' : 'passphrase';
}

function checkPassphrase(passphrase: string): void {
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
    throw new SigningError('signing.passphraseTooShort', { min: PASSPHRASE_MIN_LENGTH });
  }
}

/** Two exports at once on first use must not create two key pairs: one creation per folder. */
const creating = new Map<string, Promise<void>>();

export function openKeyring(dataDir: string, options: KeyringOptions = {}): Keyring {
  const keychain = usableKeychain(options.keychain);
  const now = options.now ?? (() => new Date());
  /** Opened keys by identity name; dropped when the file on disk names another certificate. */
  const opened = new Map<string, SigningIdentity>();

  const withKey = (stored: StoredIdentity, pkcs8: Buffer): SigningIdentity => {
    const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
    pkcs8.fill(0);
    return { ...publicPart(stored), key };
  };

  /** Seals a key as this process can (keychain and/or passphrase) and writes it. */
  async function store(
    name: string,
    source: Source,
    certificates: readonly string[],
    pkcs8: Buffer,
    passphrase: string | null,
  ): Promise<SigningIdentity> {
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
    await writeIdentityFile(dataDir, name, stored);
    const identity = withKey(stored, pkcs8);
    opened.set(name, identity);
    return identity;
  }

  /**
   * Replaces an old layout (NAME.p12 + NAME.p12.password) by a stored identity where no prompt
   * is needed: always for the self-signed one, for the organisation's only with a keychain.
   * Returns true when an organisation pair is left waiting for a passphrase.
   */
  async function migrate(name: string, source: Source): Promise<boolean> {
    const legacy = legacyFiles(dataDir, name);
    const existing = await readIdentityFile(dataDir, name);
    const old = existing ? null : await readLegacy(dataDir, name);
    if (existing || !old) {
      // Left over from a migration interrupted after the new file was written.
      if (existing) for (const file of legacy) await removeIfExists(file);
      return false;
    }
    if (source === 'imported' && !keychain) return true;
    await store(name, source, old.certificates, old.keyPkcs8, null);
    for (const file of legacy) await removeIfExists(file);
    return false;
  }

  /** The key opened without asking anyone, or why it stays locked. */
  function openSilently(name: string, stored: StoredIdentity): SigningIdentity | LockReason {
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

  type Current =
    | Readonly<{ kind: 'none' }>
    | Readonly<{ kind: 'pending' }>
    | Readonly<{ kind: 'stored'; name: string; stored: StoredIdentity }>;

  /** The identity in force: the organisation's (stored or waiting to migrate), else self. */
  async function current(): Promise<Current> {
    const pending = await migrate(ORGANISATION, 'imported');
    await migrate(SELF, 'selfSigned');
    const organisation = await readIdentityFile(dataDir, ORGANISATION);
    if (organisation) return { kind: 'stored', name: ORGANISATION, stored: organisation };
    if (pending) return { kind: 'pending' };
    const self = await readIdentityFile(dataDir, SELF);
    return self ? { kind: 'stored', name: SELF, stored: self } : { kind: 'none' };
  }

  async function describe(): Promise<KeyringStatus> {
    const found = await current();
    const none = { fingerprint: null, subject: null, keychain: keychain !== null };
    if (found.kind === 'none') return { ...none, source: null, protection: null, locked: null };
    if (found.kind === 'pending') {
      const old = await readLegacy(dataDir, ORGANISATION);
      const signer = old ? describeCertificate(old.certificates[0] as string) : null;
      return {
        ...none,
        source: 'imported',
        fingerprint: signer?.fingerprint ?? null,
        subject: signer?.subject ?? null,
        protection: null,
        locked: 'choosePassphrase',
      };
    }
    const { source, fingerprint, subject } = publicPart(found.stored);
    const opened = openSilently(found.name, found.stored);
    return {
      source,
      fingerprint,
      subject,
      protection: protectionOf(found.stored, keychain),
      locked: typeof opened === 'string' ? opened : null,
      keychain: keychain !== null,
    };
  }

  async function createSelf(): Promise<void> {
    if (await readIdentityFile(dataDir, SELF)) return;
    const made = createSelfSignedKey(options.installationName ?? '议事厅', now());
    const pkcs8 = createPrivateKey(made.keyPem).export({ type: 'pkcs8', format: 'der' });
    await store(SELF, 'selfSigned', [made.certificatePem], pkcs8, null);
  }

  return {
    status: describe,

    async identity() {
      let found = await current();
      if (found.kind === 'none') {
        const running =
          creating.get(dataDir) ?? createSelf().finally(() => creating.delete(dataDir));
        creating.set(dataDir, running);
        await running;
        found = await current();
      }
      if (found.kind === 'pending') throw new SigningError('signing.locked');
      if (found.kind === 'none') throw new SigningError('signing.unreadable', { file: SELF });
      const opened = openSilently(found.name, found.stored);
      if (opened === 'desktopOnly') throw new SigningError('signing.desktopOnly');
      if (typeof opened === 'string') throw new SigningError('signing.locked');
      return opened;
    },

    async unlock(passphrase) {
      const found = await current();
      if (found.kind === 'pending') {
        checkPassphrase(passphrase);
        const old = await readLegacy(dataDir, ORGANISATION);
        if (old) {
          await store(ORGANISATION, 'imported', old.certificates, old.keyPkcs8, passphrase);
          for (const file of legacyFiles(dataDir, ORGANISATION)) await removeIfExists(file);
        }
        return describe();
      }
      if (found.kind === 'stored' && typeof openSilently(found.name, found.stored) === 'string') {
        if (found.stored.key.protection === 'sealed') {
          const fingerprint = publicPart(found.stored).fingerprint;
          const pkcs8 = await openWithPassphrase(found.stored.key, fingerprint, passphrase);
          opened.set(found.name, withKey(found.stored, pkcs8));
        }
      }
      return describe();
    },

    async importPkcs12(p12, password, passphrase) {
      // Opened before anything is written: a wrong password or a file without a key changes
      // nothing, and is said first. The password itself goes no further than this call.
      const contents = readPkcs12(p12, password);
      const chosen = passphrase ? passphrase : null;
      if (chosen !== null) checkPassphrase(chosen);
      if (!keychain && chosen === null) throw new SigningError('signing.passphraseRequired');
      await store(ORGANISATION, 'imported', contents.certificates, contents.keyPkcs8, chosen);
      for (const file of legacyFiles(dataDir, ORGANISATION)) await removeIfExists(file);
      return describe();
    },
  };
}
