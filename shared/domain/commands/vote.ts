import { z } from 'zod';
import { customPresetSchema } from '../rules';
import { actionStatusSchema, ballotSchema, voteMethodSchema } from '../vocabulary';
import {
  countSchema,
  dateSchema,
  idSchema,
  lineSchema,
  requiredLineSchema,
  tallyInputSchema,
  textOf,
  textSchema,
} from './fields';

const actionFields = {
  title: requiredLineSchema,
  owner: lineSchema.optional(),
  /** Budget in fen (0.01 yuan). */
  budget: countSchema.optional(),
  deadline: dateSchema.optional(),
  status: actionStatusSchema.optional(),
  note: textSchema.optional(),
};

// voteId is optional where the open vote is meant; the events carry it.
export const voteCommands = [
  z.strictObject({
    type: z.literal('vote/open'),
    voteId: idSchema,
    method: voteMethodSchema,
    question: requiredLineSchema,
    itemId: idSchema.optional(),
    /** Overrides the meeting's preset for this vote. */
    presetId: idSchema.optional(),
    /** Or a custom preset for this vote alone. */
    customPreset: customPresetSchema.optional(),
    /** 计票人 and 监票人 of this vote, printed in the minutes with signature lines. */
    teller: lineSchema.optional(),
    scrutineer: lineSchema.optional(),
    /** Choice among options (比选). */
    options: z
      .array(z.strictObject({ optionId: idSchema, label: requiredLineSchema }))
      .max(50)
      .optional(),
  }),
  z.strictObject({
    type: z.literal('vote/enterCounts'),
    voteId: idSchema.optional(),
    /** yes/no/abstain; option ids and abstain; or satisfied/basicallySatisfied/dissatisfied. */
    counts: z
      .record(idSchema, tallyInputSchema)
      .refine((counts) => Object.keys(counts).length <= 60, { message: 'tooManyCounts' }),
  }),
  z.strictObject({
    type: z.literal('vote/recordBallot'),
    voteId: idSchema.optional(),
    memberId: idSchema,
    /** null clears the member's ballot. */
    ballot: ballotSchema.nullable(),
  }),
  /**
   * A member's own ballot from their phone on a vote that is not secret. Changeable until close;
   * the same ballotId again (a phone re-sending after a reconnect) changes nothing.
   */
  z.strictObject({
    type: z.literal('vote/cast'),
    voteId: idSchema,
    memberId: idSchema,
    ballotId: idSchema,
    choice: idSchema,
  }),
  /**
   * A secret vote's "has voted" for a member who voted on a phone. Only main sends it, after the
   * choice went into the ballot box; it carries no choice, so the record cannot link the two.
   */
  z.strictObject({ type: z.literal('vote/markVoted'), voteId: idSchema, memberId: idSchema }),
  z.strictObject({
    type: z.literal('vote/close'),
    voteId: idSchema.optional(),
    resolution: textSchema.optional(),
    /** Secret votes: the ballot box's aggregate of phone ballots, set by main (never by a caller). */
    sealed: z
      .record(idSchema, tallyInputSchema)
      .refine((counts) => Object.keys(counts).length <= 60, { message: 'tooManyCounts' })
      .optional(),
  }),
  z.strictObject({
    type: z.literal('vote/void'),
    voteId: idSchema,
    reason: textOf(2000, 1),
  }),
  z.strictObject({ type: z.literal('vote/setResolution'), voteId: idSchema, text: textSchema }),
  /** Names (or corrects) a vote's 计票人 / 监票人 after it was opened; a field left out stays. */
  z.strictObject({
    type: z.literal('vote/setTellers'),
    voteId: idSchema,
    teller: lineSchema.optional(),
    scrutineer: lineSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('action/add'),
    actionId: idSchema,
    voteId: idSchema,
    ...actionFields,
  }),
  z.strictObject({
    type: z.literal('action/update'),
    actionId: idSchema,
    ...z.object(actionFields).partial().shape,
  }),
] as const;
