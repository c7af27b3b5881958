import { ok, type Result } from '../domain/result';
import type { FollowupCommandOf } from './commands';
import { fail } from './errors';
import { emit, type FollowupDecision } from './emit';
import type { FollowupState, Topic } from './state';

/** The topic if it exists and is still open (not decided or dropped). */
function openTopic(state: FollowupState, topicId: string): Result<Topic> {
  const topic = state.topics[topicId];
  if (!topic) return fail('topic.unknown', { topicId });
  if (topic.status === 'decided' || topic.status === 'dropped')
    return fail('topic.closed', { topicId, status: topic.status });
  return ok(topic);
}

/** 民事民提: records a matter raised by a resident, with its channel and date. */
export function raiseTopic(
  s: FollowupState,
  c: FollowupCommandOf<'topic/raise'>,
): FollowupDecision {
  if (s.topics[c.topicId]) return fail('topic.duplicateId', { topicId: c.topicId });
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'topic/raised', payload);
}

/** Classifies a topic (大事/小事/微事); may be corrected until it is settled. */
export function triageTopic(
  s: FollowupState,
  c: FollowupCommandOf<'topic/triage'>,
): FollowupDecision {
  const topic = openTopic(s, c.topicId);
  if (!topic.ok) return topic;
  return emit(s, c, 'topic/triaged', { topicId: c.topicId, triage: c.triage });
}

/** Records where a triaged topic was sent; routing follows the triage class, so it comes first. */
export function routeTopic(
  s: FollowupState,
  c: FollowupCommandOf<'topic/route'>,
): FollowupDecision {
  const topic = openTopic(s, c.topicId);
  if (!topic.ok) return topic;
  if (topic.value.triage === null) return fail('topic.notTriaged', { topicId: c.topicId });
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'topic/routed', payload);
}

/**
 * Puts a topic on a meeting's agenda: records the meeting and the agenda item it became there.
 * An agenda item needs a triage class, so the topic must be triaged. A topic may go through
 * several meetings (deferred, then taken up again), but only once through the same meeting.
 */
export function scheduleTopic(
  s: FollowupState,
  c: FollowupCommandOf<'topic/schedule'>,
): FollowupDecision {
  const topic = openTopic(s, c.topicId);
  if (!topic.ok) return topic;
  if (topic.value.triage === null) return fail('topic.notTriaged', { topicId: c.topicId });
  if (topic.value.meetings.some((m) => m.meetingId === c.meetingId))
    return fail('topic.alreadyOnAgenda', { topicId: c.topicId, meetingId: c.meetingId });
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'topic/scheduled', payload);
}

/**
 * Settles a topic: 'decided' needs a meeting that took it up; 'dropped' needs a reason, which
 * is made public (五议五公开), so an empty one is refused.
 */
export function closeTopic(
  s: FollowupState,
  c: FollowupCommandOf<'topic/close'>,
): FollowupDecision {
  const topic = openTopic(s, c.topicId);
  if (!topic.ok) return topic;
  if (c.outcome === 'decided' && topic.value.meetings.length === 0)
    return fail('topic.neverScheduled', { topicId: c.topicId });
  if (c.outcome === 'dropped' && c.reason.trim() === '')
    return fail('topic.reasonRequired', { topicId: c.topicId });
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'topic/closed', payload);
}
