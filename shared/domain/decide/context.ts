import type { Command } from '../commands';
import { emitter, type Decided } from '../../kernel/core';
import type { MeetingEvent } from '../event';
import { fail, ok, type DomainError } from '../result';
import type { AgendaItem, Member, MeetingInfo, MeetingState } from '../state/types';
import type { MeetingStatus } from '../vocabulary';

/** What every decide function returns: the events of one command, or why it was refused. */
export type Decision = Decided<MeetingEvent>;

/**
 * The one event a command produces, numbered after the state's last event and stamped with the
 * command's time. One command → one event keeps undo simple: undo reverts exactly one event.
 */
export const emit = emitter<MeetingState, Command, MeetingEvent>();

/** A guard's answer: the thing asked for, or a rejection to return as is. */
export type Guarded<T> =
  Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: DomainError }>;

/** The meeting, if it exists and its status is one of `allowed`. */
export function meetingIn(
  state: MeetingState,
  allowed: readonly MeetingStatus[],
): Guarded<MeetingInfo> {
  const meeting = state.meeting;
  if (meeting === null) return fail('meeting.notCreated');
  if (allowed.includes(meeting.status)) return ok(meeting);
  if (meeting.status === 'closed') return fail('meeting.closed');
  if (meeting.status === 'draft') return fail('meeting.notOpen');
  return fail('meeting.notDraft');
}

export function memberOf(state: MeetingState, memberId: string): Guarded<Member> {
  const member = state.members[memberId];
  return member ? ok(member) : fail('roster.unknownMember', { memberId });
}

export function itemOf(state: MeetingState, itemId: string): Guarded<AgendaItem> {
  const item = state.items[itemId];
  return item ? ok(item) : fail('agenda.unknownItem', { itemId });
}

/** The item a queue or vote command means: the one named, else the one on the floor. */
export function targetItem(state: MeetingState, itemId: string | undefined): Guarded<AgendaItem> {
  const id = itemId ?? state.currentItemId;
  if (id === null) return fail('agenda.noItemOpen');
  const item = itemOf(state, id);
  if (!item.ok) return item;
  if (item.value.status !== 'open') return fail('agenda.itemNotOpen', { itemId: id });
  return item;
}
