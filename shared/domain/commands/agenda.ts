import { z } from 'zod';
import { stageSchema, triageSchema } from '../vocabulary';
import { idSchema, lineSchema, requiredLineSchema, textSchema } from './fields';

const itemFields = {
  title: requiredLineSchema,
  description: textSchema.optional(),
  triage: triageSchema.optional(),
  stage: stageSchema.optional(),
  presenter: lineSchema.optional(),
  plannedMin: z.number().int().min(0).max(1440).optional(),
};

export const agendaCommands = [
  z.strictObject({
    type: z.literal('agenda/addItem'),
    itemId: idSchema,
    ...itemFields,
    /** Index to insert at; default: the end. */
    position: z.number().int().min(0).max(10_000).optional(),
  }),
  z.strictObject({
    type: z.literal('agenda/updateItem'),
    itemId: idSchema,
    ...z.object(itemFields).partial().shape,
  }),
  z.strictObject({ type: z.literal('agenda/reorder'), itemIds: z.array(idSchema).max(500) }),
  z.strictObject({ type: z.literal('agenda/openItem'), itemId: idSchema }),
  z.strictObject({ type: z.literal('agenda/deferItem'), itemId: idSchema }),
  z.strictObject({ type: z.literal('agenda/closeItem'), itemId: idSchema }),
  /** Takes an item off the agenda; only one that has no record yet (never on the floor). */
  z.strictObject({ type: z.literal('agenda/removeItem'), itemId: idSchema }),
  /**
   * 进入下一议题: closes the item on the floor (if any) and opens the next pending or deferred
   * one, as one step, so it never leaves the meeting half-moved and one undo reverts both.
   */
  z.strictObject({ type: z.literal('agenda/next') }),
] as const;
