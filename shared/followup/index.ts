// Follow-through across meetings (民事民提, 民事民办, 民事民评): the registry of raised topics and
// tracked action items, event-sourced and pure like the meeting core (no clock, no randomness).
export * from './vocabulary';
export { FOLLOWUP_ERROR_CODES, type FollowupErrorCode } from './errors';
export { meetingRefSchema, satisfactionCountsSchema, type SatisfactionCounts } from './fields';
export {
  followupCommandSchema,
  followupCommandInputSchema,
  chairFollowupCommandInputSchema,
  type ChairFollowupCommandInput,
  followupCommandInputOptions,
  FOLLOWUP_COMMAND_TYPES,
  type FollowupCommand,
  type FollowupCommandInput,
  type FollowupCommandType,
  type FollowupCommandOf,
} from './commands';
export {
  followupEventSchema,
  FOLLOWUP_EVENT_TYPES,
  type FollowupEvent,
  type FollowupEventType,
  type FollowupEventOf,
} from './events';
export {
  emptyFollowup,
  itemKey,
  type FollowupState,
  type Topic,
  type TopicMeeting,
  type TrackedItem,
  type ProgressNote,
  type Evaluation,
  type SupervisionComment,
} from './state';
export { decideFollowup } from './decide';
export type { FollowupDecision } from './emit';
export { applyFollowup, foldFollowup } from './apply';
export { dispatchFollowup, replayFollowup, type FollowupDispatchResult } from './dispatch';
export { satisfactionRate } from './rate';
export {
  board,
  boardFacets,
  isOverdue,
  latestEvaluation,
  latestSupervision,
  type Board,
  type BoardFilter,
  type BoardRow,
  type BoardMeeting,
} from './board';
export { actionImports, evaluationFrom, type EvaluationLink } from './from-meeting';
export { buildImplementationNotice, type ImplementationNoticeOptions } from './notice';
export { topicList, topicHistory, type TopicFilter, type TopicHistory } from './topics';
