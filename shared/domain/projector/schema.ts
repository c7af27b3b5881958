import { z } from 'zod';
import { lazySchema } from '../../lazy';
import { idSchema, tallySchema, timeSchema } from '../commands/fields';
import { conditionCheckSchema } from '../event/parts';
import {
  ballotSchema,
  bodyKindSchema,
  categorySchema,
  stageSchema,
  stanceSchema,
  triageSchema,
  voteMethodSchema,
} from '../vocabulary';

function buildProjectorView() {
  const localized = z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() });
  const interval = z.object({ from: timeSchema, to: timeSchema.nullable() });

  const speechView = z.object({
    speechId: idSchema,
    itemId: idSchema,
    memberId: idSchema,
    name: z.string(),
    category: categorySchema,
    stance: stanceSchema,
    pointOfOrder: z.boolean(),
    startedAt: timeSchema,
    endedAt: timeSchema.nullable(),
    pauses: z.array(interval),
    limitMs: z.number().int().min(0),
  });

  const voteView = z.object({
    voteId: idSchema,
    itemId: idSchema,
    method: voteMethodSchema,
    question: z.string(),
    status: z.enum(['open', 'closed', 'voided']),
    presetId: z.string(),
    presetName: localized,
    options: z.array(z.object({ optionId: idSchema, label: z.string() })),
    /**
     * What the chair entered by key (hands, paper, or roll-call ballots the chair recorded); the
     * phones' part is in `device`, and the total on screen is their sum.
     */
    counts: z.record(z.string(), tallySchema).nullable(),
    /**
     * Ballots cast on phones: how many voted, and their counts by key (null for a secret vote
     * while it is open: only how many, never what; after close the ballot box's aggregate).
     */
    device: z.object({
      voted: z.number().int().min(0),
      counts: z.record(z.string(), tallySchema).nullable(),
    }),
    /** Roll call: how many ballots are in so far, never whose. */
    ballotsCast: z.number().int(),
    /** Roll call names, only after close and only where the preset makes them public. */
    names: z.array(z.object({ name: z.string(), ballot: ballotSchema })).nullable(),
    outcome: z
      .object({
        result: z.enum(['passed', 'failed', 'invalid', 'evaluated']),
        invalidReason: z.string().nullable(),
        members: tallySchema,
        present: tallySchema,
        counts: z.record(z.string(), tallySchema),
        quorum: z.array(conditionCheckSchema),
        pass: z.array(conditionCheckSchema),
        winner: z.string().nullable(),
        tie: z.boolean(),
        satisfactionPermille: z.number().int().nullable(),
      })
      .nullable(),
    resolution: z.string(),
    voidReason: z.string(),
    /** The rule in words and the heads threshold, so the room sees what the bars must reach. */
    rule: z.object({
      text: localized,
      needed: z.number().int().nullable(),
      scale: z.number().int(),
    }),
  });

  return z.object({
    meetingId: z.string(),
    version: z.number().int(),
    meeting: z
      .object({
        title: z.string(),
        bodyKind: bodyKindSchema,
        customBodyKind: z.string(),
        date: z.string(),
        /** The meeting's IANA zone: the projector's clock shows the room's time (shared/time). */
        timeZone: z.string(),
        place: z.string(),
        chair: z.string(),
        recorder: z.string(),
        status: z.enum(['draft', 'open', 'closed']),
        presetId: z.string(),
        presetName: localized,
      })
      .nullable(),
    attendance: z.object({
      expected: z.number().int(),
      present: z.number().int(),
      excused: z.number().int(),
      absent: z.number().int(),
      observersPresent: z.number().int(),
      quorumMet: z.boolean().nullable(),
    }),
    composition: z.object({ required: z.array(categorySchema), missing: z.array(categorySchema) }),
    agenda: z.array(
      z.object({
        itemId: idSchema,
        title: z.string(),
        description: z.string(),
        triage: triageSchema,
        stage: stageSchema,
        presenter: z.string(),
        plannedMin: z.number().int(),
        urgent: z.boolean(),
        status: z.enum(['pending', 'open', 'deferred', 'closed']),
        intervals: z.array(interval),
      }),
    ),
    currentItemId: idSchema.nullable(),
    /** Everyone waiting to speak on the current item; `queue` names only the first few. */
    queueLength: z.number().int(),
    queue: z.array(
      z.object({
        memberId: idSchema,
        name: z.string(),
        category: categorySchema,
        stance: stanceSchema,
        pointOfOrder: z.boolean(),
      }),
    ),
    speech: speechView.nullable(),
    votes: z.array(voteView),
    display: z.object({ text: z.string(), at: timeSchema }).nullable(),
  });
}

/**
 * What the room may see: the projector window and the LAN page get only this. No chair notes,
 * no household or area data, no individual secret ballots, roll-call names only after close
 * and only if the preset makes them public. Timers are computed by the viewer from the
 * recorded times and its own clock (remainingMs).
 *
 * Built on first use (shared/lazy.ts): the console's first screen imports it but never parses
 * a view, and its hundred-odd parts cost that screen several milliseconds.
 */
export const projectorViewSchema = lazySchema(buildProjectorView);

export type ProjectorView = z.infer<ReturnType<typeof buildProjectorView>>;
export type ProjectorSpeech = NonNullable<ProjectorView['speech']>;
export type ProjectorVote = ProjectorView['votes'][number];
