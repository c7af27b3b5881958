import { createPrivateKey } from 'node:crypto';
import { createSelfSignedKey, readPkcs12 } from './certificate';
import { PASSPHRASE_MIN_LENGTH, SigningError } from './errors';
import { ORGANISATION, readIdentityFile, removeIfExists, SELF } from './identity-file';
import { usableKeychain, type OsKeychain } from './keychain';
import { current, describeKeyring, type KeyringStatus } from './keyring-current';
import {
  openSilently,
  publicPart,
  storeKey,
  withKey,
  type KeyringState,
  type SigningIdentity,
} from './keyring-keys';
import { legacyFiles, readLegacy } from './legacy';
import { openWithPassphrase } from './sealed-key';
import { reissueSelf } from './keyring-reissue';
import { issuingBodyOf } from '../settings/issuing-body-file';

// The installation's signing identities and what unlocks them, for one data folder. An unlocked
// private key lives in this object's memory only: a new keyring (a restart) starts locked
// wherever a passphrase protects the key. Two identities may be stored:
//   organisation  imported from the organisation's PKCS#12; preferred when present
//   self          created on first use, named after the installation
// See identity-file.ts for what is written, and README ("Signatures") for what protects it.
// Sealing and opening keys: keyring-keys.ts. Which identity is in force: keyring-current.ts.

export type { LockReason, Protection, SigningIdentity } from './keyring-keys';
export type { KeyringStatus } from './keyring-current';

export type KeyringOptions = Readonly<{
  /** Electron's safeStorage under the desktop app; absent under plain Node. */
  keychain?: OsKeychain | null;
  /**
   * Subject of a self-signed certificate created here; default the 发文单位 saved in the data
   * folder's settings, else 议事厅 (settings can re-issue it under the name later).
   */
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
  /** A new self-signed certificate named `name`, the old one kept trusted (keyring-reissue.ts). */
  reissue(name: string): Promise<KeyringStatus>;
}>;

function checkPassphrase(passphrase: string): void {
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
    throw new SigningError('signing.passphraseTooShort', { min: PASSPHRASE_MIN_LENGTH });
  }
}

/** Two exports at once on first use must not create two key pairs: one creation per folder. */
const creating = new Map<string, Promise<void>>();

async function createSelf(state: KeyringState, options: KeyringOptions): Promise<void> {
  if (await readIdentityFile(state.dataDir, SELF)) return;
  const now = options.now ?? (() => new Date());
  const name = options.installationName ?? (await issuingBodyOf(state.dataDir)).name;
  const made = createSelfSignedKey(name || '议事厅', now());
  const pkcs8 = createPrivateKey(made.keyPem).export({ type: 'pkcs8', format: 'der' });
  await storeKey(state, SELF, 'selfSigned', [made.certificatePem], pkcs8, null);
}

/** The identity to sign with, the self-signed one created on first use. */
async function identity(state: KeyringState, options: KeyringOptions): Promise<SigningIdentity> {
  const { dataDir } = state;
  let found = await current(state);
  if (found.kind === 'none') {
    const running =
      creating.get(dataDir) ?? createSelf(state, options).finally(() => creating.delete(dataDir));
    creating.set(dataDir, running);
    await running;
    found = await current(state);
  }
  if (found.kind === 'pending') throw new SigningError('signing.locked');
  if (found.kind === 'none') throw new SigningError('signing.unreadable', { file: SELF });
  const opened = openSilently(state, found.name, found.stored);
  if (opened === 'desktopOnly') throw new SigningError('signing.desktopOnly');
  if (typeof opened === 'string') throw new SigningError('signing.locked');
  return opened;
}

/** Opens a passphrase-protected key, or seals a waiting old layout with a new passphrase. */
async function unlock(state: KeyringState, passphrase: string): Promise<KeyringStatus> {
  const { dataDir } = state;
  const found = await current(state);
  if (found.kind === 'pending') {
    checkPassphrase(passphrase);
    const old = await readLegacy(dataDir, ORGANISATION);
    if (old) {
      await storeKey(state, ORGANISATION, 'imported', old.certificates, old.keyPkcs8, passphrase);
      for (const file of legacyFiles(dataDir, ORGANISATION)) await removeIfExists(file);
    }
    return describeKeyring(state);
  }
  if (
    found.kind === 'stored' &&
    typeof openSilently(state, found.name, found.stored) === 'string'
  ) {
    if (found.stored.key.protection === 'sealed') {
      const fingerprint = publicPart(found.stored).fingerprint;
      const pkcs8 = await openWithPassphrase(found.stored.key, fingerprint, passphrase);
      state.opened.set(found.name, withKey(found.stored, pkcs8));
    }
  }
  return describeKeyring(state);
}

async function importPkcs12(
  state: KeyringState,
  p12: Buffer,
  password: string,
  passphrase: string | undefined,
): Promise<KeyringStatus> {
  // Opened before anything is written: a wrong password or a file without a key changes
  // nothing, and is said first. The password itself goes no further than this call.
  const contents = readPkcs12(p12, password);
  const chosen = passphrase ? passphrase : null;
  if (chosen !== null) checkPassphrase(chosen);
  if (!state.keychain && chosen === null) throw new SigningError('signing.passphraseRequired');
  await storeKey(state, ORGANISATION, 'imported', contents.certificates, contents.keyPkcs8, chosen);
  for (const file of legacyFiles(state.dataDir, ORGANISATION)) await removeIfExists(file);
  return describeKeyring(state);
}

export function openKeyring(dataDir: string, options: KeyringOptions = {}): Keyring {
  const state: KeyringState = {
    dataDir,
    keychain: usableKeychain(options.keychain),
    opened: new Map(),
  };
  return {
    status: () => describeKeyring(state),
    identity: () => identity(state, options),
    unlock: (passphrase) => unlock(state, passphrase),
    importPkcs12: (p12, password, passphrase) => importPkcs12(state, p12, password, passphrase),
    reissue: async (name) => {
      await reissueSelf(state, name, (options.now ?? (() => new Date()))());
      return describeKeyring(state);
    },
  };
}
