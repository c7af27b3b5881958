import { ok, type Result } from '../domain/result';
import type { MeetingState } from '../domain/state/types';
import type { FollowupCommandInput } from './commands';
import { fail } from './errors';
import type { SatisfactionCounts } from './fields';
import { itemKey, type FollowupState } from './state';

type ImportInput = Extract<FollowupCommandInput, { type: 'actionItem/import' }>;

/**
 * The import commands for a meeting's action items (民事民办) that the registry does not hold
 * yet, in the meeting's order. Items the meeting itself cancelled are left out: they were never
 * to be carried out. Re-running after an import adds nothing, so "import" can be pressed twice.
 */
export function actionImports(registry: FollowupState, meeting: MeetingState): ImportInput[] {
  const info = meeting.meeting;
  if (info === null) return [];
  const inputs: ImportInput[] = [];
  for (const actionId of meeting.actionOrder) {
    const action = meeting.actions[actionId];
    if (!action || action.status === 'cancelled') continue;
    if (registry.items[itemKey(meeting.meetingId, actionId)]) continue;
    const vote = meeting.votes[action.voteId];
    inputs.push({
      type: 'actionItem/import',
      meetingId: meeting.meetingId,
      actionId,
      voteId: action.voteId,
      itemId: vote?.itemId ?? '',
      meetingTitle: info.title,
      meetingDate: info.date,
      title: action.title,
      resolution: vote?.resolution ?? '',
      owner: action.owner,
      budgetPlanned: action.budget,
      deadline: action.deadline,
      timeZone: info.timeZone,
    });
  }
  return inputs;
}

/** What `actionItem/evaluate` links: the evaluating meeting, its vote and the answers. */
export type EvaluationLink = Readonly<{
  meetingId: string;
  voteId: string;
  meetingTitle: string;
  meetingDate: string;
  counts: SatisfactionCounts;
}>;

/**
 * Reads a satisfaction vote (民事民评) of a meeting as an evaluation to link to an action item.
 * Only a closed, valid evaluation counts: an open one may still change, and one that missed its
 * quorum or had invalid counts evaluated nothing.
 */
export function evaluationFrom(meeting: MeetingState, voteId: string): Result<EvaluationLink> {
  const vote = meeting.votes[voteId];
  if (!vote || meeting.meeting === null)
    return fail('evaluation.unknownVote', { meetingId: meeting.meetingId, voteId });
  if (vote.method !== 'satisfaction') return fail('evaluation.notSatisfaction', { voteId });
  if (vote.status !== 'closed' || vote.outcome === null)
    return fail('evaluation.notClosed', { voteId });
  if (vote.outcome.result !== 'evaluated')
    return fail('evaluation.invalid', { meetingId: meeting.meetingId, voteId });
  const heads = (key: string): number => vote.outcome?.counts[key]?.heads ?? 0;
  return ok({
    meetingId: meeting.meetingId,
    voteId,
    meetingTitle: meeting.meeting.title,
    meetingDate: meeting.meeting.date,
    counts: {
      satisfied: heads('satisfied'),
      basicallySatisfied: heads('basicallySatisfied'),
      dissatisfied: heads('dissatisfied'),
    },
  });
}
