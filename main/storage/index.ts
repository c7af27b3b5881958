/**
 * Local storage that never loses a meeting: one lowdb document per meeting plus an fsync'd
 * append-only journal, a restore gate on every load, quarantine and rolling backups, disk-error
 * retries, and archives. The backend API (shared by the Electron IPC and WebSocket carriers)
 * is the only user of this module; nothing else touches the data folder.
 */
export { openStore, type MeetingStore } from './store';
export type { StoreOptions } from './context';
export { MeetingSession, type AppendAck } from './session';
export {
  meetingIdSchema,
  meetingSummarySchema,
  notice,
  type MeetingCodec,
  type MeetingId,
  type MeetingSummary,
  type Notice,
  type NoticeCode,
} from './types';
export { StorageError, diskProblem, type DiskProblem } from './errors';
export type { StorageHealth, RetryPolicy } from './health';
export type { ExportResult, ImportOptions, ImportResult } from './archive';
export type { MeetingInspection } from './meeting-loader';
export { inspectMeeting } from './meeting-loader';
export { restoreMeeting, type Restore, type RestoredMeeting } from './restore';
export { safeJsonParse, DOCUMENT_LIMITS, LINE_LIMITS, type JsonLimits } from './safe-json';
export { MEETING_SCHEMA_VERSION, INDEX_SCHEMA_VERSION } from './schema';
export { nodeFs, type StorageFs } from './fs-layer';
export { layoutOf, type Layout } from './layout';
export { defaultDataDir, resolveDataDir, DATA_DIR_ENV, APP_NAME } from './data-dir';
export { describeNotice, noticeKey } from './messages';
