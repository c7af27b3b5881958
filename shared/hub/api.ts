// The dashboard's HTTP API as schemas: the hub parses every query and body with these before any
// SQL sees it, and the page reads replies through the same types, so the two cannot drift.
import { z } from 'zod';
import { isMonth } from './months';
import { MAX_QUERY_LENGTH } from './search';

/** The office's short id of a community (also the design's `communities.id`). */
export const communityIdSchema = z.string().regex(/^[a-z0-9-]{2,40}$/);
const monthSchema = z.string().refine(isMonth);
const text = (max: number) =>
  z
    .string()
    .max(max * 2)
    // Control characters never belong in a name or a comment (and NUL cannot be stored).
    .transform((value) => value.replace(/\p{Cc}/gu, ' ').trim())
    .pipe(z.string().min(1).max(max));

/** Filters of the dashboard's pages, as query parameters; each route reads the ones it uses. */
export const filtersSchema = z.strictObject({
  community: communityIdSchema.optional(),
  /** Overview range, months included. */
  from: monthSchema.optional(),
  to: monthSchema.optional(),
  /** Meetings and ledger: the month the meeting was held in. */
  month: monthSchema.optional(),
  /** Full-text search over titles and resolutions. */
  q: z.string().max(MAX_QUERY_LENGTH).optional(),
  /** Words of the reply (refusal reasons, ledger headings). */
  lang: z.enum(['zh-CN', 'zh-TW', 'en']).optional(),
});
export type Filters = z.infer<typeof filtersSchema>;

const gapSchema = z.strictObject({ from: z.number().int(), to: z.number().int() });
export type ChainGap = z.infer<typeof gapSchema>;

export const communityOverviewSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  enrolled: z.boolean(),
  /** Meetings held in each month of the reply's `months`, same order. */
  meetingsPerMonth: z.array(z.number().int()),
  meetings: z.number().int(),
  /** Passed votes of the meetings held in the range. */
  decisions: z.number().int(),
  /** Action items past their deadline today (in the item's zone) and not done or dropped. */
  overdue: z.number().int(),
  /** (满意 + 基本满意) ÷ all answers of the range's evaluations, per mille; null: no answers. */
  satisfactionPermille: z.number().int().nullable(),
  answers: z.number().int(),
  /** Sequences missing from the community's chain (bundles deleted or never sent). */
  gaps: z.array(gapSchema),
  lastSequence: z.number().int(),
  /** Bundles of this community refused and kept in quarantine. */
  refused: z.number().int(),
});
export type CommunityOverview = z.infer<typeof communityOverviewSchema>;

export const overviewReplySchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  months: z.array(z.string()),
  communities: z.array(communityOverviewSchema),
  /** Refused bundles whose sender is unknown (not counted under any community). */
  refusedUnknown: z.number().int(),
});
export type OverviewReply = z.infer<typeof overviewReplySchema>;

export const meetingRowSchema = z.strictObject({
  communityId: z.string(),
  communityName: z.string(),
  meetingId: z.string(),
  title: z.string(),
  heldOn: z.string().nullable(),
  timeZone: z.string(),
  status: z.string().nullable(),
  decisions: z.number().int(),
  actionItems: z.number().int(),
});
export type MeetingRow = z.infer<typeof meetingRowSchema>;

export const meetingsReplySchema = z.strictObject({
  meetings: z.array(meetingRowSchema),
  /** All matching meetings; `meetings` holds the first `limit`. */
  total: z.number().int(),
  limit: z.number().int(),
});
export type MeetingsReply = z.infer<typeof meetingsReplySchema>;

export const commentSchema = z.strictObject({
  id: z.number().int(),
  author: z.string(),
  body: z.string(),
  createdAt: z.string(),
  delivered: z.boolean(),
});
export type SupervisionComment = z.infer<typeof commentSchema>;

export const overdueItemSchema = z.strictObject({
  communityId: z.string(),
  communityName: z.string(),
  key: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  title: z.string(),
  owner: z.string(),
  deadline: z.string(),
  status: z.string(),
  /** Whole days since the deadline, counted on the item's own calendar. */
  daysOverdue: z.number().int(),
  comments: z.array(commentSchema),
});
export type OverdueItem = z.infer<typeof overdueItemSchema>;
export const overdueReplySchema = z.strictObject({ items: z.array(overdueItemSchema) });
export type OverdueReply = z.infer<typeof overdueReplySchema>;

export const MAX_COMMENT_LENGTH = 1000;
export const commentRequestSchema = z.strictObject({
  communityId: communityIdSchema,
  itemKey: z.string().min(3).max(200),
  body: text(MAX_COMMENT_LENGTH),
});
export type CommentRequest = z.infer<typeof commentRequestSchema>;
export const commentReplySchema = z.strictObject({ comment: commentSchema });
export type CommentReply = z.infer<typeof commentReplySchema>;

export const quarantineRowSchema = z.strictObject({
  id: z.number().int(),
  communityId: z.string().nullable(),
  communityName: z.string().nullable(),
  receivedAt: z.string(),
  via: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  code: z.string(),
  /** The reason in the caller's language. */
  message: z.string(),
});
export type QuarantineRow = z.infer<typeof quarantineRowSchema>;
export const quarantineReplySchema = z.strictObject({
  items: z.array(quarantineRowSchema),
  total: z.number().int(),
});
export type QuarantineReply = z.infer<typeof quarantineReplySchema>;

export const addCommunityRequestSchema = z.strictObject({
  id: communityIdSchema,
  name: text(80),
});
export type AddCommunityRequest = z.infer<typeof addCommunityRequestSchema>;
export const addCommunityReplySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** The one-time enrolment code: shown once, stored only hashed. */
  code: z.string(),
});
export type AddCommunityReply = z.infer<typeof addCommunityReplySchema>;

/** Refusals of the dashboard's routes; the page words them from its catalogue. */
export const DASH_ERRORS = [
  'badRequest',
  'unknownItem',
  'communityExists',
  'notFound',
  'server',
] as const;
export type DashError = (typeof DASH_ERRORS)[number];
export const dashErrorSchema = z.strictObject({
  error: z.enum(DASH_ERRORS),
  /** The query parameter or field that was refused, for badRequest. */
  field: z.string().optional(),
});
export type DashErrorReply = z.infer<typeof dashErrorSchema>;
