import type { FollowupEvent, FollowupEventOf } from './events';
import { satisfactionRate } from './rate';
import {
  itemKey,
  type FollowupState,
  type SupervisionComment,
  type Topic,
  type TrackedItem,
} from './state';
import { FALLBACK_TIME_ZONE } from '../time';

// Entities (topics, items) are replaced, never edited, so every earlier state stays valid. The
// containers are copied once per applied event (`applyFollowup`) or once per replay
// (`foldFollowup`): a registry of thousands of items replays in linear time, not quadratic.
// Entities are built field by field, not with object rest (`{ type, ...rest } = event`): rest
// copies made V8 keep them as slow dictionaries, a hundred times slower to replay (benchmark).

type Draft = {
  version: number;
  lastAt: number;
  topics: Record<string, Topic>;
  topicOrder: string[];
  items: Record<string, TrackedItem>;
  itemOrder: string[];
  supervision: Record<string, readonly SupervisionComment[]>;
};

type Area = 'topic' | 'item' | 'supervision' | 'all';

/** Which part of the registry an event changes. */
function areaOf(e: FollowupEvent): Area {
  if (e.type === 'actionItem/supervisionReceived') return 'supervision';
  return e.type.startsWith('topic/') ? 'topic' : 'item';
}

function thaw(state: FollowupState, area: Area): Draft {
  // The areas an event does not touch are shared with the previous state, not copied.
  const copyTopics = area === 'topic' || area === 'all';
  const copyItems = area === 'item' || area === 'all';
  const copySupervision = area === 'supervision' || area === 'all';
  return {
    version: state.version,
    lastAt: state.lastAt,
    topics: (copyTopics ? { ...state.topics } : state.topics) as Record<string, Topic>,
    topicOrder: (copyTopics ? [...state.topicOrder] : state.topicOrder) as string[],
    items: (copyItems ? { ...state.items } : state.items) as Record<string, TrackedItem>,
    itemOrder: (copyItems ? [...state.itemOrder] : state.itemOrder) as string[],
    supervision: (copySupervision ? { ...state.supervision } : state.supervision) as Record<
      string,
      readonly SupervisionComment[]
    >,
  };
}

function supervised(d: Draft, e: FollowupEventOf<'actionItem/supervisionReceived'>): void {
  const key = itemKey(e.meetingId, e.actionId);
  const comment: SupervisionComment = {
    commentId: e.commentId,
    author: e.author,
    body: e.body,
    writtenAt: e.writtenAt,
    at: e.at,
  };
  d.supervision[key] = [...(d.supervision[key] ?? []), comment];
}

function setTopic(d: Draft, topicId: string, at: number, change: Partial<Topic>): void {
  const topic = d.topics[topicId];
  if (topic) d.topics[topicId] = { ...topic, ...change, updatedAt: at };
}

function setItem(
  d: Draft,
  e: Readonly<{ meetingId: string; actionId: string; at: number }>,
  change: (item: TrackedItem) => Partial<TrackedItem>,
): void {
  const key = itemKey(e.meetingId, e.actionId);
  const item = d.items[key];
  if (item) d.items[key] = { ...item, ...change(item), updatedAt: e.at };
}

function imported(d: Draft, e: FollowupEventOf<'actionItem/imported'>): void {
  const key = itemKey(e.meetingId, e.actionId);
  // Fields copied one by one: a fixed shape keeps replay of thousands of items fast.
  d.items[key] = {
    key,
    meetingId: e.meetingId,
    actionId: e.actionId,
    voteId: e.voteId,
    itemId: e.itemId,
    meetingTitle: e.meetingTitle,
    meetingDate: e.meetingDate,
    topicId: e.topicId,
    title: e.title,
    resolution: e.resolution,
    owner: e.owner,
    budgetPlanned: e.budgetPlanned,
    budgetSpent: 0,
    deadline: e.deadline,
    timeZone: e.timeZone ?? FALLBACK_TIME_ZONE,
    status: 'planned',
    startedOn: null,
    doneOn: null,
    droppedOn: null,
    dropReason: '',
    summary: '',
    progress: [],
    evaluations: [],
    updatedAt: e.at,
  };
  d.itemOrder.push(key);
}

function applyTopic(d: Draft, e: FollowupEvent): void {
  switch (e.type) {
    case 'topic/raised': {
      d.topics[e.topicId] = {
        topicId: e.topicId,
        title: e.title,
        description: e.description,
        raisedBy: e.raisedBy,
        channel: e.channel,
        raisedOn: e.raisedOn,
        triage: null,
        routedTo: null,
        routeNote: '',
        status: 'raised',
        meetings: [],
        closeReason: '',
        updatedAt: e.at,
      };
      d.topicOrder.push(e.topicId);
      return;
    }
    case 'topic/triaged': {
      // Triage after routing or scheduling corrects the class; it does not move the topic back.
      const status = d.topics[e.topicId]?.status === 'raised' ? 'triaged' : undefined;
      setTopic(d, e.topicId, e.at, { triage: e.triage, ...(status ? { status } : {}) });
      return;
    }
    case 'topic/routed': {
      const scheduled = d.topics[e.topicId]?.status === 'scheduled';
      setTopic(d, e.topicId, e.at, {
        routedTo: e.routedTo,
        routeNote: e.note,
        ...(scheduled ? {} : { status: 'routed' as const }),
      });
      return;
    }
    case 'topic/scheduled': {
      const meeting = {
        meetingId: e.meetingId,
        itemId: e.itemId,
        meetingTitle: e.meetingTitle,
        meetingDate: e.meetingDate,
        at: e.at,
      };
      const meetings = [...(d.topics[e.topicId]?.meetings ?? []), meeting];
      setTopic(d, e.topicId, e.at, { status: 'scheduled', meetings });
      return;
    }
    case 'topic/closed':
      setTopic(d, e.topicId, e.at, { status: e.outcome, closeReason: e.reason });
      return;
    default:
      return;
  }
}

function applyItem(d: Draft, e: FollowupEvent): void {
  switch (e.type) {
    case 'actionItem/imported':
      return imported(d, e);
    case 'actionItem/updated': {
      const { type: _t, seq: _s, at: _a, meetingId: _m, actionId: _i, ...changes } = e;
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      );
      return setItem(d, e, () => defined);
    }
    case 'actionItem/started':
      return setItem(d, e, () => ({ status: 'inProgress', startedOn: e.on }));
    case 'actionItem/progressNoted':
      return setItem(d, e, (item) => ({
        progress: [...item.progress, { on: e.on, note: e.note, at: e.at }],
        ...(e.budgetSpent === undefined ? {} : { budgetSpent: e.budgetSpent }),
      }));
    case 'actionItem/completed':
      return setItem(d, e, () => ({
        status: 'done',
        doneOn: e.on,
        budgetSpent: e.budgetSpent,
        summary: e.summary,
      }));
    case 'actionItem/dropped':
      return setItem(d, e, () => ({ status: 'dropped', droppedOn: e.on, dropReason: e.reason }));
    case 'actionItem/evaluated': {
      const { meetingId, voteId, meetingTitle, meetingDate, counts } = e.evaluation;
      const evaluation = {
        meetingId,
        voteId,
        meetingTitle,
        meetingDate,
        counts: { ...counts },
        satisfactionPermille: satisfactionRate(counts),
        at: e.at,
      };
      return setItem(d, e, (item) => ({ evaluations: [...item.evaluations, evaluation] }));
    }
    default:
      return;
  }
}

function applyInto(d: Draft, e: FollowupEvent): void {
  if (e.type === 'actionItem/supervisionReceived') supervised(d, e);
  else if (e.type.startsWith('topic/')) applyTopic(d, e);
  else applyItem(d, e);
  d.version += 1;
  d.lastAt = e.at;
}

/** Folds one event into the registry. Events are facts checked by `decideFollowup`. */
export function applyFollowup(state: FollowupState, e: FollowupEvent): FollowupState {
  const draft = thaw(state, areaOf(e));
  applyInto(draft, e);
  return draft;
}

/** Folds many events, copying the containers once (replay of a large registry). */
export function foldFollowup(
  state: FollowupState,
  events: readonly FollowupEvent[],
): FollowupState {
  if (events.length === 0) return state;
  const draft = thaw(state, 'all');
  for (const e of events) applyInto(draft, e);
  return draft;
}
