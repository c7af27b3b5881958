import { z } from 'zod';
import type { StorageFs } from '../storage/fs-layer';
import { readJsonFile, writeJsonFile, type Loaded } from './json-file';

// DATA/hub-link.json: this installation's enrolment at the street office's hub. The token in it
// is the community's password at the hub: the file is 0600 and no channel ever returns it.

export const HUB_LINK_FILE = 'hub-link.json';

export const hubLinkSchema = z.strictObject({
  version: z.literal(1),
  /** The hub's canonical address (address.ts). */
  address: z.string().min(1).max(2000),
  communityId: z.string().min(1).max(80),
  communityName: z.string().max(400),
  /** The bearer token the hub gave at enrolment. */
  token: z.string().min(16).max(400),
  /** ISO 8601. */
  enrolledAt: z.string().max(40),
});
export type HubLink = z.infer<typeof hubLinkSchema>;

/** The link, or null when there is none; a damaged file is set aside and read as no link. */
export function readHubLink(dataDir: string, fs?: StorageFs): Promise<Loaded<HubLink>> {
  return readJsonFile(dataDir, HUB_LINK_FILE, hubLinkSchema, fs);
}

export function writeHubLink(dataDir: string, link: HubLink, fs?: StorageFs): Promise<void> {
  return writeJsonFile(dataDir, HUB_LINK_FILE, hubLinkSchema, link, fs);
}
