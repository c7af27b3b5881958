import { z } from 'zod';
import { timestamped, typesOf, type TimedCommand } from '../../kernel/command';
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

/** A parsed, timestamped command: what `decide` takes. */
export type Command = TimedCommand<typeof commandInputSchema>;
export type CommandType = Command['type'];

/** The names of all commands, for tests and tools. */
export const COMMAND_TYPES: readonly CommandType[] = typesOf(commandInputOptions);

/** A timestamped command (epoch ms in `at`), as stored in scripts and sent by the backend. */
export const commandSchema = timestamped<typeof commandInputSchema, typeof commandInputOptions>(
  commandInputOptions,
  timeSchema,
);

/** The command of one type. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
