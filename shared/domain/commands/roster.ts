import { z } from 'zod';
import { categorySchema, roleSchema, viaSchema } from '../vocabulary';
import { areaSchema, idSchema, lineOf, lineSchema, requiredLineSchema, textSchema } from './fields';

/**
 * Rows in one 'roster/importMembers' command. Its event is one journal line, and storage refuses
 * a line over 1 MiB when it reads it back: 500 members with every text field at its limit stay
 * under that, so a batch that is acknowledged can always be read again. A larger roster is sent
 * in several commands (the console does; each is one undo step).
 */
export const MAX_IMPORT_MEMBERS = 500;

const memberFields = {
  name: requiredLineSchema,
  role: roleSchema.optional(),
  category: categorySchema,
  customCategory: lineSchema.optional(),
  household: lineSchema.optional(),
  /** Floor area in 0.01 m². */
  area: areaSchema.optional(),
  affiliation: lineSchema.optional(),
  /** Private to the chair (see Member.phone). */
  phone: lineOf(50).optional(),
};

export const rosterCommands = [
  z.strictObject({ type: z.literal('roster/addMember'), memberId: idSchema, ...memberFields }),
  /** Many members at once (a roster import): one event, one undo step, all rows or none. */
  z.strictObject({
    type: z.literal('roster/importMembers'),
    members: z
      .array(z.strictObject({ memberId: idSchema, ...memberFields }))
      .min(1)
      .max(MAX_IMPORT_MEMBERS),
  }),
  z.strictObject({
    type: z.literal('roster/updateMember'),
    memberId: idSchema,
    ...z.object(memberFields).partial().shape,
  }),
  z.strictObject({ type: z.literal('roster/removeMember'), memberId: idSchema }),
  z.strictObject({
    type: z.literal('roster/signIn'),
    memberId: idSchema,
    /** 'device' when the member signed in on their own phone; absent means the chair. */
    via: viaSchema.optional(),
  }),
  z.strictObject({ type: z.literal('roster/signOut'), memberId: idSchema }),
  z.strictObject({
    type: z.literal('roster/excuse'),
    memberId: idSchema,
    reason: textSchema.optional(),
  }),
] as const;
