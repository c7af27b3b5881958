import {
  createCipheriv,
  createDecipheriv,
  randomBytes,
  scrypt as scryptCallback,
  type BinaryLike,
  type ScryptOptions,
} from 'node:crypto';
import { SigningError } from './errors';
import type { OsKeychain } from './keychain';

// A private key sealed for storage: the PKCS#8 DER is encrypted with a random 256-bit data key
// (AES-256-GCM, the signer's fingerprint as associated data, so a key cannot be paired with
// another certificate unnoticed), and the data key is wrapped once per protector:
//   keychain    the OS keychain (Electron safeStorage): opens without a prompt on this account
//   passphrase  scrypt of a passphrase the chair chose, which is never written anywhere
// One data key with several wraps lets a key open in the desktop app (keychain) and in the
// browser version or the CLI (passphrase) without storing it twice.

const b64 = (bytes: Buffer): string => bytes.toString('base64');
const unb64 = (text: string): Buffer => Buffer.from(text, 'base64');

/** scrypt cost: ~0.2 s and 64 MiB here, run off the event loop. */
const SCRYPT = { N: 2 ** 16, r: 8, p: 1 } as const;

export type Aead = Readonly<{ iv: string; tag: string; data: string }>;

export type KeyWrap =
  | Readonly<{ by: 'keychain'; blob: string }>
  | Readonly<
      {
        by: 'passphrase';
        kdf: Readonly<{ name: 'scrypt'; salt: string; N: number; r: number; p: number }>;
      } & Aead
    >;

export type SealedKey = Readonly<{ cipher: 'aes-256-gcm'; wraps: readonly KeyWrap[] } & Aead>;

function seal(key: Buffer, plain: Buffer, aad: string): Aead {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

/** The plaintext, or null when the key or the associated data is wrong (GCM tag mismatch). */
function open(key: Buffer, sealed: Aead, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, unb64(sealed.iv));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(unb64(sealed.tag));
    return Buffer.concat([decipher.update(unb64(sealed.data)), decipher.final()]);
  } catch {
    return null;
  }
}

function scrypt(password: BinaryLike, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, 32, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Normalised so that the same passphrase typed on another keyboard or system still opens. */
const passphraseBytes = (passphrase: string): Buffer => Buffer.from(passphrase.normalize('NFC'));

async function passphraseWrap(dataKey: Buffer, passphrase: string, aad: string): Promise<KeyWrap> {
  const salt = randomBytes(16);
  const kek = await scrypt(passphraseBytes(passphrase), salt, SCRYPT);
  return {
    by: 'passphrase',
    kdf: { name: 'scrypt', salt: b64(salt), ...SCRYPT },
    ...seal(kek, dataKey, `wrap:${aad}`),
  };
}

export type Protectors = Readonly<{ keychain?: OsKeychain | null; passphrase?: string | null }>;

/** Seals a PKCS#8 DER key under every protector given (at least one). */
export async function sealKey(
  pkcs8: Buffer,
  aad: string,
  protectors: Protectors,
): Promise<SealedKey> {
  const dataKey = randomBytes(32);
  try {
    const wraps: KeyWrap[] = [];
    if (protectors.keychain) {
      wraps.push({ by: 'keychain', blob: b64(protectors.keychain.encryptString(b64(dataKey))) });
    }
    if (protectors.passphrase)
      wraps.push(await passphraseWrap(dataKey, protectors.passphrase, aad));
    if (wraps.length === 0) throw new Error('yishiting: a sealed key needs a protector');
    return { cipher: 'aes-256-gcm', ...seal(dataKey, pkcs8, aad), wraps };
  } finally {
    dataKey.fill(0);
  }
}

/** The PKCS#8 DER through the keychain, or null when the key has no keychain wrap it can open. */
export function openWithKeychain(
  sealed: SealedKey,
  aad: string,
  keychain: OsKeychain,
): Buffer | null {
  for (const wrap of sealed.wraps) {
    if (wrap.by !== 'keychain') continue;
    let dataKey: Buffer;
    try {
      dataKey = unb64(keychain.decryptString(unb64(wrap.blob)));
    } catch {
      continue; // another account's or another machine's keychain
    }
    const plain = dataKey.length === 32 ? open(dataKey, sealed, aad) : null;
    dataKey.fill(0);
    if (plain) return plain;
  }
  return null;
}

/** The PKCS#8 DER through the passphrase; throws signing.wrongPassphrase when it does not open. */
export async function openWithPassphrase(
  sealed: SealedKey,
  aad: string,
  passphrase: string,
): Promise<Buffer> {
  for (const wrap of sealed.wraps) {
    if (wrap.by !== 'passphrase') continue;
    const { N, r, p } = wrap.kdf;
    const kek = await scrypt(passphraseBytes(passphrase), unb64(wrap.kdf.salt), { N, r, p });
    const dataKey = open(kek, wrap, `wrap:${aad}`);
    kek.fill(0);
    if (!dataKey) continue;
    const plain = open(dataKey, sealed, aad);
    dataKey.fill(0);
    if (plain) return plain;
  }
  throw new SigningError('signing.wrongPassphrase');
}

export const hasWrap = (sealed: SealedKey, by: KeyWrap['by']): boolean =>
  sealed.wraps.some((wrap) => wrap.by === by);
