import type { Triage } from '../domain/vocabulary';
import type { SatisfactionCounts } from './fields';
import type { Channel, ItemStatus, Route, TopicStatus } from './vocabulary';

/** One meeting a topic went through: the agenda item it became there. */
export type TopicMeeting = Readonly<{
  meetingId: string;
  itemId: string;
  meetingTitle: string;
  meetingDate: string;
  /** When it was put on that agenda (epoch ms). */
  at: number;
}>;

/** 民事民提: a matter raised before any meeting, and where it went. */
export type Topic = Readonly<{
  topicId: string;
  title: string;
  description: string;
  raisedBy: string;
  channel: Channel;
  /** 'YYYY-MM-DD'. */
  raisedOn: string;
  triage: Triage | null;
  routedTo: Route | null;
  routeNote: string;
  status: TopicStatus;
  /** Every meeting it was put before, oldest first. */
  meetings: readonly TopicMeeting[];
  /** Why it was dropped, or how it was settled. */
  closeReason: string;
  updatedAt: number;
}>;

/** A dated progress note on an action item. */
export type ProgressNote = Readonly<{ on: string; note: string; at: number }>;

/** 民事民评: a satisfaction vote of a later meeting, linked back to the action item. */
export type Evaluation = Readonly<{
  meetingId: string;
  voteId: string;
  meetingTitle: string;
  meetingDate: string;
  counts: SatisfactionCounts;
  /** (满意 + 基本满意) per mille of answers, rounded half up; null with no answers. */
  satisfactionPermille: number | null;
  at: number;
}>;

/** 民事民办: an action item of a meeting's resolution, followed after the meeting. */
export type TrackedItem = Readonly<{
  /** `meetingId/actionId`: the registry's key, unambiguous (meeting ids have no '/'). */
  key: string;
  meetingId: string;
  actionId: string;
  voteId: string;
  itemId: string;
  meetingTitle: string;
  meetingDate: string;
  topicId: string | null;
  title: string;
  resolution: string;
  owner: string;
  /** Fen (0.01 yuan). */
  budgetPlanned: number;
  budgetSpent: number;
  /** 'YYYY-MM-DD' or '' for none, on the meeting's calendar. */
  deadline: string;
  /** The meeting's IANA zone: "today" for this item is that zone's date (shared/time). */
  timeZone: string;
  status: ItemStatus;
  startedOn: string | null;
  doneOn: string | null;
  droppedOn: string | null;
  dropReason: string;
  /** What was done, for the implementation-result notice. */
  summary: string;
  progress: readonly ProgressNote[];
  /** Oldest first; the board shows the latest (by meeting date, then time). */
  evaluations: readonly Evaluation[];
  updatedAt: number;
}>;

/**
 * 督办: a street office's comment on an action item, received from its hub at a sync. Kept apart
 * from the item (FollowupState.supervision), so the item's own record, which the community's
 * bundles carry to the hub, does not change when the office writes to it.
 */
export type SupervisionComment = Readonly<{
  commentId: string;
  author: string;
  body: string;
  /** When the office wrote it (epoch ms, the hub's clock). */
  writtenAt: number;
  /** When this registry received it (epoch ms). */
  at: number;
}>;

/** The follow-up registry across all meetings, rebuilt by replaying its events. */
export type FollowupState = Readonly<{
  /** Number of events applied. */
  version: number;
  /** Time of the last event; commands may not go back before it. */
  lastAt: number;
  topics: Readonly<Record<string, Topic>>;
  topicOrder: readonly string[];
  items: Readonly<Record<string, TrackedItem>>;
  itemOrder: readonly string[];
  /** 督办 comments by item key, in the order received (an item without any has no entry). */
  supervision: Readonly<Record<string, readonly SupervisionComment[]>>;
}>;

/** The registry before its first event. */
export function emptyFollowup(): FollowupState {
  return {
    version: 0,
    lastAt: 0,
    topics: {},
    topicOrder: [],
    items: {},
    itemOrder: [],
    supervision: {},
  };
}

/** The registry key of an action item. */
export function itemKey(meetingId: string, actionId: string): string {
  return `${meetingId}/${actionId}`;
}
