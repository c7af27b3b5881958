/**
 * A typed rejection. `code` is a catalogue key in the 'errors' namespace ('vote.countsExceedBase'
 * → 'errors:vote.countsExceedBase'); params fill its placeholders. Rejections are values, never
 * exceptions, so the backend can return them to the chair and the core stays total.
 */
export type DomainError = Readonly<{
  code: string;
  params: Readonly<Record<string, string | number>>;
}>;

/** Success with a value or a typed rejection. */
export type Result<T, E = DomainError> =
  Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: E }>;

import type { ErrorCode } from './errors';

/** Wraps a value as success. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/** Builds a rejection; params default to none so call sites stay short. */
export function fail(code: ErrorCode, params: Record<string, string | number> = {}): Result<never> {
  return { ok: false, error: { code, params } };
}

/** The error alone, for places that return `DomainError | null`. */
export function domainError(
  code: ErrorCode,
  params: Record<string, string | number> = {},
): DomainError {
  return { code, params };
}
