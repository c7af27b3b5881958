import { z } from 'zod';
import { commandInputOptions, type commandInputSchema } from '../commands';
import { idSchema, timeSchema } from '../commands/fields';
import { meetingCommands } from '../commands/meeting';
import { agendaCommands } from '../commands/agenda';
import { rosterCommands } from '../commands/roster';

/** The format marker and version of a meeting script; bump the version on breaking changes. */
export const SCRIPT_FORMAT = 'yishiting-meeting-script';
export const SCRIPT_VERSION = 1;

/**
 * A moment in a script: epoch milliseconds, or an ISO 8601 date-time with its offset
 * ("2026-05-10T19:30:00+08:00") so hand-written scripts stay readable.
 */
export const scriptTimeSchema = z.union([timeSchema, z.iso.datetime({ offset: true })]);
export type ScriptTime = z.infer<typeof scriptTimeSchema>;

const [create] = meetingCommands;
const [addMember] = rosterCommands;
const [addItem] = agendaCommands;

type ParsedInput = z.output<typeof commandInputSchema>;
type WithScriptTime<T> = T extends unknown ? T & { at: ScriptTime } : never;
/** A command in a script: any command with its time. */
export type ScriptCommand = WithScriptTime<ParsedInput>;

/** A command in a script: any command with its time. */
export const scriptCommandSchema: z.ZodType<
  ScriptCommand,
  WithScriptTime<z.input<typeof commandInputSchema>>
> = z.discriminatedUnion(
  'type',
  commandInputOptions.map((o) =>
    o.extend({ at: scriptTimeSchema }),
  ) as unknown as typeof commandInputOptions,
) as unknown as z.ZodType<ScriptCommand, WithScriptTime<z.input<typeof commandInputSchema>>>;

/**
 * A meeting script: the format of the demo meetings in seeds/ and of imports. The meeting,
 * roster and agenda are set up at `meeting.at`, then the commands run in order.
 */
export const meetingScriptSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(SCRIPT_FORMAT),
  version: z.literal(SCRIPT_VERSION),
  /** Id of the meeting when stored; the importer may choose another. */
  meetingId: idSchema,
  meeting: create.omit({ type: true }).extend({ at: scriptTimeSchema }),
  roster: z.array(addMember.omit({ type: true })).max(2000),
  agenda: z.array(addItem.omit({ type: true, position: true })).max(500),
  commands: z.array(scriptCommandSchema).max(100_000),
});

export type MeetingScript = z.input<typeof meetingScriptSchema>;
