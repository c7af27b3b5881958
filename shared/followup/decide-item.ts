import { ok, type Result } from '../domain/result';
import type { FollowupCommandOf } from './commands';
import { fail } from './errors';
import { emit, type FollowupDecision } from './emit';
import { itemKey, type FollowupState, type TrackedItem } from './state';

type Ref = Readonly<{ meetingId: string; actionId: string }>;

/** Just the reference of a command, for error params (not the whole command). */
const ref = (c: Ref): { meetingId: string; actionId: string } => ({
  meetingId: c.meetingId,
  actionId: c.actionId,
});

function itemOf(s: FollowupState, r: Ref): Result<TrackedItem> {
  const item = s.items[itemKey(r.meetingId, r.actionId)];
  return item ? ok(item) : fail('actionItem.unknown', ref(r));
}

/** The item if it may still change: done and dropped items are history. */
function activeItem(s: FollowupState, r: Ref): Result<TrackedItem> {
  const item = itemOf(s, r);
  if (!item.ok) return item;
  if (item.value.status === 'done' || item.value.status === 'dropped')
    return fail('actionItem.finished', { ...ref(r), status: item.value.status });
  return item;
}

/** The topic a meeting's agenda item came from, if one was put there from the list. */
function topicOfAgendaItem(s: FollowupState, meetingId: string, itemId: string): string | null {
  for (const id of s.topicOrder) {
    const topic = s.topics[id];
    if (topic?.meetings.some((m) => m.meetingId === meetingId && m.itemId === itemId)) return id;
  }
  return null;
}

/**
 * Takes an action item of a meeting's resolution into the registry, keyed by meeting id and
 * action id so the board links back. Its topic is the one given, or the topic that was put on
 * that meeting's agenda as this agenda item.
 */
export function importItem(
  s: FollowupState,
  c: FollowupCommandOf<'actionItem/import'>,
): FollowupDecision {
  if (s.items[itemKey(c.meetingId, c.actionId)])
    return fail('actionItem.duplicate', { meetingId: c.meetingId, actionId: c.actionId });
  if (c.topicId !== null && !s.topics[c.topicId])
    return fail('actionItem.unknownTopic', { topicId: c.topicId });
  const { type: _t, at: _a, ...payload } = c;
  const topicId = c.topicId ?? topicOfAgendaItem(s, c.meetingId, c.itemId);
  return emit(s, c, 'actionItem/imported', { ...payload, topicId });
}

/** Corrects owner, planned budget, deadline or title while the item is still being carried out. */
export function updateItem(
  s: FollowupState,
  c: FollowupCommandOf<'actionItem/update'>,
): FollowupDecision {
  const item = activeItem(s, c);
  if (!item.ok) return item;
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'actionItem/updated', payload);
}

/** planned → inProgress. */
export function startItem(
  s: FollowupState,
  c: FollowupCommandOf<'actionItem/start'>,
): FollowupDecision {
  const item = activeItem(s, c);
  if (!item.ok) return item;
  if (item.value.status !== 'planned')
    return fail('actionItem.notPlanned', { ...ref(c), status: item.value.status });
  return emit(s, c, 'actionItem/started', { ...ref(c), on: c.on });
}

/** A dated progress note (and the amount spent so far), while the item is open. */
export function noteProgress(
  s: FollowupState,
  c: FollowupCommandOf<'actionItem/noteProgress'>,
): FollowupDecision {
  const item = activeItem(s, c);
  if (!item.ok) return item;
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'actionItem/progressNoted', payload);
}

/** inProgress → done, with what was spent and done; not dated before it started. */
export function completeItem(
  s: FollowupState,
  c: FollowupCommandOf<'actionItem/complete'>,
): FollowupDecision {
  const item = activeItem(s, c);
  if (!item.ok) return item;
  if (item.value.status !== 'inProgress') return fail('actionItem.notStarted', ref(c));
  const startedOn = item.value.startedOn ?? '';
  if (c.on < startedOn) return fail('actionItem.beforeStart', { ...ref(c), on: c.on, startedOn });
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'actionItem/completed', payload);
}

/** planned | inProgress → dropped; the reason is required (zod) and made public. */
export function dropItem(
  s: FollowupState,
  c: FollowupCommandOf<'actionItem/drop'>,
): FollowupDecision {
  const item = activeItem(s, c);
  if (!item.ok) return item;
  const startedOn = item.value.startedOn ?? '';
  if (c.on < startedOn) return fail('actionItem.beforeStart', { ...ref(c), on: c.on, startedOn });
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'actionItem/dropped', payload);
}

/**
 * 民事民评: links a satisfaction vote of a later meeting to a done item. The evaluating meeting
 * must be another one, held on or after the day the item was done, each vote counts once, and
 * an evaluation without answers evaluates nothing.
 */
export function evaluateItem(
  s: FollowupState,
  c: FollowupCommandOf<'actionItem/evaluate'>,
): FollowupDecision {
  const item = itemOf(s, c);
  if (!item.ok) return item;
  const e = c.evaluation;
  if (item.value.status !== 'done')
    return fail('actionItem.notDone', { ...ref(c), status: item.value.status });
  if (e.meetingId === c.meetingId)
    return fail('evaluation.sameMeeting', { meetingId: e.meetingId });
  const doneOn = item.value.doneOn ?? '';
  if (e.meetingDate < doneOn)
    return fail('evaluation.beforeDone', { meetingDate: e.meetingDate, doneOn });
  if (item.value.evaluations.some((x) => x.meetingId === e.meetingId && x.voteId === e.voteId))
    return fail('evaluation.duplicate', { meetingId: e.meetingId, voteId: e.voteId });
  const { satisfied, basicallySatisfied, dissatisfied } = e.counts;
  if (satisfied + basicallySatisfied + dissatisfied === 0)
    return fail('evaluation.invalid', { meetingId: e.meetingId, voteId: e.voteId });
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'actionItem/evaluated', payload);
}

/**
 * 督办: a street office's comment on an item, as its hub sent it. Taken in whatever the item's
 * state (an office may comment on a done item's result too); a comment already received is
 * refused, so a sync that runs twice, or is cut off before its acknowledgement, adds it once.
 */
export function receiveSupervision(
  s: FollowupState,
  c: FollowupCommandOf<'actionItem/receiveSupervision'>,
): FollowupDecision {
  const item = itemOf(s, c);
  if (!item.ok) return item;
  if (s.supervision[item.value.key]?.some((x) => x.commentId === c.commentId))
    return fail('supervision.duplicate', { ...ref(c), commentId: c.commentId });
  const { type: _t, at: _a, ...payload } = c;
  return emit(s, c, 'actionItem/supervisionReceived', payload);
}
