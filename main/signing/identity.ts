import { join } from 'node:path';
import { describeCertificate } from './certificate';
import { ORGANISATION, readIdentityFile, readIfExists, SELF, signingDir } from './identity-file';
import { openKeyring, type KeyringOptions, type SigningIdentity } from './keyring';
import { readLegacy } from './legacy';

// The installation's signing identity, kept in DATA/signing/:
//   self.identity.json          created on first use (self-signed)
//   organisation.identity.json  imported from a PKCS#12; preferred when present
//   trusted.txt                 more fingerprints to accept, one per line
// What protects each private key is in keyring.ts and identity-file.ts; no password is stored.

export type { SigningIdentity } from './keyring';

/**
 * The identity to sign with, for callers without a keyring of their own (tools, tests): a
 * keyring without keychain or passphrase, so the self-signed identity works (created on first
 * use) and a passphrase-protected one throws SigningError('signing.locked').
 */
export function ensureIdentity(
  dataDir: string,
  options: Readonly<{ installationName?: string; now?: Date }> = {},
): Promise<SigningIdentity> {
  const keyring: KeyringOptions = {
    ...(options.installationName ? { installationName: options.installationName } : {}),
    ...(options.now ? { now: () => options.now as Date } : {}),
  };
  return openKeyring(dataDir, keyring).identity();
}

/**
 * Fingerprints that `verify` accepts as known signers: this installation's certificates (its own
 * and an imported one, with their chains) and any listed in DATA/signing/trusted.txt. Only
 * certificates are read, so verifying needs no key, keychain or passphrase.
 */
export async function trustedFingerprints(dataDir: string): Promise<string[]> {
  const out = new Set<string>();
  for (const name of [SELF, ORGANISATION]) {
    const stored = await readIdentityFile(dataDir, name).catch(() => null);
    for (const pem of stored?.certificates ?? []) out.add(describeCertificate(pem).fingerprint);
    const legacy = await readLegacy(dataDir, name).catch(() => null);
    for (const cert of legacy?.chain ?? []) out.add(cert.fingerprint);
  }
  const listed = await readIfExists(join(signingDir(dataDir), 'trusted.txt'));
  for (const line of listed?.toString('utf8').split(/\r?\n/) ?? []) {
    const value = normaliseFingerprint(line.replace(/#.*/, ''));
    if (value) out.add(value);
  }
  return [...out];
}

/** "ab cd:EF…" → "AB:CD:EF…"; null unless it is 32 bytes of hex. */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  if (hex.length !== 64) return null;
  return hex.match(/../g)?.join(':') ?? null;
}
