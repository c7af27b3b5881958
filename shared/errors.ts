/**
 * The one shape of a refusal or notice anywhere in the app: a catalogue key and the values for
 * its placeholders. The domain cores, the API gate, storage notices and the follow-up handlers
 * all speak it, so one translator (shared/i18n/describe-error.ts) can word any of them.
 */
export type Problem = Readonly<{
  code: string;
  params: Readonly<Record<string, string | number>>;
}>;

/** The placeholder values a problem carries. */
export type ProblemParams = Record<string, string | number>;

/** Builds a problem; params default to none so call sites stay short. */
export function problem(code: string, params: ProblemParams = {}): Problem {
  return { code, params };
}
