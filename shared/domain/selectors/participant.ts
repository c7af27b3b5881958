import type { ParticipantSelf } from '../projector/participant';
import type { MeetingState, Vote } from '../state/types';
import { countKeys } from './vote';
import { currentSpeech } from './speech';

function queueOf(state: MeetingState, memberId: string): ParticipantSelf['queue'] {
  const itemId = state.currentItemId;
  if (itemId === null) return null;
  const speech = currentSpeech(state);
  if (
    speech &&
    speech.itemId === itemId &&
    speech.memberId === memberId &&
    speech.endedAt === null
  ) {
    return { itemId, position: null, stance: speech.stance, pointOfOrder: speech.pointOfOrder };
  }
  const queue = state.queues[itemId] ?? [];
  const index = queue.findIndex((e) => e.memberId === memberId);
  const entry = queue[index];
  if (entry === undefined) return null;
  return { itemId, position: index + 1, stance: entry.stance, pointOfOrder: entry.pointOfOrder };
}

function choicesOf(vote: Vote): { key: string; label: string }[] {
  const labels = new Map(vote.options.map((o) => [o.optionId, o.label]));
  return countKeys(vote).map((key) => ({ key, label: labels.get(key) ?? '' }));
}

function voteOf(state: MeetingState, memberId: string, present: boolean): ParticipantSelf['vote'] {
  const vote = state.openVoteId === null ? undefined : state.votes[state.openVoteId];
  if (!vote || vote.status !== 'open') return null;
  const secret = vote.method === 'secret';
  // Only the member's own choice, and never a secret one (it is not in the record anyway).
  const myChoice = secret
    ? null
    : (vote.deviceBallots[memberId]?.choice ?? vote.ballots[memberId] ?? null);
  const voted = secret ? vote.deviceVoters.includes(memberId) : myChoice !== null;
  const member = state.members[memberId];
  const open = state.meeting?.status === 'open';
  const canVote = open && present && member?.role === 'member' && !(secret && voted);
  return {
    voteId: vote.voteId,
    method: vote.method,
    question: vote.question,
    secret,
    choices: choicesOf(vote),
    myChoice,
    voted,
    canVote,
  };
}

/**
 * One member's own view for their phone (ParticipantSelf), named field by field so nothing else
 * of the state (notes, phones, others' choices) can slip in. Null for an unknown member or
 * before the meeting exists.
 */
export function participantSelf(state: MeetingState, memberId: string): ParticipantSelf | null {
  const member = state.members[memberId];
  const meeting = state.meeting;
  if (!member || !meeting) return null;
  const attendance = state.attendance[memberId];
  const signedIn = attendance?.status === 'present';
  return {
    memberId,
    name: member.name,
    role: member.role,
    meetingStatus: meeting.status,
    signedIn,
    signedInVia: signedIn ? (attendance.via ?? 'chair') : null,
    queue: queueOf(state, memberId),
    vote: voteOf(state, memberId, signedIn),
  };
}
