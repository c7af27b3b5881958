import { z } from 'zod';
import {
  countSchema,
  dateSchema,
  idSchema,
  lineOf,
  lineSchema,
  storedLineSchema,
  storedTextSchema,
  textOf,
  textSchema,
  timeSchema,
} from '../domain/commands/fields';
import { triageSchema } from '../domain/vocabulary';
import { isTimeZone } from '../time';
import { channelSchema, routeSchema, topicOutcomeSchema } from './vocabulary';

// Payload shapes shared by the follow-up commands and their events: an event is the checked
// command plus `seq`, so one shape serves both and they cannot drift apart. Only the text fields
// differ: a command's are checked as typed (a control character is refused), a stored event's
// are repaired (dropped), so a registry written before that check still opens, cleaned.

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

type TextFields = Readonly<{
  line: typeof lineSchema | typeof storedLineSchema;
  requiredLine: typeof lineSchema | typeof storedLineSchema;
  text: typeof textSchema | typeof storedTextSchema;
  requiredText: typeof textSchema | typeof storedTextSchema;
}>;

const shapesOf = (f: TextFields) => ({
  topicRaise: {
    topicId: idSchema,
    title: f.requiredLine,
    description: f.text.default(''),
    raisedBy: f.line.default(''),
    channel: channelSchema,
    raisedOn: dateSchema,
  },
  topicTriage: { topicId: idSchema, triage: triageSchema },
  topicRoute: { topicId: idSchema, routedTo: routeSchema, note: f.text.default('') },
  topicSchedule: {
    topicId: idSchema,
    meetingId: meetingRefSchema,
    itemId: idSchema,
    meetingTitle: f.line.default(''),
    meetingDate: dateSchema,
  },
  topicClose: { topicId: idSchema, outcome: topicOutcomeSchema, reason: f.text.default('') },
  itemImport: {
    ...itemRef,
    voteId: idSchema,
    itemId: idSchema,
    meetingTitle: f.line.default(''),
    meetingDate: dateSchema,
    title: f.requiredLine,
    resolution: f.text.default(''),
    owner: f.line.default(''),
    /** Planned budget in fen (0.01 yuan). */
    budgetPlanned: countSchema.default(0),
    /** '' when none was set. */
    deadline: z.union([dateSchema, z.literal('')]).default(''),
    /** The topic it carries out; found from the topic's agenda history when omitted. */
    topicId: idSchema.nullable().default(null),
    /**
     * The meeting's IANA zone: its deadline is a day on that calendar, so "overdue" is judged
     * there. Absent in registries written before zones were recorded (FALLBACK_TIME_ZONE).
     */
    timeZone: z.string().max(64).refine(isTimeZone).optional(),
  },
  itemUpdate: {
    ...itemRef,
    title: f.requiredLine.optional(),
    owner: f.line.optional(),
    budgetPlanned: countSchema.optional(),
    deadline: z.union([dateSchema, z.literal('')]).optional(),
  },
  itemStart: { ...itemRef, on: dateSchema },
  itemNote: {
    ...itemRef,
    on: dateSchema,
    note: f.requiredText,
    /** Spent so far in fen, when the note reports it. */
    budgetSpent: countSchema.optional(),
  },
  itemComplete: {
    ...itemRef,
    on: dateSchema,
    /** Total spent in fen. */
    budgetSpent: countSchema,
    /** What was done: printed on the implementation-result notice. */
    summary: f.text.default(''),
  },
  itemDrop: { ...itemRef, on: dateSchema, reason: f.requiredText },
  itemSupervise: {
    ...itemRef,
    /** The street office's own id of the comment (its hub's): a comment is received once. */
    commentId: z
      .string()
      .min(1)
      .max(40)
      .regex(/^[A-Za-z0-9_-]+$/),
    /** Who wrote it at the street office (the staff member's name or login). */
    author: f.line.default(''),
    body: f.requiredText,
    /** When the street office wrote it (epoch ms), as its hub recorded it. */
    writtenAt: timeSchema,
  },
  itemEvaluate: {
    ...itemRef,
    /** The later meeting and its satisfaction vote (民事民评), linked back to the item. */
    evaluation: z.strictObject({
      meetingId: meetingRefSchema,
      voteId: idSchema,
      meetingTitle: f.line.default(''),
      meetingDate: dateSchema,
      counts: satisfactionCountsSchema,
    }),
  },
});

/** Shapes of commands: text as typed, checked. */
export const shapes = shapesOf({
  line: lineSchema,
  requiredLine: lineOf(200, 1),
  text: textSchema,
  requiredText: textOf(5000, 1),
});

/** Shapes of stored events: text repaired, never refused (see above). */
export const storedShapes = shapesOf({
  line: storedLineSchema,
  requiredLine: storedLineSchema,
  text: storedTextSchema,
  requiredText: storedTextSchema,
});
