import type { Tally } from '../../shared/domain/rules';
import type { BallotBox, RoomStore } from './room-store';

type Counts = Record<string, Tally>;

/**
 * The ballot boxes of secret votes cast on phones, one file per meeting. A ballot goes into the
 * box (written to disk) BEFORE the record is told the member has voted, so a crash between the
 * two leaves a voter in the box that `missingVoters` finds on the next open: no ballot is lost,
 * and as the box is written once per voter, none is counted twice.
 */
export class BallotBoxes {
  private readonly boxes = new Map<string, BallotBox>();
  /**
   * Which ballotId put a member's ballot in, in memory only (never stored: the record must not
   * link a member to anything of their ballot). A phone re-sending after a reconnect is told
   * its ballot was counted; after a restart it is told it has already voted.
   */
  private readonly ballotIds = new Map<string, string>();

  constructor(private readonly store: RoomStore) {}

  async box(meetingId: string): Promise<BallotBox> {
    let box = this.boxes.get(meetingId);
    if (!box) {
      box = await this.store.loadBox(meetingId);
      this.boxes.set(meetingId, box);
    }
    return box;
  }

  async hasVoted(meetingId: string, voteId: string, memberId: string): Promise<boolean> {
    return (await this.box(meetingId))[voteId]?.voters.includes(memberId) ?? false;
  }

  /** Was this member's ballot the one with this id (a replay)? */
  sameBallot(meetingId: string, voteId: string, memberId: string, ballotId: string): boolean {
    return this.ballotIds.get(`${meetingId}\u0000${voteId}\u0000${memberId}`) === ballotId;
  }

  /** Puts one ballot in: the voter into the sorted list, the choice into the counts; on disk. */
  async put(
    meetingId: string,
    voteId: string,
    ballot: Readonly<{ memberId: string; ballotId: string; choice: string; weight: Tally }>,
  ): Promise<void> {
    const box = await this.box(meetingId);
    const entry = box[voteId] ?? { voters: [], counts: {} };
    const counts: Counts = { ...entry.counts };
    const before = counts[ballot.choice] ?? { heads: 0, households: 0, area: 0 };
    counts[ballot.choice] = {
      heads: before.heads + ballot.weight.heads,
      households: before.households + ballot.weight.households,
      area: before.area + ballot.weight.area,
    };
    const next: BallotBox = {
      ...box,
      [voteId]: { voters: [...entry.voters, ballot.memberId].sort(), counts },
    };
    await this.store.saveBox(meetingId, next);
    this.boxes.set(meetingId, next);
    this.ballotIds.set(`${meetingId}\u0000${voteId}\u0000${ballot.memberId}`, ballot.ballotId);
  }

  /** The box's aggregate for one vote: what its close seals into the record. */
  async sealed(meetingId: string, voteId: string): Promise<Counts> {
    return { ...((await this.box(meetingId))[voteId]?.counts ?? {}) };
  }

  /** Voters in the box the record does not know as voted yet (after a crash between the two). */
  async missingVoters(
    meetingId: string,
    voteId: string,
    marked: readonly string[],
  ): Promise<string[]> {
    const known = new Set(marked);
    return ((await this.box(meetingId))[voteId]?.voters ?? []).filter((id) => !known.has(id));
  }

  /** Forgets the in-memory copy (a test, or a meeting replaced by an archive import). */
  forget(meetingId: string): void {
    this.boxes.delete(meetingId);
  }
}
