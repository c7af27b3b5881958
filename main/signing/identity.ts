import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSelfSigned, readPkcs12, type CertificateInfo } from './certificate';

// The installation's signing identity, kept in DATA/signing/:
//   self.p12 + self.p12.password                  created on first use
//   organisation.p12 + organisation.p12.password  imported; preferred when present
//   trusted.txt                                   more fingerprints to accept, one per line
//
// Trade-off: the PKCS#12 password sits beside the file, so it protects nothing against someone
// who can read the data folder. It exists because PKCS#12 needs one and so that the file opens in
// other tools (pdfsig's NSS import, OpenSSL, Windows). Signing must work unattended under plain
// Node (the LAN server), where no OS keychain is available; file mode 0600 limits readers to the
// user. Under Electron the password could later be wrapped with safeStorage without a format change.

/** Everything needed to sign, and what the settings screen shows. */
export type SigningIdentity = Readonly<{
  source: 'selfSigned' | 'imported';
  p12: Buffer;
  password: string;
  /** The signer certificate's SHA-256 fingerprint, colon hex: printed on every signed document. */
  fingerprint: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
  /** Every certificate in the file (signer first is not guaranteed). */
  chain: readonly CertificateInfo[];
}>;

const SELF = 'self.p12';
const ORGANISATION = 'organisation.p12';
const TRUSTED = 'trusted.txt';

function signingDir(dataDir: string): string {
  return join(dataDir, 'signing');
}

async function writePrivate(file: string, data: string | Buffer): Promise<void> {
  const temp = `${file}.tmp`;
  await writeFile(temp, data, { mode: 0o600 });
  await chmod(temp, 0o600); // mode is ignored when the temp file already existed
  await rename(temp, file);
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function loadBundle(
  dataDir: string,
  name: string,
  source: SigningIdentity['source'],
): Promise<SigningIdentity | null> {
  const file = join(signingDir(dataDir), name);
  const p12 = await readIfExists(file);
  if (!p12) return null;
  const password = (await readFile(`${file}.password`, 'utf8')).trim();
  const contents = readPkcs12(p12, password);
  return { source, p12, password, ...contents.signer, chain: contents.chain };
}

/** The identity documents are signed with: the imported one if any, else the self-signed one, or null. */
export async function loadIdentity(dataDir: string): Promise<SigningIdentity | null> {
  return (
    (await loadBundle(dataDir, ORGANISATION, 'imported')) ??
    (await loadBundle(dataDir, SELF, 'selfSigned'))
  );
}

/**
 * Returns the signing identity, creating the installation's own key pair and self-signed
 * certificate on first use (subject = `installationName`).
 */
export async function ensureIdentity(
  dataDir: string,
  options: Readonly<{ installationName?: string; now?: Date }> = {},
): Promise<SigningIdentity> {
  // Two exports at once on first use must not create two key pairs: one creation per folder.
  const running = creating.get(dataDir);
  if (running) return running;
  const task = createOnce(dataDir, options).finally(() => creating.delete(dataDir));
  creating.set(dataDir, task);
  return task;
}

const creating = new Map<string, Promise<SigningIdentity>>();

async function createOnce(
  dataDir: string,
  options: Readonly<{ installationName?: string; now?: Date }>,
): Promise<SigningIdentity> {
  const existing = await loadIdentity(dataDir);
  if (existing) return existing;
  await mkdir(signingDir(dataDir), { recursive: true, mode: 0o700 });
  const { p12, password } = createSelfSigned(options.installationName ?? '议事厅', options.now);
  const file = join(signingDir(dataDir), SELF);
  await writePrivate(`${file}.password`, password);
  await writePrivate(file, p12);
  return (await loadBundle(dataDir, SELF, 'selfSigned')) as SigningIdentity;
}

/**
 * Imports an organisation's PKCS#12 (with its password) and makes it the signing identity.
 * Checked before anything is written: a wrong password or a file without a key changes nothing.
 */
export async function importPkcs12(
  dataDir: string,
  p12: Buffer,
  password: string,
): Promise<SigningIdentity> {
  const contents = readPkcs12(p12, password);
  await mkdir(signingDir(dataDir), { recursive: true, mode: 0o700 });
  const file = join(signingDir(dataDir), ORGANISATION);
  await writePrivate(`${file}.password`, password);
  await writePrivate(file, p12);
  return { source: 'imported', p12, password, ...contents.signer, chain: contents.chain };
}

/**
 * Fingerprints that `verify` accepts as known signers: this installation's certificates (its own
 * and an imported one, with their chains) and any listed in DATA/signing/trusted.txt.
 */
export async function trustedFingerprints(dataDir: string): Promise<string[]> {
  const out = new Set<string>();
  for (const [name, source] of [
    [SELF, 'selfSigned'],
    [ORGANISATION, 'imported'],
  ] as const) {
    const identity = await loadBundle(dataDir, name, source).catch(() => null);
    if (!identity) continue;
    out.add(identity.fingerprint);
    for (const cert of identity.chain) out.add(cert.fingerprint);
  }
  const listed = await readIfExists(join(signingDir(dataDir), TRUSTED));
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
