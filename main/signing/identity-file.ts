import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SigningError } from './errors';
import type { SealedKey } from './sealed-key';

// One file per identity in DATA/signing/ (self.identity.json, organisation.identity.json):
// the certificates as PEM, since certificates are public and `verify` needs them without any
// secret, and the private key either sealed (see sealed-key.ts) or, for the self-signed identity
// under plain Node only, as plain PKCS#8 PEM whose only protection is file mode 0600 in a 0700
// folder. The file says which, so nothing passes for protection that is not.

export type Source = 'selfSigned' | 'imported';

export type StoredKey =
  | Readonly<{ protection: 'sealed' } & SealedKey>
  | Readonly<{ protection: 'fileMode'; pkcs8: string }>;

export type StoredIdentity = Readonly<{
  format: 'yishiting-signing-identity';
  version: 1;
  source: Source;
  /** PEM; the signer's certificate first. */
  certificates: readonly string[];
  key: StoredKey;
}>;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const aead = { iv: base64, tag: base64, data: base64 };
const schema = z.object({
  format: z.literal('yishiting-signing-identity'),
  version: z.literal(1),
  source: z.enum(['selfSigned', 'imported']),
  certificates: z.array(z.string().includes('BEGIN CERTIFICATE')).min(1),
  key: z.discriminatedUnion('protection', [
    z.object({ protection: z.literal('fileMode'), pkcs8: z.string() }),
    z.object({
      protection: z.literal('sealed'),
      cipher: z.literal('aes-256-gcm'),
      ...aead,
      wraps: z
        .array(
          z.discriminatedUnion('by', [
            z.object({ by: z.literal('keychain'), blob: base64 }),
            z.object({
              by: z.literal('passphrase'),
              kdf: z.object({
                name: z.literal('scrypt'),
                salt: base64,
                N: z
                  .number()
                  .int()
                  .min(2 ** 14)
                  .max(2 ** 20),
                r: z.number().int().min(1).max(32),
                p: z.number().int().min(1).max(16),
              }),
              ...aead,
            }),
          ]),
        )
        .min(1),
    }),
  ]),
});

export const SELF = 'self';
export const ORGANISATION = 'organisation';

export const signingDir = (dataDir: string): string => join(dataDir, 'signing');
export const identityFile = (dataDir: string, name: string): string =>
  join(signingDir(dataDir), `${name}.identity.json`);

export async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The stored identity, null when there is none; a damaged file is refused, never rewritten. */
export async function readIdentityFile(
  dataDir: string,
  name: string,
): Promise<StoredIdentity | null> {
  const file = identityFile(dataDir, name);
  const bytes = await readIfExists(file);
  if (!bytes) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new SigningError('signing.unreadable', { file });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new SigningError('signing.unreadable', { file });
  return result.data as StoredIdentity;
}

/**
 * Writes the identity all or nothing (temp file, fsync, rename, fsync of the folder), readable by
 * this user only: a migration deletes the old files only once the new one is surely on disk.
 */
export async function writeIdentityFile(
  dataDir: string,
  name: string,
  identity: StoredIdentity,
): Promise<void> {
  const dir = signingDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const file = identityFile(dataDir, name);
  const temp = `${file}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.chmod(0o600); // the mode is ignored when the temp file already existed
    await handle.writeFile(`${JSON.stringify(identity, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  await syncFolder(dir);
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for fsync; its rename is already durable enough there.
  }
}

export async function removeIfExists(file: string): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
