import { z } from 'zod';
import type { DeepReadonly } from '../domain/readonly';

type WithAt<T> = T extends unknown ? T & { at: number } : never;

/** One option of a core's command union: a strict object tagged by its literal `type`. */
type CommandOption = z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape>;

/** A parsed, timestamped command of a union of input schemas: what a core's decide takes. */
export type TimedCommand<S extends z.ZodType> = DeepReadonly<WithAt<z.output<S>>>;
/** The same command as a caller may write it (defaults not yet applied), with its time. */
export type TimedInput<S extends z.ZodType> = WithAt<z.input<S>>;

/** The names of a union's commands, in the order of its options, for tests and tools. */
export function typesOf<O extends readonly CommandOption[]>(
  options: O,
): readonly z.output<O[number]['shape']['type']>[] {
  return options.map((o) => o.shape.type.value) as z.output<O[number]['shape']['type']>[];
}

/**
 * The timestamped union of a core's command options: each option gains `at` (the time the backend
 * stamps on it). The casts only restate the shape zod builds; the options keep their own checks.
 */
export function timestamped<S extends z.ZodType, O extends readonly CommandOption[]>(
  options: O,
  at: z.ZodType<number>,
): z.ZodType<TimedCommand<S>, TimedInput<S>> {
  const withAt = options.map((o) => o.extend({ at })) as unknown as [
    CommandOption,
    ...CommandOption[],
  ];
  return z.discriminatedUnion('type', withAt) as unknown as z.ZodType<
    TimedCommand<S>,
    TimedInput<S>
  >;
}
