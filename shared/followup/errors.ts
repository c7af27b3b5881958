import { coded, KERNEL_ERROR_CODES } from '../kernel/result';

/**
 * Every code a follow-up rejection can carry. Each is a key of the 'followup' catalogue namespace
 * in all three locales (tests check), and `fail` only accepts these, so a typo does not compile.
 * The 'command.*' codes mean the same as the meeting core's.
 */
export const FOLLOWUP_ERROR_CODES = [
  ...KERNEL_ERROR_CODES,
  'topic.unknown',
  'topic.duplicateId',
  'topic.closed',
  'topic.notTriaged',
  'topic.alreadyOnAgenda',
  'topic.neverScheduled',
  'topic.reasonRequired',
  'actionItem.unknown',
  'actionItem.duplicate',
  'actionItem.unknownTopic',
  'actionItem.notPlanned',
  'actionItem.notStarted',
  'actionItem.finished',
  'actionItem.beforeStart',
  'actionItem.notDone',
  'evaluation.sameMeeting',
  'evaluation.beforeDone',
  'evaluation.duplicate',
  'evaluation.unknownVote',
  'evaluation.notSatisfaction',
  'evaluation.notClosed',
  'evaluation.invalid',
  'supervision.duplicate',
] as const;

export type FollowupErrorCode = (typeof FOLLOWUP_ERROR_CODES)[number];

/**
 * `fail` builds a follow-up rejection, `followupError` the error alone (same shape as the meeting
 * core's, so carriers need nothing new); both take only the follow-up codes.
 */
export const { fail, problem: followupError } = coded<FollowupErrorCode>();
