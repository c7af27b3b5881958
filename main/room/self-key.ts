import type { MeetingState } from '../../shared/domain';

/**
 * What a member's own view (participantSelf in shared/domain/selectors/participant.ts) is made
 * of, as references into the immutable state: when none of them changed, the view did not
 * either, and the phone's frame is neither rebuilt nor compared. A ballot changes one member's
 * parts, so a room of phones voting rebuilds one view per ballot, not one per phone.
 * Keep in step with participantSelf: tests/main/room/self-key.test.ts compares the two.
 */
export class SelfKeys {
  private shared: readonly unknown[] = [];
  private voters: Readonly<{ list: readonly string[]; set: ReadonlySet<string> }> | null = null;
  private readonly members = new Map<string, readonly unknown[]>();

  /** Call once per state before asking `changed` for its members. */
  begin(state: MeetingState): void {
    const vote = state.openVoteId === null ? undefined : state.votes[state.openVoteId];
    const shared = [
      state.members,
      state.meeting,
      state.currentItemId,
      state.floor,
      state.queues,
      state.speeches,
      state.openVoteId,
      vote?.voteId,
      vote?.status,
      vote?.method,
      vote?.question,
      vote?.options,
    ];
    if (!sameParts(shared, this.shared)) {
      this.shared = shared;
      this.members.clear();
    }
    const list = vote?.deviceVoters ?? [];
    if (this.voters?.list !== list) this.voters = { list, set: new Set(list) };
  }

  /** Whether this member's view may differ from the one built when this was last true. */
  changed(state: MeetingState, memberId: string): boolean {
    const vote = state.openVoteId === null ? undefined : state.votes[state.openVoteId];
    const parts = [
      state.attendance[memberId],
      vote?.deviceBallots[memberId],
      vote?.ballots[memberId],
      this.voters?.set.has(memberId) ?? false,
    ];
    const before = this.members.get(memberId);
    if (before && sameParts(parts, before)) return false;
    this.members.set(memberId, parts);
    return true;
  }

  forget(): void {
    this.shared = [];
    this.members.clear();
  }
}

function sameParts(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}
