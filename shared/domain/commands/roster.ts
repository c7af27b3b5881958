import { z } from 'zod';
import { categorySchema, roleSchema } from '../vocabulary';
import { areaSchema, idSchema, lineSchema, requiredLineSchema, textSchema } from './fields';

const memberFields = {
  name: requiredLineSchema,
  role: roleSchema.optional(),
  category: categorySchema,
  customCategory: lineSchema.optional(),
  household: lineSchema.optional(),
  /** Floor area in 0.01 m². */
  area: areaSchema.optional(),
  affiliation: lineSchema.optional(),
};

export const rosterCommands = [
  z.strictObject({ type: z.literal('roster/addMember'), memberId: idSchema, ...memberFields }),
  z.strictObject({
    type: z.literal('roster/updateMember'),
    memberId: idSchema,
    ...z.object(memberFields).partial().shape,
  }),
  z.strictObject({ type: z.literal('roster/removeMember'), memberId: idSchema }),
  z.strictObject({ type: z.literal('roster/signIn'), memberId: idSchema }),
  z.strictObject({ type: z.literal('roster/signOut'), memberId: idSchema }),
  z.strictObject({
    type: z.literal('roster/excuse'),
    memberId: idSchema,
    reason: textSchema.optional(),
  }),
] as const;
