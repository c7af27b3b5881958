import type { FollowupDispatchResult, FollowupState } from '../../shared/followup';
import type { BundleSource } from '../bundle';
import type { SigningIdentity } from '../signing';
import type { StorageFs } from '../storage/fs-layer';

/** A closed meeting the link sends, as the meeting list shows it. */
export type SendableMeeting = Readonly<{ meetingId: string; title: string; date: string }>;

/** What the hub link needs from the installation; injected, so it tests without Electron. */
export type HubLinkDeps = Readonly<{
  dataDir: string;
  /** The installation's signing identity: its certificate is what the hub enrols. */
  identity(): Promise<SigningIdentity>;
  /** Closed meetings, the ones with a bundle to send. */
  closedMeetings(): Promise<readonly SendableMeeting[]>;
  /** Where writeBundle reads a meeting, its PDFs and the registry's rows from. */
  bundleSource: BundleSource;
  /** The follow-up registry 督办 comments are recorded in. */
  followup: Readonly<{
    state(): FollowupState;
    dispatch(command: unknown): Promise<FollowupDispatchResult>;
  }>;
  /** Epoch ms. */
  clock(): number;
  fs?: StorageFs;
  /** Per-call timeout of the HTTP client (tests); default the client's. */
  timeoutMs?: number;
}>;
