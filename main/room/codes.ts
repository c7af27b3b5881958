import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

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

/** The entry whose secret matches `given`, comparing every entry (no early exit on a match). */
export function findBySecret<T>(
  entries: Iterable<readonly [T, string]>,
  given: string,
): T | undefined {
  let found: T | undefined;
  for (const [key, secret] of entries) if (secretEquals(given, secret)) found ??= key;
  return found;
}
