import { z } from 'zod';
import {
  countSchema,
  dateSchema,
  idSchema,
  lineSchema,
  textSchema,
} from '../domain/commands/fields';
import { triageSchema } from '../domain/vocabulary';
import { channelSchema, routeSchema, topicOutcomeSchema } from './vocabulary';

// Payload shapes shared by the follow-up commands and their events: an event is the checked
// command plus `seq`, so one shape serves both and they cannot drift apart.

/**
 * A meeting id: the API's alphabet (letters, digits, '-', '_'; see shared/api meetingIdSchema).
 * It has no '/', so `meetingId/actionId` is an unambiguous key for an action item.
 */
export const meetingRefSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The answers of a satisfaction vote (满意 / 基本满意 / 不满意), in heads. */
export const satisfactionCountsSchema = z.strictObject({
  satisfied: countSchema,
  basicallySatisfied: countSchema,
  dissatisfied: countSchema,
});
export type SatisfactionCounts = z.infer<typeof satisfactionCountsSchema>;

/** Which action item a command means: the meeting that decided it and its id there. */
const itemRef = { meetingId: meetingRefSchema, actionId: idSchema };

export const shapes = {
  topicRaise: {
    topicId: idSchema,
    title: z.string().trim().min(1).max(200),
    description: textSchema.default(''),
    raisedBy: lineSchema.default(''),
    channel: channelSchema,
    raisedOn: dateSchema,
  },
  topicTriage: { topicId: idSchema, triage: triageSchema },
  topicRoute: { topicId: idSchema, routedTo: routeSchema, note: textSchema.default('') },
  topicSchedule: {
    topicId: idSchema,
    meetingId: meetingRefSchema,
    itemId: idSchema,
    meetingTitle: lineSchema.default(''),
    meetingDate: dateSchema,
  },
  topicClose: { topicId: idSchema, outcome: topicOutcomeSchema, reason: textSchema.default('') },
  itemImport: {
    ...itemRef,
    voteId: idSchema,
    itemId: idSchema,
    meetingTitle: lineSchema.default(''),
    meetingDate: dateSchema,
    title: z.string().trim().min(1).max(200),
    resolution: textSchema.default(''),
    owner: lineSchema.default(''),
    /** Planned budget in fen (0.01 yuan). */
    budgetPlanned: countSchema.default(0),
    /** '' when none was set. */
    deadline: z.union([dateSchema, z.literal('')]).default(''),
    /** The topic it carries out; found from the topic's agenda history when omitted. */
    topicId: idSchema.nullable().default(null),
  },
  itemUpdate: {
    ...itemRef,
    title: z.string().trim().min(1).max(200).optional(),
    owner: lineSchema.optional(),
    budgetPlanned: countSchema.optional(),
    deadline: z.union([dateSchema, z.literal('')]).optional(),
  },
  itemStart: { ...itemRef, on: dateSchema },
  itemNote: {
    ...itemRef,
    on: dateSchema,
    note: z.string().trim().min(1).max(5000),
    /** Spent so far in fen, when the note reports it. */
    budgetSpent: countSchema.optional(),
  },
  itemComplete: {
    ...itemRef,
    on: dateSchema,
    /** Total spent in fen. */
    budgetSpent: countSchema,
    /** What was done: printed on the implementation-result notice. */
    summary: textSchema.default(''),
  },
  itemDrop: { ...itemRef, on: dateSchema, reason: z.string().trim().min(1).max(5000) },
  itemEvaluate: {
    ...itemRef,
    /** The later meeting and its satisfaction vote (民事民评), linked back to the item. */
    evaluation: z.strictObject({
      meetingId: meetingRefSchema,
      voteId: idSchema,
      meetingTitle: lineSchema.default(''),
      meetingDate: dateSchema,
      counts: satisfactionCountsSchema,
    }),
  },
} as const;
