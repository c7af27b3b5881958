import { z } from 'zod';
import { timeSchema } from '../domain/commands/fields';
import type { DeepReadonly } from '../domain/readonly';
import { storedShapes as shapes } from './fields';

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({
    type: z.literal(type),
    seq: z.number().int().positive(),
    at: timeSchema,
    ...shape,
  });

/**
 * Every follow-up event, past tense and named by area; each is its command's checked payload
 * plus `seq` and `at`. This schema is the restore gate of the stored registry.
 */
export const followupEventOptions = [
  event('topic/raised', shapes.topicRaise),
  event('topic/triaged', shapes.topicTriage),
  event('topic/routed', shapes.topicRoute),
  event('topic/scheduled', shapes.topicSchedule),
  event('topic/closed', shapes.topicClose),
  event('actionItem/imported', {
    ...shapes.itemImport,
    // Resolved by `decide` (given or found from the topic's agenda history).
    topicId: shapes.itemImport.topicId.unwrap(),
  }),
  event('actionItem/updated', shapes.itemUpdate),
  event('actionItem/started', shapes.itemStart),
  event('actionItem/progressNoted', shapes.itemNote),
  event('actionItem/completed', shapes.itemComplete),
  event('actionItem/dropped', shapes.itemDrop),
  event('actionItem/evaluated', shapes.itemEvaluate),
  event('actionItem/supervisionReceived', shapes.itemSupervise),
] as const;

/** One stored follow-up event. */
export const followupEventSchema = z.discriminatedUnion('type', followupEventOptions);
export type FollowupEvent = DeepReadonly<z.infer<typeof followupEventSchema>>;
export type FollowupEventType = FollowupEvent['type'];
export type FollowupEventOf<T extends FollowupEventType> = Extract<FollowupEvent, { type: T }>;

/** The names of all follow-up events. */
export const FOLLOWUP_EVENT_TYPES: readonly FollowupEventType[] = followupEventOptions.map(
  (o) => o.shape.type.value,
);
