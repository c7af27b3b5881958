import type { MeetingRepository } from './repository';
import { memoryRepository } from './repository';

/** TEMPORARY until main/storage lands: replaced by the crash-safe store. */
export function openRepository(_dataDir: string): Promise<MeetingRepository> {
  return Promise.resolve(memoryRepository());
}
