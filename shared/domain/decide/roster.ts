import type { CommandOf } from '../commands';
import { fail } from '../result';
import type { Member, MeetingState } from '../state/types';
import { currentSpeech } from '../selectors/speech';
import { emit, meetingIn, memberOf, type Decision } from './context';

type MemberInput = Omit<CommandOf<'roster/addMember'>, 'type' | 'at'>;

/** A member as stored: the optional fields of the command filled with their defaults. */
function memberFrom(c: MemberInput): Member {
  return {
    memberId: c.memberId,
    name: c.name,
    role: c.role ?? 'member',
    category: c.category,
    customCategory: c.customCategory ?? '',
    household: c.household ?? '',
    area: c.area ?? 0,
    affiliation: c.affiliation ?? '',
    ...(c.phone ? { phone: c.phone } : {}),
  };
}

/** Adds a member or observer; voters not while a vote is open (it would move the base). */
export function addMember(state: MeetingState, c: CommandOf<'roster/addMember'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  if (state.members[c.memberId]) return fail('roster.duplicateMember', { memberId: c.memberId });
  // A voter added while a vote is open would change that vote's base under the tellers' hands.
  if ((c.role ?? 'member') === 'member' && state.openVoteId !== null) {
    return fail('vote.stillOpen', { voteId: state.openVoteId });
  }
  return emit(state, c, 'roster/memberAdded', { member: memberFrom(c) });
}

/**
 * Adds a whole roster (an import) as one event, so it is one undo step and linear in its size.
 * Each row is checked as a single add would be; the first refused row refuses the batch, named
 * by its 1-based position, and nothing is added.
 */
export function importMembers(state: MeetingState, c: CommandOf<'roster/importMembers'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const seen = new Set<string>();
  for (const [index, member] of c.members.entries()) {
    const row = index + 1;
    if (state.members[member.memberId] || seen.has(member.memberId)) {
      return fail('roster.importDuplicate', { row, memberId: member.memberId });
    }
    seen.add(member.memberId);
    if ((member.role ?? 'member') === 'member' && state.openVoteId !== null) {
      return fail('vote.stillOpen', { voteId: state.openVoteId, row });
    }
  }
  return emit(state, c, 'roster/membersImported', { members: c.members.map(memberFrom) });
}

/** Edits a member; not their role, household or area while a vote is open. */
export function updateMember(state: MeetingState, c: CommandOf<'roster/updateMember'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const member = memberOf(state, c.memberId);
  if (!member.ok) return member;
  const { type: _t, at: _a, memberId, ...changes } = c;
  const touchesBase =
    changes.role !== undefined || changes.household !== undefined || changes.area !== undefined;
  if (touchesBase && state.openVoteId !== null) {
    return fail('vote.stillOpen', { voteId: state.openVoteId });
  }
  return emit(state, c, 'roster/memberUpdated', { memberId, changes });
}

/** Only someone who left no trace (never signed in, spoke, queued or voted) may be removed. */
export function removeMember(state: MeetingState, c: CommandOf<'roster/removeMember'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const member = memberOf(state, c.memberId);
  if (!member.ok) return member;
  if (hasRecord(state, c.memberId))
    return fail('roster.memberHasRecord', { name: member.value.name });
  return emit(state, c, 'roster/memberRemoved', { memberId: c.memberId });
}

function hasRecord(state: MeetingState, memberId: string): boolean {
  if ((state.attendance[memberId]?.intervals.length ?? 0) > 0) return true;
  for (const queue of Object.values(state.queues)) {
    if (queue.some((e) => e.memberId === memberId)) return true;
  }
  for (const speeches of Object.values(state.speeches)) {
    if (speeches.some((s) => s.memberId === memberId)) return true;
  }
  return Object.values(state.votes).some((v) => v.ballots[memberId] !== undefined);
}

/** Records an arrival (签到); quorum follows live. */
export function signIn(state: MeetingState, c: CommandOf<'roster/signIn'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const member = memberOf(state, c.memberId);
  if (!member.ok) return member;
  if (state.attendance[c.memberId]?.status === 'present') {
    return fail('roster.alreadyPresent', { name: member.value.name });
  }
  // Only a phone's sign-in is marked, so the chair's reads as in older journals.
  return emit(state, c, 'roster/signedIn', {
    memberId: c.memberId,
    ...(c.via === 'device' ? { via: 'device' as const } : {}),
  });
}

/** Records a departure; later votes see one fewer present, closed ones keep their base. */
export function signOut(state: MeetingState, c: CommandOf<'roster/signOut'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const member = memberOf(state, c.memberId);
  if (!member.ok) return member;
  if (state.attendance[c.memberId]?.status !== 'present') {
    return fail('roster.notPresent', { name: member.value.name });
  }
  if (currentSpeech(state)?.memberId === c.memberId) {
    return fail('roster.isSpeaking', { name: member.value.name });
  }
  return emit(state, c, 'roster/signedOut', { memberId: c.memberId });
}

/** Records an excused absence (请假) with its reason, for the minutes. */
export function excuse(state: MeetingState, c: CommandOf<'roster/excuse'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const member = memberOf(state, c.memberId);
  if (!member.ok) return member;
  if (state.attendance[c.memberId]?.status === 'present') {
    return fail('roster.alreadyPresent', { name: member.value.name });
  }
  return emit(state, c, 'roster/excused', { memberId: c.memberId, reason: c.reason ?? '' });
}
