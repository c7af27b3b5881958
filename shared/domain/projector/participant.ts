import { z } from 'zod';
import { lazySchema } from '../../lazy';
import { idSchema } from '../commands/fields';
import { roleSchema, stanceSchema, viaSchema, voteMethodSchema } from '../vocabulary';

function buildParticipantSelf() {
  return z.object({
    memberId: idSchema,
    name: z.string(),
    role: roleSchema,
    meetingStatus: z.enum(['draft', 'open', 'closed']),
    signedIn: z.boolean(),
    /** How the current sign-in was made; null when not signed in. */
    signedInVia: viaSchema.nullable(),
    /**
     * The member's own request to speak on the item on the floor: 1-based place in the queue,
     * or null while they hold the floor. Null when they neither wait nor speak.
     */
    queue: z
      .object({
        itemId: idSchema,
        position: z.number().int().min(1).nullable(),
        stance: stanceSchema,
        pointOfOrder: z.boolean(),
      })
      .nullable(),
    /** The open vote as this member sees it; null when none is open. */
    vote: z
      .object({
        voteId: idSchema,
        method: voteMethodSchema,
        question: z.string(),
        secret: z.boolean(),
        /** Count keys in order; label is the option's for a choice, '' for fixed keys (i18n). */
        choices: z.array(z.object({ key: z.string(), label: z.string() })),
        /** The member's own current choice; always null for a secret vote. */
        myChoice: z.string().nullable(),
        voted: z.boolean(),
        canVote: z.boolean(),
      })
      .nullable(),
  });
}

/**
 * What one member's phone is told about themself (pushed as 'participant/self'). Only their own
 * status and choice: no notes, no phone numbers, no other member's choice, no secret choice.
 */
export const participantSelfSchema = lazySchema(buildParticipantSelf);

export type ParticipantSelf = z.infer<ReturnType<typeof buildParticipantSelf>>;
