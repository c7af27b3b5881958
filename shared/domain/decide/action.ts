import type { CommandOf } from '../commands';
import { fail } from '../result';
import type { MeetingState } from '../state/types';
import { emit, meetingIn, type Decision } from './context';
import { passedVote } from './vote';

/** 民事民办: a task carrying out a passed resolution; allowed after the meeting too. */
export function addAction(state: MeetingState, c: CommandOf<'action/add'>): Decision {
  const meeting = meetingIn(state, ['open', 'closed']);
  if (!meeting.ok) return meeting;
  if (state.actions[c.actionId]) return fail('action.duplicateId', { actionId: c.actionId });
  const vote = passedVote(state, c.voteId);
  if (!vote.ok) return vote;
  return emit(state, c, 'action/added', {
    actionId: c.actionId,
    voteId: c.voteId,
    details: {
      title: c.title,
      owner: c.owner ?? '',
      budget: c.budget ?? 0,
      deadline: c.deadline ?? '',
      status: c.status ?? 'planned',
      note: c.note ?? '',
    },
  });
}

/** Updates an action item's owner, budget, deadline, status or note. */
export function updateAction(state: MeetingState, c: CommandOf<'action/update'>): Decision {
  const meeting = meetingIn(state, ['open', 'closed']);
  if (!meeting.ok) return meeting;
  if (!state.actions[c.actionId]) return fail('action.unknown', { actionId: c.actionId });
  const { type: _t, at: _a, actionId, ...changes } = c;
  return emit(state, c, 'action/updated', { actionId, changes });
}
