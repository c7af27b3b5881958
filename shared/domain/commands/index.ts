import { z } from 'zod';
import type { DeepReadonly } from '../readonly';
import { agendaCommands } from './agenda';
import { timeSchema } from './fields';
import { meetingCommands } from './meeting';
import { queueCommands } from './queue';
import { rosterCommands } from './roster';
import { voteCommands } from './vote';

/** Every command's schema without its time: the shapes the UI sends. */
export const commandInputOptions = [
  ...meetingCommands,
  ...rosterCommands,
  ...agendaCommands,
  ...queueCommands,
  ...voteCommands,
] as const;

/** A command as the UI sends it: no time yet, the backend stamps `at`. */
export const commandInputSchema = z.discriminatedUnion('type', commandInputOptions);

/** A command as the UI may write it (defaults not yet applied). */
export type CommandInput = z.input<typeof commandInputSchema>;
type ParsedInput = z.output<typeof commandInputSchema>;

type WithAt<T> = T extends unknown ? T & { at: number } : never;

/** A parsed, timestamped command: what `decide` takes. */
export type Command = DeepReadonly<WithAt<ParsedInput>>;
export type CommandType = Command['type'];

/** The names of all commands, for tests and tools. */
export const COMMAND_TYPES: readonly CommandType[] = commandInputOptions.map(
  (o) => o.shape.type.value,
);

/** A timestamped command (epoch ms in `at`), as stored in scripts and sent by the backend. */
export const commandSchema: z.ZodType<Command, WithAt<CommandInput>> = z.discriminatedUnion(
  'type',
  commandInputOptions.map((o) =>
    o.extend({ at: timeSchema }),
  ) as unknown as typeof commandInputOptions,
) as unknown as z.ZodType<Command, WithAt<CommandInput>>;

/** The command of one type. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
