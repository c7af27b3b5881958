import type { Member, MeetingState } from '../domain/state/types';
import type { Via } from '../domain/vocabulary';
import type { Translate } from '../i18n';

// Who came: each person on the roster with the attendance the minutes and the sign-in sheet
// print. 实到 counts everyone who signed in at any time (a late arrival attended); those who left
// before the close are listed again with the time they left, since the count at each vote
// changed with them.

/** One person's attendance as printed. */
export type PersonRecord = Readonly<{
  member: Member;
  /** attended: signed in at some time; excused: 请假 without signing in; absent: neither. */
  status: 'attended' | 'excused' | 'absent';
  /** First sign-in, epoch ms. */
  firstIn: number | null;
  /** When they left, if they were not present at the end. */
  leftAt: number | null;
  excuseReason: string;
  /** How the current (or last) sign-in was made; null when the person never signed in. */
  via: Via | null;
}>;

export type Roster = Readonly<{
  /** Voting members (应到), in roster order. */
  members: readonly PersonRecord[];
  /** Observers (列席), in roster order; never counted in any base. */
  observers: readonly PersonRecord[];
}>;

function record(state: MeetingState, member: Member): PersonRecord {
  const attendance = state.attendance[member.memberId];
  const intervals = attendance?.intervals ?? [];
  const first = intervals[0];
  const last = intervals[intervals.length - 1];
  const attended = first !== undefined;
  const stillIn = attendance?.status === 'present';
  return {
    member,
    status: attended ? 'attended' : attendance?.status === 'excused' ? 'excused' : 'absent',
    firstIn: first?.from ?? null,
    leftAt: attended && !stillIn ? (last?.to ?? null) : null,
    excuseReason: attendance?.excuseReason ?? '',
    // Older journals carry no channel: those sign-ins were the chair's.
    via: attended ? (attendance?.via ?? 'chair') : null,
  };
}

/** The roster split into voting members and observers, with each one's attendance. */
export function rosterOf(state: MeetingState): Roster {
  const members: PersonRecord[] = [];
  const observers: PersonRecord[] = [];
  for (const id of state.memberOrder) {
    const member = state.members[id];
    if (!member) continue;
    (member.role === 'observer' ? observers : members).push(record(state, member));
  }
  return { members, observers };
}

/** The category as printed: the custom label for a custom category. */
export function categoryLabel(member: Member, t: Translate): string {
  if (member.category === 'custom' && member.customCategory.trim()) return member.customCategory;
  return t(`domain:category.${member.category}`);
}

/** Counts for 应到 / 实到 / 请假 / 缺席 / 列席. */
export function attendanceCounts(roster: Roster): Readonly<{
  expected: number;
  attended: number;
  excused: number;
  absent: number;
  observers: number;
}> {
  const count = (status: PersonRecord['status']) =>
    roster.members.filter((p) => p.status === status).length;
  return {
    expected: roster.members.length,
    attended: count('attended'),
    excused: count('excused'),
    absent: count('absent'),
    observers: roster.observers.filter((p) => p.status === 'attended').length,
  };
}
