import { checkQuorum, type QuorumResult, type Tally } from '../rules';
import type { Member, MeetingState } from '../state/types';
import type { Category } from '../vocabulary';

/** Voting members (observers never count in any base), in roster order. */
export function votingMembers(state: MeetingState): readonly Member[] {
  const out: Member[] = [];
  for (const id of state.memberOrder) {
    const m = state.members[id];
    if (m && m.role === 'member') out.push(m);
  }
  return out;
}

/** Whether someone is signed in now. */
export function isPresent(state: MeetingState, memberId: string): boolean {
  return state.attendance[memberId]?.status === 'present';
}

/**
 * Heads, distinct households and floor area of some members. A member without a household
 * stands for a household of their own, so a household count never falls below what is known.
 */
export function tallyOf(members: readonly Member[]): Tally {
  const households = new Set<string>();
  let area = 0;
  for (const m of members) {
    households.add(m.household === '' ? `\u0000${m.memberId}` : m.household);
    area += m.area;
  }
  return { heads: members.length, households: households.size, area };
}

/** Present voting members right now. */
export function presentMembers(state: MeetingState): readonly Member[] {
  return votingMembers(state).filter((m) => isPresent(state, m.memberId));
}

export type AttendanceSummary = Readonly<{
  /** 应到: voting members. */
  expected: number;
  /** 实到: voting members present. */
  present: number;
  excused: number;
  absent: number;
  observersPresent: number;
  members: Tally;
  presentTally: Tally;
  /** Quorum under the meeting's preset, live; null before the meeting exists. */
  quorum: QuorumResult | null;
}>;

type KeptSummary = Readonly<{
  members: MeetingState['members'];
  memberOrder: MeetingState['memberOrder'];
  preset: unknown;
  value: AttendanceSummary;
}>;

/**
 * Summaries by the attendance record they were counted from. A state is never changed in place
 * and events replace only what they change, so while the roster, the attendance and the preset
 * are the same objects the summary is too: a room of phones voting asks for it with every ballot
 * and every projector frame, and counts hundreds of members only when someone signs in or out.
 */
const kept = new WeakMap<MeetingState['attendance'], KeptSummary>();

/** Counts for the chair, the projector and the minutes, computed live from the roster. */
export function attendanceSummary(state: MeetingState): AttendanceSummary {
  const preset = state.meeting?.preset;
  const last = kept.get(state.attendance);
  if (
    last?.members === state.members &&
    last.memberOrder === state.memberOrder &&
    last.preset === preset
  )
    return last.value;
  const value = countAttendance(state);
  kept.set(state.attendance, {
    members: state.members,
    memberOrder: state.memberOrder,
    preset,
    value,
  });
  return value;
}

function countAttendance(state: MeetingState): AttendanceSummary {
  const voting = votingMembers(state);
  const present = voting.filter((m) => isPresent(state, m.memberId));
  const excused = voting.filter((m) => state.attendance[m.memberId]?.status === 'excused').length;
  let observersPresent = 0;
  for (const id of state.memberOrder) {
    if (state.members[id]?.role === 'observer' && isPresent(state, id)) observersPresent++;
  }
  const members = tallyOf(voting);
  const presentTally = tallyOf(present);
  return {
    expected: voting.length,
    present: present.length,
    excused,
    absent: voting.length - present.length - excused,
    observersPresent,
    members,
    presentTally,
    quorum: state.meeting
      ? checkQuorum(state.meeting.preset, { members, present: presentTally })
      : null,
  };
}

export type Composition = Readonly<{
  required: readonly Category[];
  /** People present (members and observers) per category. */
  presentByCategory: Readonly<Partial<Record<Category, number>>>;
  /** Required categories with nobody present. */
  missing: readonly Category[];
  complete: boolean;
}>;

/** The "4+N / 5+N" check: which required categories have nobody in the room. */
export function composition(state: MeetingState): Composition {
  const presentByCategory: Partial<Record<Category, number>> = {};
  for (const id of state.memberOrder) {
    const m = state.members[id];
    if (m && isPresent(state, id))
      presentByCategory[m.category] = (presentByCategory[m.category] ?? 0) + 1;
  }
  const required = state.meeting?.requiredCategories ?? [];
  const missing = required.filter((c) => !presentByCategory[c]);
  return { required, presentByCategory, missing, complete: missing.length === 0 };
}
