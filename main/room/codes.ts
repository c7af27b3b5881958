import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 128 random bits, URL-safe: a room token, a personal code or a device key. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** Six digits to type by hand; guessing is held off by the rate limit, not by length. */
export function newShortCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Compares a presented secret with a stored one in time that does not depend on where they differ. */
export function secretEquals(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Finds the entry whose secret matches in one Map lookup instead of comparing all of them: a
 * thousand phones each asking on every request made that scan a cost of the room's size. The
 * Map is keyed by the secret's SHA-256, so how long a lookup takes says nothing about the
 * secret; the match is then confirmed in constant time.
 */
export class SecretIndex<T> {
  private readonly byHash = new Map<string, readonly [T, string]>();

  constructor(entries: Iterable<readonly [T, string]>) {
    for (const [key, secret] of entries) this.byHash.set(hashOf(secret), [key, secret]);
  }

  find(given: string): T | undefined {
    const entry = this.byHash.get(hashOf(given));
    return entry && secretEquals(given, entry[1]) ? entry[0] : undefined;
  }
}

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('base64');
