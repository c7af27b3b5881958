import { openRepository } from '../backend/storage-repository';
import { openFollowupRepository } from '../followup/repository';
import type { SigningIdentity } from '../signing/keyring';
import type { BundleSource } from './write';

/**
 * A bundle source over a data folder no process has open (the CLI): the meeting store and the
 * follow-up registry are each opened for the one read and closed again, which also takes their
 * locks, so a running app's folder is refused as every other command refuses it.
 */
export function folderSource(
  dataDir: string,
  identity: () => Promise<SigningIdentity>,
  now?: () => Date,
): BundleSource {
  return {
    dataDir,
    identity,
    ...(now ? { now } : {}),
    async events(meetingId) {
      if (!/^[\w.-]{1,80}$/.test(meetingId)) return null;
      const repository = await openRepository(dataDir);
      try {
        return (await repository.load(meetingId))?.events ?? null;
      } finally {
        await repository.close();
      }
    },
    async followup() {
      const registry = await openFollowupRepository(dataDir);
      try {
        return registry.state();
      } finally {
        await registry.close();
      }
    },
  };
}
