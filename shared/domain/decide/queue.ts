import type { CommandOf } from '../commands';
import { fail } from '../result';
import { currentSpeech, durationMs, isPaused } from '../selectors/speech';
import type { MeetingState, QueueEntry, QueuePolicy } from '../state/types';
import type { Stance } from '../vocabulary';
import { emit, meetingIn, memberOf, targetItem, type Decision } from './context';

type Key = readonly [number, number, number];

/** Sort key of a request under the policy: point of order, then first-timers, then least time. */
function keyOf(policy: QueuePolicy, pointOfOrder: boolean, spokenMs: number | undefined): Key {
  return [
    pointOfOrder ? 0 : 1,
    policy.firstTimeFirst && spokenMs !== undefined ? 1 : 0,
    policy.leastTimeFirst ? (spokenMs ?? 0) : 0,
  ];
}

function compare(a: Key, b: Key): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Time each member has spoken on an item; absent when they have not spoken on it. */
function spokenOn(state: MeetingState, itemId: string): Map<string, number> {
  const spoken = new Map<string, number>();
  for (const s of state.speeches[itemId] ?? []) {
    spoken.set(s.memberId, (spoken.get(s.memberId) ?? 0) + durationMs(s));
  }
  return spoken;
}

/**
 * Where a new request goes: after every request that ranks the same or higher, so the policy
 * holds at insertion time and the chair's later reordering stays the final word.
 */
export function insertionPosition(
  state: MeetingState,
  itemId: string,
  memberId: string,
  pointOfOrder: boolean,
  policy: QueuePolicy,
): number {
  const queue = state.queues[itemId] ?? [];
  const spoken = spokenOn(state, itemId);
  const mine = keyOf(policy, pointOfOrder, spoken.get(memberId));
  let position = 0;
  queue.forEach((e, i) => {
    if (compare(keyOf(policy, e.pointOfOrder, spoken.get(e.memberId)), mine) <= 0) position = i + 1;
  });
  return position;
}

/** A request to speak on the open item, placed by the queue policy. */
export function request(state: MeetingState, c: CommandOf<'queue/request'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const item = targetItem(state, c.itemId);
  if (!item.ok) return item;
  const member = memberOf(state, c.memberId);
  if (!member.ok) return member;
  const itemId = item.value.itemId;
  if (state.attendance[c.memberId]?.status !== 'present') {
    return fail('roster.notPresent', { name: member.value.name });
  }
  if ((state.queues[itemId] ?? []).some((e) => e.memberId === c.memberId)) {
    return fail('queue.alreadyQueued', { name: member.value.name });
  }
  if (currentSpeech(state)?.memberId === c.memberId) {
    return fail('queue.isSpeaking', { name: member.value.name });
  }
  const pointOfOrder = c.pointOfOrder ?? false;
  return emit(state, c, 'queue/speakerAdded', {
    itemId,
    memberId: c.memberId,
    stance: c.stance ?? 'neutral',
    pointOfOrder,
    position: insertionPosition(state, itemId, c.memberId, pointOfOrder, meeting.value.queuePolicy),
  });
}

/** Takes back a request to speak. */
export function withdraw(state: MeetingState, c: CommandOf<'queue/withdraw'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const item = targetItem(state, c.itemId);
  if (!item.ok) return item;
  const member = memberOf(state, c.memberId);
  if (!member.ok) return member;
  const itemId = item.value.itemId;
  if (!(state.queues[itemId] ?? []).some((e) => e.memberId === c.memberId)) {
    return fail('queue.notQueued', { name: member.value.name });
  }
  return emit(state, c, 'queue/speakerWithdrawn', { itemId, memberId: c.memberId });
}

/** The chair's own order of the whole queue. */
export function reorder(state: MeetingState, c: CommandOf<'queue/reorder'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const item = targetItem(state, c.itemId);
  if (!item.ok) return item;
  const itemId = item.value.itemId;
  const queue = state.queues[itemId] ?? [];
  const wanted = new Set(c.memberIds);
  const same =
    wanted.size === c.memberIds.length &&
    c.memberIds.length === queue.length &&
    queue.every((e) => wanted.has(e.memberId));
  if (!same) return fail('queue.reorderMismatch');
  return emit(state, c, 'queue/reordered', { itemId, memberIds: c.memberIds });
}

/** The stance that should speak next in a pro/contra debate: the opposite of the last one. */
function wantedStance(state: MeetingState, itemId: string): Stance | null {
  const speeches = state.speeches[itemId] ?? [];
  for (let i = speeches.length - 1; i >= 0; i--) {
    const s = speeches[i];
    if (s && !s.pointOfOrder && s.stance !== 'neutral')
      return s.stance === 'pro' ? 'contra' : 'pro';
  }
  return null;
}

/** The request call-next takes: the head, unless a pro/contra debate wants the other side. */
export function nextInQueue(
  state: MeetingState,
  itemId: string,
  policy: QueuePolicy,
): QueueEntry | null {
  const queue = state.queues[itemId] ?? [];
  const head = queue[0];
  if (head === undefined) return null;
  if (!policy.alternateStances || head.pointOfOrder) return head;
  const stance = wantedStance(state, itemId);
  return (stance && queue.find((e) => !e.pointOfOrder && e.stance === stance)) || head;
}

function speechIdTaken(state: MeetingState, speechId: string): boolean {
  for (const speeches of Object.values(state.speeches)) {
    if (speeches.some((s) => s.speechId === speechId)) return true;
  }
  return false;
}

function limitMs(policy: QueuePolicy, limitSec: number | undefined): number {
  return (limitSec ?? policy.speechLimitSec) * 1000;
}

/** Gives the floor to the next in the queue, ending the speech before. */
export function callNext(state: MeetingState, c: CommandOf<'queue/callNext'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const item = targetItem(state, undefined);
  if (!item.ok) return item;
  const policy = meeting.value.queuePolicy;
  const next = nextInQueue(state, item.value.itemId, policy);
  if (next === null) return fail('queue.empty');
  if (speechIdTaken(state, c.speechId)) return fail('speech.duplicateId', { speechId: c.speechId });
  return emit(state, c, 'speech/started', {
    speechId: c.speechId,
    itemId: item.value.itemId,
    memberId: next.memberId,
    stance: next.stance,
    pointOfOrder: next.pointOfOrder,
    limitMs: limitMs(policy, c.limitSec),
  });
}

/** Gives the floor directly (a presenter, or someone the chair calls without a request). */
export function startSpeech(state: MeetingState, c: CommandOf<'speech/start'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const item = targetItem(state, undefined);
  if (!item.ok) return item;
  const member = memberOf(state, c.memberId);
  if (!member.ok) return member;
  if (state.attendance[c.memberId]?.status !== 'present') {
    return fail('roster.notPresent', { name: member.value.name });
  }
  if (speechIdTaken(state, c.speechId)) return fail('speech.duplicateId', { speechId: c.speechId });
  if (currentSpeech(state)?.memberId === c.memberId) {
    return fail('queue.isSpeaking', { name: member.value.name });
  }
  const queued = state.queues[item.value.itemId]?.find((e) => e.memberId === c.memberId);
  return emit(state, c, 'speech/started', {
    speechId: c.speechId,
    itemId: item.value.itemId,
    memberId: c.memberId,
    stance: c.stance ?? queued?.stance ?? 'neutral',
    pointOfOrder: c.pointOfOrder ?? queued?.pointOfOrder ?? false,
    limitMs: limitMs(meeting.value.queuePolicy, c.limitSec),
  });
}

type SpeechCommand = CommandOf<'speech/pause' | 'speech/resume' | 'speech/end' | 'speech/setLimit'>;

/** Pause, resume, end or re-limit the speech on the floor. */
export function speechControl(state: MeetingState, c: SpeechCommand): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  const speech = currentSpeech(state);
  if (speech === null) return fail('speech.noneRunning');
  const speechId = speech.speechId;
  switch (c.type) {
    case 'speech/pause':
      if (isPaused(speech)) return fail('speech.alreadyPaused');
      return emit(state, c, 'speech/paused', { speechId });
    case 'speech/resume':
      if (!isPaused(speech)) return fail('speech.notPaused');
      return emit(state, c, 'speech/resumed', { speechId });
    case 'speech/end':
      return emit(state, c, 'speech/ended', { speechId });
    case 'speech/setLimit':
      return emit(state, c, 'speech/limitSet', { speechId, limitMs: c.limitSec * 1000 });
  }
}

/**
 * The recorder's summary of a speech, written while it runs or after: also once the meeting has
 * ended (散会), since minutes are often finished afterwards. Undoable like any edit.
 */
export function setSummary(state: MeetingState, c: CommandOf<'speech/setSummary'>): Decision {
  const meeting = meetingIn(state, ['open', 'closed']);
  if (!meeting.ok) return meeting;
  for (const [itemId, speeches] of Object.entries(state.speeches)) {
    if (speeches.some((s) => s.speechId === c.speechId)) {
      return emit(state, c, 'speech/summarySet', { speechId: c.speechId, itemId, text: c.text });
    }
  }
  return fail('speech.unknown', { speechId: c.speechId });
}
