import { z } from 'zod';
import { LOCALES } from '../i18n/types';

// The hub link's channels (报送街道办): the chair links this installation to the street office's
// hub once (address + one-time code), then sends closed meetings' bundles and fetches 督办
// comments. Chair-only. The bearer token the hub gives stays in main: no answer carries it.

/** Every code a hub link failure carries; the words are `followup:hubLink.<name>`. */
export const HUB_LINK_ERROR_CODES = [
  'hubLink.unavailable',
  'hubLink.notLinked',
  'hubLink.badAddress',
  'hubLink.unreachable',
  'hubLink.timeout',
  'hubLink.unauthorized',
  'hubLink.enrolRefused',
  'hubLink.badReply',
  'hubLink.linkDamaged',
  'hubLink.busy',
  'hubLink.notSigning',
] as const;
export type HubLinkErrorCode = (typeof HUB_LINK_ERROR_CODES)[number];

/** The chair's language: refusal reasons come back in it (the hub's words, or ours). */
const withLocale = { locale: z.enum(LOCALES) };

/** What became of one meeting's bundle at the hub. `replayed`: it was there already. */
export const hubSendStatusSchema = z.enum(['accepted', 'replayed', 'refused', 'failed']);
export type HubSendStatus = z.infer<typeof hubSendStatusSchema>;

export const hubSendResultSchema = z.object({
  meetingId: z.string(),
  title: z.string(),
  date: z.string(),
  /** The bundle's place in this installation's chain; null when it could not be made. */
  sequence: z.number().int().positive().nullable(),
  status: hubSendStatusSchema,
  /** Why it was refused or not delivered, in the chair's language; '' otherwise. */
  reason: z.string(),
  /** When it was sent (ISO 8601). */
  at: z.string(),
});
export type HubSendResult = z.infer<typeof hubSendResultSchema>;

export const hubLinkStatusSchema = z.object({
  linked: z.boolean(),
  address: z.string().nullable(),
  communityId: z.string().nullable(),
  communityName: z.string().nullable(),
  enrolledAt: z.string().nullable(),
  /** A damaged link file found and set aside (where it was kept), so the chair enrols again. */
  damaged: z.string().nullable(),
  /** The latest result of each meeting sent, newest first. */
  sends: z.array(hubSendResultSchema),
  /** Sequences the hub reported missing from this installation's chain at the last contact. */
  missing: z.array(z.number().int().positive()),
  lastSyncAt: z.string().nullable(),
});
export type HubLinkStatus = z.infer<typeof hubLinkStatusSchema>;

export const hubSyncResultSchema = z.object({
  /** 督办 comments recorded on the board now. */
  received: z.number().int().nonnegative(),
  /** Comments already on the board (a sync cut off before its acknowledgement). */
  already: z.number().int().nonnegative(),
  /** Comments about items this installation's board does not hold. */
  unmatched: z.array(z.object({ itemKey: z.string(), author: z.string(), body: z.string() })),
  /** Bundles the hub refused, latest first, with the reason in the chair's language. */
  refused: z.array(z.object({ receivedAt: z.string(), reason: z.string() })),
  missing: z.array(z.number().int().positive()),
});
export type HubSyncResult = z.infer<typeof hubSyncResultSchema>;

export const hubLinkRequests = {
  status: z.object(withLocale).strict(),
  enrol: z
    .object({ ...withLocale, address: z.string().max(2000), code: z.string().max(100) })
    .strict(),
  send: z.object(withLocale).strict(),
  sync: z.object(withLocale).strict(),
};
