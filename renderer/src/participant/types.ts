import type { ProjectorView } from '../../../shared/domain';
import type { MeetingStatus, Stance, VoteMethod, Via } from '../../../shared/domain/vocabulary';

/** What the room sees (the projector view), as it reaches a phone. */
export type PhoneView = ProjectorView;

/**
 * The member's own status as the server pushes it on `participant/self` (the design's
 * ParticipantSelf): nothing about anyone else, no notes, no phone numbers.
 */
export type ParticipantSelf = Readonly<{
  memberId: string;
  name: string;
  role: 'member' | 'observer';
  meetingStatus: MeetingStatus;
  signedIn: boolean;
  signedInVia: Via | null;
  queue: Readonly<{
    itemId: string;
    position: number | null;
    stance: Stance;
    pointOfOrder: boolean;
  }> | null;
  vote: Readonly<{
    voteId: string;
    method: VoteMethod;
    question: string;
    secret: boolean;
    choices: readonly Readonly<{ key: string; label: string }>[];
    myChoice: string | null;
    voted: boolean;
    canVote: boolean;
  }> | null;
}>;

export type SelfVote = NonNullable<ParticipantSelf['vote']>;
