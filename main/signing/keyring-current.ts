import { describeCertificate } from './certificate';
import {
  ORGANISATION,
  readIdentityFile,
  removeIfExists,
  SELF,
  type Source,
  type StoredIdentity,
} from './identity-file';
import {
  openSilently,
  protectionOf,
  publicPart,
  storeKey,
  type KeyringState,
  type LockReason,
  type Protection,
} from './keyring-keys';
import { legacyFiles, readLegacy } from './legacy';

// Which identity is in force for a keyring, after replacing any old layout that needs no
// prompt, and the status the settings screen shows for it.

export type KeyringStatus = Readonly<{
  source: Source | null;
  fingerprint: string | null;
  subject: string | null;
  protection: Protection | null;
  locked: LockReason | null;
  /** True where an OS keychain protects keys (the desktop app): import needs no passphrase. */
  keychain: boolean;
}>;

export type Current =
  | Readonly<{ kind: 'none' }>
  | Readonly<{ kind: 'pending' }>
  | Readonly<{ kind: 'stored'; name: string; stored: StoredIdentity }>;

/**
 * Replaces an old layout (NAME.p12 + NAME.p12.password) by a stored identity where no prompt
 * is needed: always for the self-signed one, for the organisation's only with a keychain.
 * Returns true when an organisation pair is left waiting for a passphrase.
 */
async function migrate(state: KeyringState, name: string, source: Source): Promise<boolean> {
  const { dataDir } = state;
  const legacy = legacyFiles(dataDir, name);
  const existing = await readIdentityFile(dataDir, name);
  const old = existing ? null : await readLegacy(dataDir, name);
  if (existing || !old) {
    // Left over from a migration interrupted after the new file was written.
    if (existing) for (const file of legacy) await removeIfExists(file);
    return false;
  }
  if (source === 'imported' && !state.keychain) return true;
  await storeKey(state, name, source, old.certificates, old.keyPkcs8, null);
  for (const file of legacy) await removeIfExists(file);
  return false;
}

/** The identity in force: the organisation's (stored or waiting to migrate), else self. */
export async function current(state: KeyringState): Promise<Current> {
  const pending = await migrate(state, ORGANISATION, 'imported');
  await migrate(state, SELF, 'selfSigned');
  const organisation = await readIdentityFile(state.dataDir, ORGANISATION);
  if (organisation) return { kind: 'stored', name: ORGANISATION, stored: organisation };
  if (pending) return { kind: 'pending' };
  const self = await readIdentityFile(state.dataDir, SELF);
  return self ? { kind: 'stored', name: SELF, stored: self } : { kind: 'none' };
}

/** What the settings screen shows: the identity in force, how it is kept, whether it is locked. */
export async function describeKeyring(state: KeyringState): Promise<KeyringStatus> {
  const { keychain } = state;
  const found = await current(state);
  const none = { fingerprint: null, subject: null, keychain: keychain !== null };
  if (found.kind === 'none') return { ...none, source: null, protection: null, locked: null };
  if (found.kind === 'pending') {
    const old = await readLegacy(state.dataDir, ORGANISATION);
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
  const opened = openSilently(state, found.name, found.stored);
  return {
    source,
    fingerprint,
    subject,
    protection: protectionOf(found.stored, keychain),
    locked: typeof opened === 'string' ? opened : null,
    keychain: keychain !== null,
  };
}
