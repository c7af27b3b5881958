import type { Triage } from '../domain/vocabulary';
import type { FollowupState, Topic, TopicMeeting, TrackedItem } from './state';
import type { Channel, TopicStatus } from './vocabulary';

/** What the list of raised matters may be narrowed to; left-out fields match everything. */
export type TopicFilter = Readonly<{
  status?: TopicStatus | readonly TopicStatus[];
  triage?: Triage;
  channel?: Channel;
}>;

/** The list of raised matters (民事民提), in the order they were raised. */
export function topicList(state: FollowupState, filter: TopicFilter = {}): readonly Topic[] {
  const statuses =
    filter.status === undefined
      ? null
      : new Set<TopicStatus>(typeof filter.status === 'string' ? [filter.status] : filter.status);
  const topics: Topic[] = [];
  for (const id of state.topicOrder) {
    const topic = state.topics[id];
    if (!topic) continue;
    if (statuses !== null && !statuses.has(topic.status)) continue;
    if (filter.triage !== undefined && topic.triage !== filter.triage) continue;
    if (filter.channel !== undefined && topic.channel !== filter.channel) continue;
    topics.push(topic);
  }
  return topics;
}

/** A topic's way through the five steps: the meetings it went through and what they decided. */
export type TopicHistory = Readonly<{
  topic: Topic;
  /** Oldest first: every meeting whose agenda it was on. */
  meetings: readonly TopicMeeting[];
  /** The action items carrying it out, with their status and evaluations. */
  items: readonly TrackedItem[];
}>;

/** The history of one topic, or null if the registry has no such topic. */
export function topicHistory(state: FollowupState, topicId: string): TopicHistory | null {
  const topic = state.topics[topicId];
  if (!topic) return null;
  const items: TrackedItem[] = [];
  for (const key of state.itemOrder) {
    const item = state.items[key];
    if (item?.topicId === topicId) items.push(item);
  }
  return { topic, meetings: topic.meetings, items };
}
