import { z } from 'zod';
import { lazyTable } from '../lazy';
import { idSchema } from '../domain/commands/fields';
import { chairFollowupCommandInputSchema } from './commands';
import { meetingRefSchema } from './fields';
import type { Board, BoardMeeting } from './board';
import type { FollowupState } from './state';
import { itemStatusSchema } from './vocabulary';

// The request and response schemas of the follow-up channels (all chair-only). They live next to
// the registry they describe; shared/api/contract.ts puts them into the one channel table, so the
// handlers in main/followup/handlers.ts parse exactly what the carriers send.

const dayRegex = /^\d{4}-\d{2}-\d{2}$/;

/** The board's filter as the window sends it. */
export const boardFilterSchema = z
  .object({
    meetingId: meetingRefSchema.optional(),
    owner: z.string().max(200).optional(),
    status: z.union([itemStatusSchema, z.array(itemStatusSchema).max(4)]).optional(),
    overdueOnly: z.boolean().optional(),
  })
  .strict();

export const followupRequests = lazyTable({
  /** The whole registry: topics and tracked items (the board window mirrors it). */
  'followup/state': () => z.object({}).strict(),
  /** Board rows and filter choices; `today` defaults to each item's date in its meeting's zone. */
  'followup/board': () =>
    z.object({ filter: boardFilterSchema, today: z.string().regex(dayRegex).optional() }).strict(),
  /** Any follow-up command the chair may give (not a 督办 receipt); the backend stamps `at`. */
  'followup/dispatch': () => z.object({ command: chairFollowupCommandInputSchema }).strict(),
  /** Imports a meeting's action items not yet on the board. */
  'followup/importMeeting': () => z.object({ meetingId: meetingRefSchema }).strict(),
  /**
   * 民提 → 民议 in one action: adds the topic as an agenda item of a draft or open meeting
   * (agenda/addItem, urgent when the meeting is open) and records it on the topic.
   */
  'followup/putOnAgenda': () =>
    z
      .object({ topicId: idSchema, meetingId: meetingRefSchema, itemId: idSchema.optional() })
      .strict(),
  /** Links a closed satisfaction vote of a later meeting to a done action item. */
  'followup/evaluate': () =>
    z
      .object({
        meetingId: meetingRefSchema,
        actionId: idSchema,
        evaluationMeetingId: meetingRefSchema,
        voteId: idSchema,
      })
      .strict(),
  /** The closed satisfaction votes of a meeting, to choose one for an evaluation (no side effects). */
  'followup/satisfactionVotes': () => z.object({ meetingId: meetingRefSchema }).strict(),
  /** The implementation-result notice PDF of a done action item, signed. */
  'followup/exportNotice': () =>
    z
      .object({
        meetingId: meetingRefSchema,
        actionId: idSchema,
        locale: z.enum(['zh-CN', 'zh-TW', 'en']),
        postedOn: z.string().regex(dayRegex).optional(),
      })
      .strict(),
});

/** A change's answer: the registry's version and whether it is on disk yet. */
const savedSchema = z.object({ version: z.number().int().nonnegative(), saved: z.boolean() });

/**
 * Main sends states and boards it produced itself: typed, not re-parsed (as the contract does
 * for the meeting state), since the registry can hold thousands of items.
 */
const trusted = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null);

export const followupResponses = lazyTable({
  'followup/state': () => trusted<FollowupState>(),
  'followup/board': () =>
    z.object({
      board: trusted<Board>(),
      meetings: z.array(trusted<BoardMeeting>()),
      owners: z.array(z.string()),
    }),
  'followup/dispatch': () => savedSchema,
  'followup/importMeeting': () => savedSchema.extend({ imported: z.number().int().nonnegative() }),
  'followup/putOnAgenda': () => savedSchema.extend({ itemId: z.string() }),
  'followup/evaluate': () => savedSchema,
  'followup/satisfactionVotes': () =>
    z.array(z.object({ voteId: z.string(), question: z.string(), evaluable: z.boolean() })),
  'followup/exportNotice': () => z.object({ fileName: z.string(), base64: z.string() }),
});

// Both tables are built channel by channel on first use (shared/lazy.ts).
export type FollowupRequestChannel = keyof typeof followupRequests;
export type FollowupRequestOf<C extends FollowupRequestChannel> = z.output<
  (typeof followupRequests)[C]
>;
export type FollowupResponseOf<C extends FollowupRequestChannel> = z.infer<
  (typeof followupResponses)[C]
>;
