import { z } from 'zod';
import { rulePresetSchema } from '../rules';
import {
  actionStatusSchema,
  bodyKindSchema,
  categorySchema,
  roleSchema,
  stageSchema,
  stanceSchema,
  triageSchema,
} from '../vocabulary';
import {
  areaSchema,
  countSchema,
  dateSchema,
  idSchema,
  speechLimitSecSchema,
  storedLineSchema as lineSchema,
  tallySchema,
  storedTextSchema as textSchema,
  timeSchema,
} from '../commands/fields';

// Payload pieces of events. Events are facts already checked by `decide`, so their schemas
// exist for the restore gate of storage (untrusted files), not for business rules.

export const eventBase = { seq: z.number().int().positive(), at: timeSchema };

export const queuePolicySchema = z.strictObject({
  firstTimeFirst: z.boolean(),
  leastTimeFirst: z.boolean(),
  alternateStances: z.boolean(),
  speechLimitSec: speechLimitSecSchema,
});

export const meetingDetailsSchema = z.strictObject({
  title: lineSchema,
  bodyKind: bodyKindSchema,
  customBodyKind: lineSchema,
  date: dateSchema,
  /** Absent in journals written before meetings recorded their zone (see shared/time). */
  timeZone: z.string().max(64).optional(),
  place: lineSchema,
  chair: lineSchema,
  recorder: lineSchema,
  tellers: z.array(lineSchema),
  preset: rulePresetSchema,
  requiredCategories: z.array(categorySchema),
  queuePolicy: queuePolicySchema,
});

export const memberSchema = z.strictObject({
  memberId: idSchema,
  name: lineSchema,
  role: roleSchema,
  category: categorySchema,
  customCategory: lineSchema,
  household: lineSchema,
  area: areaSchema,
  affiliation: lineSchema,
  /** Absent in journals written before members had a phone, and when none was given. */
  phone: lineSchema.optional(),
});

export const itemDetailsSchema = z.strictObject({
  title: lineSchema,
  description: textSchema,
  triage: triageSchema,
  stage: stageSchema,
  presenter: lineSchema,
  plannedMin: z.number().int().min(0),
});

export const conditionCheckSchema = z.strictObject({
  measure: z.enum(['heads', 'households', 'area']),
  counted: z.number(),
  base: z.number(),
  baseKind: z.string(),
  comparator: z.enum(['gt', 'gte']),
  fraction: z.strictObject({ num: z.number(), den: z.number() }),
  met: z.boolean(),
  countedKind: z.enum(['present', 'participating', 'yes']),
});

export const countsSchema = z.record(idSchema, tallySchema);

export const voteResultSchema = z.strictObject({
  result: z.enum(['passed', 'failed', 'invalid', 'evaluated']),
  invalidReason: z.string().nullable(),
  members: tallySchema,
  present: tallySchema,
  voters: z.array(idSchema),
  counts: countsSchema,
  quorum: z.array(conditionCheckSchema),
  pass: z.array(conditionCheckSchema),
  winner: idSchema.nullable(),
  tie: z.boolean(),
  satisfactionPermille: z.number().int().nullable(),
  /** The phones' share of `counts` (secret: the ballot box's); absent in older journals. */
  device: countsSchema.optional(),
});

export const actionDetailsSchema = z.strictObject({
  title: lineSchema,
  owner: lineSchema,
  budget: countSchema,
  deadline: z.union([dateSchema, z.literal('')]),
  status: actionStatusSchema,
  note: textSchema,
});

export { stanceSchema };
