import type { DomainError, Result } from '../domain/result';

/**
 * Every code a follow-up rejection can carry. Each is a key of the 'followup' catalogue namespace
 * in all three locales (tests check), and `fail` only accepts these, so a typo does not compile.
 * The 'command.*' codes mean the same as the meeting core's.
 */
export const FOLLOWUP_ERROR_CODES = [
  'command.malformed',
  'command.failed',
  'command.timeWentBack',
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
] as const;

export type FollowupErrorCode = (typeof FOLLOWUP_ERROR_CODES)[number];

/** Builds a follow-up rejection (same shape as the meeting core's, so carriers need nothing new). */
export function fail(
  code: FollowupErrorCode,
  params: Record<string, string | number> = {},
): Result<never> {
  return { ok: false, error: { code, params } };
}

/** The error alone, for places that return `DomainError` directly. */
export function followupError(
  code: FollowupErrorCode,
  params: Record<string, string | number> = {},
): DomainError {
  return { code, params };
}
