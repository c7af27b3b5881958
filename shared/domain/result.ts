import type { Problem } from '../errors';
import { coded } from '../kernel/result';
import type { ErrorCode } from './errors';

/**
 * A typed rejection. `code` is a catalogue key in the 'errors' namespace ('vote.countsExceedBase'
 * → 'errors:vote.countsExceedBase'); params fill its placeholders. Rejections are values, never
 * exceptions, so the backend can return them to the chair and the core stays total.
 */
export type DomainError = Problem;

export { ok, type Result } from '../kernel/result';

/** `fail` builds a rejection, `domainError` the error alone; both take only the core's codes. */
export const { fail, problem: domainError } = coded<ErrorCode>();
