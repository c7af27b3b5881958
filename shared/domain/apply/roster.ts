import type { EventOf } from '../event';
import type { Attendance, MeetingState } from '../state/types';
import { closeOpen, put, without } from './helpers';

type RosterEvents = EventOf<
  | 'roster/memberAdded'
  | 'roster/membersImported'
  | 'roster/memberUpdated'
  | 'roster/memberRemoved'
  | 'roster/signedIn'
  | 'roster/signedOut'
  | 'roster/excused'
>;

const ABSENT: Attendance = { status: 'absent', intervals: [], excuseReason: '' };

/** Applies roster and attendance events. */
export function applyRoster(state: MeetingState, e: RosterEvents): MeetingState {
  switch (e.type) {
    case 'roster/memberAdded':
      return {
        ...state,
        members: put(state.members, e.member.memberId, e.member),
        memberOrder: [...state.memberOrder, e.member.memberId],
      };
    case 'roster/membersImported': {
      // One copy of the record for the whole batch, not one per member.
      const members = { ...state.members };
      for (const member of e.members) members[member.memberId] = member;
      return {
        ...state,
        members,
        memberOrder: [...state.memberOrder, ...e.members.map((m) => m.memberId)],
      };
    }
    case 'roster/memberUpdated': {
      const member = state.members[e.memberId];
      return member
        ? { ...state, members: put(state.members, e.memberId, { ...member, ...e.changes }) }
        : state;
    }
    case 'roster/memberRemoved':
      return {
        ...state,
        members: without(state.members, e.memberId),
        memberOrder: state.memberOrder.filter((id) => id !== e.memberId),
        attendance: without(state.attendance, e.memberId),
      };
    case 'roster/signedIn': {
      const a = state.attendance[e.memberId] ?? ABSENT;
      const signedIn: Attendance = {
        status: 'present',
        intervals: [...a.intervals, { from: e.at, to: null }],
        excuseReason: '',
        // Only a phone's sign-in is marked: the chair's stays as older journals have it.
        ...(e.via === 'device' ? { via: 'device' as const } : {}),
      };
      return { ...state, attendance: put(state.attendance, e.memberId, signedIn) };
    }
    case 'roster/signedOut': {
      const a = state.attendance[e.memberId] ?? ABSENT;
      const signedOut: Attendance = {
        ...a,
        status: 'absent',
        intervals: closeOpen(a.intervals, e.at),
      };
      return leaveQueues(
        { ...state, attendance: put(state.attendance, e.memberId, signedOut) },
        e.memberId,
      );
    }
    case 'roster/excused': {
      const a = state.attendance[e.memberId] ?? ABSENT;
      const excused: Attendance = { ...a, status: 'excused', excuseReason: e.reason };
      return { ...state, attendance: put(state.attendance, e.memberId, excused) };
    }
  }
}

/** Someone who leaves the room leaves every speaker queue too. */
function leaveQueues(state: MeetingState, memberId: string): MeetingState {
  let queues = state.queues;
  for (const [itemId, queue] of Object.entries(state.queues)) {
    if (queue.some((q) => q.memberId === memberId)) {
      queues = put(
        queues,
        itemId,
        queue.filter((q) => q.memberId !== memberId),
      );
    }
  }
  return queues === state.queues ? state : { ...state, queues };
}
