import { createPrivateKey } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../storage/atomic-file';
import { nodeFs } from '../storage/fs-layer';
import { createSelfSignedKey } from './certificate';
import { SigningError } from './errors';
import { readIfExists, SELF, signingDir } from './identity-file';
import { current } from './keyring-current';
import { publicPart, storeKey, type KeyringState } from './keyring-keys';

// A new self-signed certificate under a new name (the 发文单位 from settings). The subject of a
// certificate cannot change, so a new name needs a new certificate: this happens only when the
// chair asks (settings), never as a side effect of saving a name, because the fingerprint printed
// on every document changes with it. The old fingerprint goes into DATA/signing/trusted.txt, so
// documents signed before still verify as valid here. An organisation's imported certificate
// carries its own name and is never replaced this way.

/** Adds a retired fingerprint to trusted.txt (kept as it is, one line more), atomically. */
async function keepTrusted(dataDir: string, fingerprint: string, note: string): Promise<void> {
  const file = join(signingDir(dataDir), 'trusted.txt');
  const before = (await readIfExists(file))?.toString('utf8') ?? '';
  if (before.includes(fingerprint)) return;
  const lead = before === '' || before.endsWith('\n') ? before : `${before}\n`;
  await writeFileAtomic(nodeFs, file, `${lead}${fingerprint}  # ${note.replace(/[\r\n]/g, ' ')}\n`);
}

/**
 * Replaces the self-signed identity by one named `name`; the old one stays trusted. Returns
 * false when nothing needed doing (no identity yet, it is created with the name on first use;
 * or it already bears the name).
 */
export async function reissueSelf(
  state: KeyringState,
  name: string,
  now: Date = new Date(),
): Promise<boolean> {
  const subject = name.trim();
  if (!subject) throw new SigningError('signing.noIssuerName');
  const found = await current(state);
  if (found.kind === 'pending' || (found.kind === 'stored' && found.name !== SELF)) {
    throw new SigningError('signing.reissueImported');
  }
  if (found.kind === 'none') return false;
  const old = publicPart(found.stored);
  if (old.subject === subject) return false;
  const day = now.toISOString().slice(0, 10);
  await keepTrusted(state.dataDir, old.fingerprint, `${old.subject}, self-signed, retired ${day}`);
  const made = createSelfSignedKey(subject, now);
  const pkcs8 = createPrivateKey(made.keyPem).export({ type: 'pkcs8', format: 'der' });
  state.opened.delete(SELF);
  await storeKey(state, SELF, 'selfSigned', [made.certificatePem], pkcs8, null);
  return true;
}
