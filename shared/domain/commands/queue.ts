import { z } from 'zod';
import { stanceSchema } from '../vocabulary';
import { idSchema, speechLimitSecSchema, textOf } from './fields';

/** The longest speech summary the recorder may keep: a paragraph, not a transcript. */
export const MAX_SUMMARY_CHARS = 2000;

const limitSec = speechLimitSecSchema;

// itemId is optional on queue commands: the item on the floor is meant. The events carry it.
export const queueCommands = [
  z.strictObject({
    type: z.literal('queue/request'),
    memberId: idSchema,
    itemId: idSchema.optional(),
    stance: stanceSchema.optional(),
    pointOfOrder: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('queue/withdraw'),
    memberId: idSchema,
    itemId: idSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('queue/reorder'),
    memberIds: z.array(idSchema).max(1000),
    itemId: idSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('queue/callNext'),
    speechId: idSchema,
    limitSec: limitSec.optional(),
  }),
  z.strictObject({
    type: z.literal('speech/start'),
    speechId: idSchema,
    memberId: idSchema,
    stance: stanceSchema.optional(),
    pointOfOrder: z.boolean().optional(),
    limitSec: limitSec.optional(),
  }),
  z.strictObject({ type: z.literal('speech/pause') }),
  z.strictObject({ type: z.literal('speech/resume') }),
  z.strictObject({ type: z.literal('speech/end') }),
  z.strictObject({ type: z.literal('speech/setLimit'), limitSec }),
  /** The recorder's summary of one speech (empty clears it), printed under it in the minutes. */
  z.strictObject({
    type: z.literal('speech/setSummary'),
    speechId: idSchema,
    text: textOf(MAX_SUMMARY_CHARS),
  }),
] as const;
