// The OS keychain as the signing identity sees it: exactly the part of Electron's `safeStorage`
// it uses, so main/electron passes `safeStorage` itself and tests pass a stand-in. Nothing here
// imports `electron`, which cannot load under plain Node.

/** Electron's safeStorage, or anything with the same methods. */
export type OsKeychain = Readonly<{
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store Electron picked ('basic_text' is a fixed, public key). */
  getSelectedStorageBackend?(): string;
}>;

/**
 * The keychain if it really protects secrets, else null. On Linux without a secret service
 * Electron falls back to 'basic_text', an obfuscation with a key written in Electron's source:
 * calling that protection would be the password-beside-the-file problem again.
 */
export function usableKeychain(keychain: OsKeychain | null | undefined): OsKeychain | null {
  if (!keychain) return null;
  try {
    if (!keychain.isEncryptionAvailable()) return null;
    const backend = keychain.getSelectedStorageBackend?.();
    if (backend === 'basic_text' || backend === 'unknown') return null;
    return keychain;
  } catch {
    return null;
  }
}
