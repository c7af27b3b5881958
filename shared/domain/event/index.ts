import { z } from 'zod';
import type { DeepReadonly } from '../readonly';
import { ballotSchema, voteMethodSchema, stanceSchema, viaSchema } from '../vocabulary';
import { rulePresetSchema } from '../rules';
import {
  idSchema,
  storedLineOf,
  storedLineSchema as lineSchema,
  storedTextSchema as textSchema,
} from '../commands/fields';
import { MAX_IMPORT_MEMBERS } from '../commands/roster';
import {
  actionDetailsSchema,
  countsSchema,
  eventBase,
  itemDetailsSchema,
  meetingDetailsSchema,
  memberSchema,
  voteResultSchema,
} from './parts';

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...eventBase, ...shape });

/** Every event, past tense and named by area. Each carries `seq` (1, 2, …) and `at` (epoch ms). */
export const eventOptions = [
  event('meeting/created', { details: meetingDetailsSchema }),
  event('meeting/updated', { changes: meetingDetailsSchema.partial() }),
  event('meeting/opened', {}),
  event('meeting/closed', {}),
  event('notes/chairNoteSet', {
    itemId: idSchema.nullable(),
    text: textSchema,
    /** A private note (never printed); absent in older journals, whose notes are for the minutes. */
    private: z.literal(true).optional(),
  }),
  event('display/messageSet', { text: storedLineOf(500) }),
  event('display/messageCleared', {}),
  event('history/undone', { undoneSeq: z.number().int().positive(), undoneType: z.string() }),

  event('roster/memberAdded', { member: memberSchema }),
  event('roster/membersImported', {
    members: z.array(memberSchema).min(1).max(MAX_IMPORT_MEMBERS),
  }),
  event('roster/memberUpdated', {
    memberId: idSchema,
    changes: memberSchema.omit({ memberId: true }).partial(),
  }),
  event('roster/memberRemoved', { memberId: idSchema }),
  // `via` absent (older journals, and the chair's click) means the chair.
  event('roster/signedIn', { memberId: idSchema, via: viaSchema.optional() }),
  event('roster/signedOut', { memberId: idSchema }),
  event('roster/excused', { memberId: idSchema, reason: textSchema }),

  event('agenda/itemAdded', {
    itemId: idSchema,
    details: itemDetailsSchema,
    urgent: z.boolean(),
    position: z.number().int().min(0),
  }),
  event('agenda/itemUpdated', { itemId: idSchema, changes: itemDetailsSchema.partial() }),
  event('agenda/reordered', { itemIds: z.array(idSchema) }),
  event('agenda/itemOpened', { itemId: idSchema }),
  event('agenda/itemDeferred', { itemId: idSchema }),
  event('agenda/itemClosed', { itemId: idSchema }),
  event('agenda/itemRemoved', { itemId: idSchema }),
  /** One step of 进入下一议题: the item closed (if one was on the floor) and the item opened. */
  event('agenda/advanced', {
    closedItemId: idSchema.nullable(),
    openedItemId: idSchema.nullable(),
  }),

  event('queue/speakerAdded', {
    itemId: idSchema,
    memberId: idSchema,
    stance: stanceSchema,
    pointOfOrder: z.boolean(),
    position: z.number().int().min(0),
  }),
  event('queue/speakerWithdrawn', { itemId: idSchema, memberId: idSchema }),
  event('queue/reordered', { itemId: idSchema, memberIds: z.array(idSchema) }),
  event('speech/started', {
    speechId: idSchema,
    itemId: idSchema,
    memberId: idSchema,
    stance: stanceSchema,
    pointOfOrder: z.boolean(),
    limitMs: z.number().int().min(0),
  }),
  event('speech/paused', { speechId: idSchema }),
  event('speech/resumed', { speechId: idSchema }),
  event('speech/ended', { speechId: idSchema }),
  event('speech/limitSet', { speechId: idSchema, limitMs: z.number().int().min(0) }),
  event('speech/summarySet', { speechId: idSchema, itemId: idSchema, text: textSchema }),

  event('vote/opened', {
    voteId: idSchema,
    itemId: idSchema,
    method: voteMethodSchema,
    question: lineSchema,
    preset: rulePresetSchema,
    options: z.array(z.strictObject({ optionId: idSchema, label: lineSchema })),
    // Optional: journals written before votes named their tellers still replay.
    teller: lineSchema.optional(),
    scrutineer: lineSchema.optional(),
  }),
  event('vote/countsEntered', { voteId: idSchema, counts: countsSchema }),
  event('vote/ballotRecorded', {
    voteId: idSchema,
    memberId: idSchema,
    ballot: ballotSchema.nullable(),
  }),
  event('vote/ballotCast', {
    voteId: idSchema,
    memberId: idSchema,
    ballotId: idSchema,
    choice: idSchema,
  }),
  /** A secret vote's "has voted": never a choice, never a time apart from the event's own. */
  event('vote/markedVoted', { voteId: idSchema, memberId: idSchema }),
  event('vote/closed', { voteId: idSchema, outcome: voteResultSchema, resolution: textSchema }),
  event('vote/voided', { voteId: idSchema, reason: textSchema }),
  event('vote/resolutionSet', { voteId: idSchema, text: textSchema }),
  event('vote/tellersSet', { voteId: idSchema, teller: lineSchema, scrutineer: lineSchema }),

  event('action/added', { actionId: idSchema, voteId: idSchema, details: actionDetailsSchema }),
  event('action/updated', { actionId: idSchema, changes: actionDetailsSchema.partial() }),
] as const;

/** One stored event; the restore gate of storage parses files with it. */
export const eventSchema = z.discriminatedUnion('type', eventOptions);

/** A fact in the meeting's log. */
export type MeetingEvent = DeepReadonly<z.infer<typeof eventSchema>>;
export type EventType = MeetingEvent['type'];
export type EventOf<T extends EventType> = Extract<MeetingEvent, { type: T }>;

/** The names of all events. */
export const EVENT_TYPES: readonly EventType[] = eventOptions.map((o) => o.shape.type.value);
