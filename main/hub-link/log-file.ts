import { z } from 'zod';
import type { StorageFs } from '../storage/fs-layer';
import { readJsonFile, writeJsonFile } from './json-file';

// DATA/hub-link-log.json: what became of each bundle sent, by the bundle's SHA-256 (a bundle is
// immutable, so its hash names it), and how far the 督办 comments were fetched. Losing it costs
// nothing but a resend (the hub answers `replayed`) and a re-fetch (comments are idempotent).

export const HUB_LINK_LOG_FILE = 'hub-link-log.json';

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const sentBundleSchema = z.strictObject({
  meetingId: z.string().max(80),
  title: z.string().max(400),
  date: z.string().max(40),
  sequence: z.number().int().positive(),
  status: z.enum(['accepted', 'replayed', 'refused', 'failed']),
  /** The hub's refusal, or the transport failure (a hubLink.* code). */
  code: z.string().max(80).nullable(),
  params: paramsSchema,
  /** The hub's own words for a refusal, by locale, when it gave them. */
  message: z.record(z.string(), z.string()).nullable(),
  /** ISO 8601. */
  at: z.string().max(40),
});
export type SentBundle = z.infer<typeof sentBundleSchema>;

export const hubLinkLogSchema = z.strictObject({
  version: z.literal(1),
  /** The hub the log is about: a new enrolment elsewhere starts a new log. */
  address: z.string().max(2000),
  communityId: z.string().max(80),
  bundles: z.record(z.string().regex(/^[0-9a-f]{64}$/), sentBundleSchema),
  /** The last 督办 comment id recorded on the board (the next sync asks for those after it). */
  lastCommentId: z.number().int().nonnegative(),
  lastSyncAt: z.string().max(40).nullable(),
  /** Sequences the hub last said it misses. */
  missing: z.array(z.number().int().positive()).max(10_000),
});
export type HubLinkLog = z.infer<typeof hubLinkLogSchema>;

export const emptyLog = (address: string, communityId: string): HubLinkLog => ({
  version: 1,
  address,
  communityId,
  bundles: {},
  lastCommentId: 0,
  lastSyncAt: null,
  missing: [],
});

/** The log of the hub linked now; a log of another hub (or a damaged one) starts afresh. */
export async function readHubLinkLog(
  dataDir: string,
  address: string,
  communityId: string,
  fs?: StorageFs,
): Promise<HubLinkLog> {
  const { value } = await readJsonFile(dataDir, HUB_LINK_LOG_FILE, hubLinkLogSchema, fs);
  return value?.address === address && value.communityId === communityId
    ? value
    : emptyLog(address, communityId);
}

export function writeHubLinkLog(dataDir: string, log: HubLinkLog, fs?: StorageFs): Promise<void> {
  return writeJsonFile(dataDir, HUB_LINK_LOG_FILE, hubLinkLogSchema, log, fs);
}
