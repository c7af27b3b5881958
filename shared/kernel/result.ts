import type { Problem, ProblemParams } from '../errors';

/** Success with a value or a typed rejection. */
export type Result<T, E = Problem> =
  Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: E }>;

/** Wraps a value as success. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/**
 * The codes every event-sourced core shares: the kernel itself produces them (a command that does
 * not parse, an exception that would be a bug, a command older than the state's last event).
 * Each core's own code list starts with these, so its `fail` accepts them too.
 */
export const KERNEL_ERROR_CODES = [
  'command.malformed',
  'command.failed',
  'command.timeWentBack',
] as const;
export type KernelErrorCode = (typeof KERNEL_ERROR_CODES)[number];

/**
 * A core's `fail` (a rejection as a Result) and `problem` (the error alone), both accepting only
 * that core's codes, so a typo does not compile. Params default to none so call sites stay short.
 */
export function coded<C extends string>(): Readonly<{
  fail: (code: C, params?: ProblemParams) => Result<never>;
  problem: (code: C, params?: ProblemParams) => Problem;
}> {
  const problem = (code: C, params: ProblemParams = {}): Problem => ({ code, params });
  return { problem, fail: (code, params) => ({ ok: false, error: problem(code, params) }) };
}
