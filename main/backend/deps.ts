import type { FollowupRepository } from '../followup/repository';
import type { DocumentExporter } from './documents';
import type { LanControl } from './lan-control';
import type { ProjectorWindowControl } from './projector-window-control';
import type { MeetingRepository } from './repository';
import type { SeedCatalogue } from './seeds';
import type { SettingsService } from '../settings/issuing-body-file';
import type { SigningService } from './signing';
import type { RoomStore } from '../room/room-store';

/** What the backend is built from: storage, the clock and ids, and the optional services. */
export type BackendDeps = Readonly<{
  repository: MeetingRepository;
  seeds: SeedCatalogue;
  clock: () => number;
  newId: () => string;
  lan?: LanControl;
  /** Signed PDFs; absent where no data folder is at hand (tests of the layers above). */
  documents?: DocumentExporter;
  signing?: SigningService;
  /** The issuing body's settings beside the data; absent: refused (tests of other layers). */
  settings?: SettingsService;
  /** The follow-up registry across meetings, and the data folder its notices are signed with. */
  followup?: Readonly<{ repo: FollowupRepository; dataDir: string }>;
  /** True the first time a data folder is used (see first-run.ts); absent: never a first run. */
  firstRun?: () => Promise<boolean>;
  /** Where the room's codes and ballot boxes are kept (rooms/ in the data folder); absent: memory. */
  rooms?: RoomStore;
  /** The desktop app's projector window; absent in the browser version. */
  projectorWindow?: ProjectorWindowControl;
}>;
