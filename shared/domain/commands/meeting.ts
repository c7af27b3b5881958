import { z } from 'zod';
import { bodyKindSchema, categorySchema } from '../vocabulary';
import { customPresetSchema } from '../rules';
import {
  dateSchema,
  idSchema,
  lineOf,
  lineSchema,
  requiredLineSchema,
  speechLimitSecSchema,
  textSchema,
} from './fields';

/** Queue options; any left out keep their current (or default) value. */
export const queuePolicyInputSchema = z.strictObject({
  firstTimeFirst: z.boolean().optional(),
  leastTimeFirst: z.boolean().optional(),
  alternateStances: z.boolean().optional(),
  speechLimitSec: speechLimitSecSchema.optional(),
});

const meetingFields = {
  title: requiredLineSchema,
  bodyKind: bodyKindSchema,
  customBodyKind: lineSchema.optional(),
  date: dateSchema,
  /**
   * The IANA time zone the meeting's times are read in ('Asia/Shanghai'); checked by `decide`, so
   * an unknown one is refused in the user's words. Left out: the script's offset or the fallback.
   */
  timeZone: z.string().max(64).optional(),
  place: lineSchema.optional(),
  chair: lineSchema.optional(),
  recorder: lineSchema.optional(),
  tellers: z.array(lineSchema).max(20).optional(),
  /** A built-in preset; defaults from the body kind. */
  presetId: idSchema.optional(),
  /** A custom preset, used instead of presetId. */
  customPreset: customPresetSchema.optional(),
  /** Categories that must be present (4+N / 5+N); defaults from the body kind. */
  requiredCategories: z.array(categorySchema).max(8).optional(),
  queuePolicy: queuePolicyInputSchema.optional(),
};

export const meetingCommands = [
  z.strictObject({ type: z.literal('meeting/create'), ...meetingFields }),
  z.strictObject({
    type: z.literal('meeting/update'),
    ...z.object(meetingFields).partial().shape,
  }),
  z.strictObject({ type: z.literal('meeting/open') }),
  z.strictObject({ type: z.literal('meeting/close') }),
  z.strictObject({
    type: z.literal('notes/set'),
    /** The item the note is on; none for the meeting-wide note. */
    itemId: idSchema.optional(),
    text: textSchema,
    /** The chair's private memo instead of a note for the minutes: never printed. */
    private: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('display/setMessage'),
    text: lineOf(500, 1),
  }),
  z.strictObject({ type: z.literal('display/clearMessage') }),
  z.strictObject({ type: z.literal('history/undo') }),
] as const;
