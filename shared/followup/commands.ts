import { z } from 'zod';
import { timeSchema } from '../domain/commands/fields';
import { timestamped, typesOf, type TimedCommand } from '../kernel/command';
import { shapes } from './fields';

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/** Every follow-up command without its time: the shapes the UI sends. */
export const followupCommandInputOptions = [
  command('topic/raise', shapes.topicRaise),
  command('topic/triage', shapes.topicTriage),
  command('topic/route', shapes.topicRoute),
  command('topic/schedule', shapes.topicSchedule),
  command('topic/close', shapes.topicClose),
  command('actionItem/import', shapes.itemImport),
  command('actionItem/update', shapes.itemUpdate),
  command('actionItem/start', shapes.itemStart),
  command('actionItem/noteProgress', shapes.itemNote),
  command('actionItem/complete', shapes.itemComplete),
  command('actionItem/drop', shapes.itemDrop),
  command('actionItem/evaluate', shapes.itemEvaluate),
  // 督办: a street-office comment, received by the hub link's sync (never typed by the chair).
  command('actionItem/receiveSupervision', shapes.itemSupervise),
] as const;

/**
 * What the chair may send through the board: every command but the receipt of a 督办 comment,
 * which only the hub link's sync records (a comment is the street office's word, not the chair's).
 */
export const chairFollowupCommandInputSchema = z.discriminatedUnion(
  'type',
  followupCommandInputOptions.filter(
    (option) => option.shape.type.value !== 'actionItem/receiveSupervision',
  ) as unknown as ChairOptions,
);
type ChairOptions = [
  (typeof followupCommandInputOptions)[0],
  ...Exclude<
    (typeof followupCommandInputOptions)[number],
    { shape: { type: z.ZodLiteral<'actionItem/receiveSupervision'> } }
  >[],
];

export type ChairFollowupCommandInput = z.input<typeof chairFollowupCommandInputSchema>;

/** A follow-up command as the UI sends it: no time yet, the backend stamps `at`. */
export const followupCommandInputSchema = z.discriminatedUnion('type', followupCommandInputOptions);
export type FollowupCommandInput = z.input<typeof followupCommandInputSchema>;

/** A parsed, timestamped command: what `decideFollowup` takes. */
export type FollowupCommand = TimedCommand<typeof followupCommandInputSchema>;
export type FollowupCommandType = FollowupCommand['type'];
export type FollowupCommandOf<T extends FollowupCommandType> = Extract<
  FollowupCommand,
  { type: T }
>;

/** The names of all follow-up commands, for tests and tools. */
export const FOLLOWUP_COMMAND_TYPES: readonly FollowupCommandType[] = typesOf(
  followupCommandInputOptions,
);

/** A timestamped command (epoch ms in `at`). */
export const followupCommandSchema = timestamped<
  typeof followupCommandInputSchema,
  typeof followupCommandInputOptions
>(followupCommandInputOptions, timeSchema);
