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

  /**
   * Is this ballot id one the box took (a phone re-sending after a reconnect or a restart)? The
   * box keeps the spent ids as a sorted list, with no member beside them.
   */
  async spent(meetingId: string, voteId: string, ballotId: string): Promise<boolean> {
    return (await this.box(meetingId))[voteId]?.ballots?.includes(ballotId) ?? false;
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
      [voteId]: {
        voters: [...entry.voters, ballot.memberId].sort(),
        counts,
        ballots: [...(entry.ballots ?? []), ballot.ballotId].sort(),
      },
    };
    await this.store.saveBox(meetingId, next);
    this.boxes.set(meetingId, next);
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
