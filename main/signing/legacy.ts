import { join } from 'node:path';
import { readPkcs12, type Pkcs12Contents } from './certificate';
import { SigningError } from './errors';
import { readIfExists, signingDir } from './identity-file';

// The layout before issue 12: NAME.p12 beside NAME.p12.password, the password in plain text.
// Read only to migrate (keyring.ts), which then deletes both files.

/** The old files, the password first, in the order they are deleted. */
export function legacyFiles(dataDir: string, name: string): string[] {
  const p12 = join(signingDir(dataDir), `${name}.p12`);
  return [`${p12}.password`, p12];
}

/** The old pair's contents, or null when there is no complete pair. */
export async function readLegacy(dataDir: string, name: string): Promise<Pkcs12Contents | null> {
  const [passwordFile, p12File] = legacyFiles(dataDir, name) as [string, string];
  const p12 = await readIfExists(p12File);
  const password = await readIfExists(passwordFile);
  if (!p12 || !password) return null;
  const text = password.toString('utf8');
  // The password exactly as written; then as the old loader read it (trimmed), so a file that
  // worked before, e.g. edited by hand with a final newline, still migrates.
  for (const candidate of new Set([text, text.trim()])) {
    try {
      return readPkcs12(p12, candidate);
    } catch {
      // try the next reading
    }
  }
  throw new SigningError('signing.unreadable', { file: p12File });
}
