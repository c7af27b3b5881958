// The meeting core's public surface: event-sourced, pure, no clock and no randomness.
// Commands are validated by `decide` into events; `apply` folds events into state.
export type { DomainError, Result } from './result';
export { ok, fail } from './result';
export * from './vocabulary';
export type * from './state/types';
export type { Tally } from './rules';
export { emptyState } from './state/empty';
export {
  commandSchema,
  commandInputSchema,
  commandInputOptions,
  COMMAND_TYPES,
  type Command,
  type CommandInput,
  type CommandType,
  type CommandOf,
} from './commands';
export { MAX_IMPORT_MEMBERS } from './commands/roster';
export { MAX_SUMMARY_CHARS } from './commands/queue';
export { cleanLine, cleanText, hasControlCharacter } from './commands/text';
export { eventSchema, EVENT_TYPES, type MeetingEvent, type EventType, type EventOf } from './event';
export { decide, type Decision } from './decide';
export { apply } from './apply';
export { commandIssueError, dispatch, replay, resume, type DispatchResult } from './dispatch';
export { FINAL_EVENTS, MEMBERS_OWN_EVENTS } from './history/undo';
export {
  DEFAULT_PRESET,
  DEFAULT_REQUIRED,
  DEFAULT_QUEUE_POLICY,
  MAX_SPEECH_LIMIT_SEC,
  UNDO_DEPTH,
} from './defaults';
export {
  currentSpeech,
  elapsedMs,
  durationMs,
  remainingMs,
  overrunMs,
  isPaused,
} from './selectors/speech';
export {
  countdownView,
  WARN_MS,
  type CountdownPhase,
  type CountdownView,
} from './selectors/countdown';
export {
  attendanceSummary,
  composition,
  votingMembers,
  presentMembers,
  tallyOf,
  type AttendanceSummary,
  type Composition,
} from './selectors/attendance';
export {
  projectorViewSchema,
  type ProjectorView,
  type ProjectorSpeech,
  type ProjectorVote,
} from './projector/schema';
export { toProjectorView } from './projector/view';
export { participantSelfSchema, type ParticipantSelf } from './projector/participant';
export { participantSelf } from './selectors/participant';
export {
  meetingScriptSchema,
  scriptCommandSchema,
  SCRIPT_FORMAT,
  SCRIPT_VERSION,
  type MeetingScript,
} from './script/schema';
export { runScript, scriptTime, type ScriptResult } from './script/run';
export {
  voiceShares,
  itemActualMs,
  spokenMs,
  allSpeeches,
  VOICE_GROUP,
  VOICE_GROUPS,
  type VoiceShares,
  type VoiceGroup,
  type Share,
} from './selectors/stats';
export { ERROR_CODES, type ErrorCode } from './errors';
export {
  summarize,
  type MeetingSummaryData,
  type VoteSummary,
  type SpeechSummary,
} from './selectors/summary';
export { countKeys } from './decide/vote';
export { nextInQueue, insertionPosition } from './decide/queue';
export {
  meetingScriptJsonSchema,
  meetingScriptJsonSchemaText,
  SCRIPT_SCHEMA_PATH,
} from './script/json-schema';
export { invalidReasonWords, voteInWords, type VoteWords } from './selectors/words';
export {
  liveCounts,
  enteredCounts,
  deviceCounts,
  deviceVotedCount,
  sumCounts,
  countsTotal,
} from './selectors/vote';
export { meetingClock, meetingTimeZone, meetingToday } from './selectors/clock';
export { itemRecord, nextItemId, type ItemRecord } from './selectors/agenda';
