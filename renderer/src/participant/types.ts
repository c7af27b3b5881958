import type { ParticipantSelf, ProjectorView } from '../../../shared/domain';

export type { ParticipantSelf } from '../../../shared/domain';

/** What the room sees (the projector view), as it reaches a phone. */
export type PhoneView = ProjectorView;

/** The open vote as this member sees it (never another member's choice, never a secret one). */
export type SelfVote = NonNullable<ParticipantSelf['vote']>;
