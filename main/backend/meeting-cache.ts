import type { ApiError } from '../../shared/api';
import { replay, type MeetingState } from '../../shared/domain';
import type { MeetingRepository } from './repository';

type Lane = {
  first: Array<() => Promise<void>>;
  rest: Array<() => Promise<void>>;
  running: boolean;
};

/**
 * The meetings the backend has in memory: each replayed from storage once, then kept current by
 * the commands it accepts. Commands on one meeting run one at a time (`serial`), so each is
 * decided on the state before it.
 */
export class MeetingCache {
  /** The meeting the chair has open; the projector shows it. */
  active: string | null = null;
  private readonly states = new Map<string, MeetingState>();
  /** What storage repaired when it opened each meeting: told to the chair once, on opening. */
  private readonly recovery = new Map<string, readonly ApiError[]>();
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly repository: MeetingRepository) {}

  /**
   * Runs `work` when every earlier command on the meeting is done. `first`: before the commands
   * still waiting that are not `first` themselves (the chair's click does not wait behind a
   * room of phones voting); each is still decided on the state the one before it left.
   */
  serial<T>(meetingId: string, work: () => Promise<T>, first = false): Promise<T> {
    let lane = this.lanes.get(meetingId);
    if (!lane) this.lanes.set(meetingId, (lane = { first: [], rest: [], running: false }));
    return new Promise<T>((resolve, reject) => {
      (first ? lane.first : lane.rest).push(() => work().then(resolve, reject));
      this.next(meetingId, lane);
    });
  }

  private next(meetingId: string, lane: Lane): void {
    if (lane.running) return;
    const job = lane.first.shift() ?? lane.rest.shift();
    if (!job) return void this.lanes.delete(meetingId);
    lane.running = true;
    void Promise.resolve()
      .then(job)
      .catch(() => undefined)
      .finally(() => {
        lane.running = false;
        this.next(meetingId, lane);
      });
  }

  /** The meeting's state, replayed from storage the first time; null if there is no such meeting. */
  async load(meetingId: string): Promise<MeetingState | null> {
    const cached = this.states.get(meetingId);
    if (cached) return cached;
    const loaded = await this.repository.load(meetingId);
    if (!loaded) return null;
    const state = replay(meetingId, loaded.events);
    this.recovery.set(meetingId, loaded.notices);
    this.states.set(meetingId, state);
    return state;
  }

  /** The state if this backend holds it already; never reads the disk (for the meeting list). */
  peek(meetingId: string): MeetingState | undefined {
    return this.states.get(meetingId);
  }

  set(meetingId: string, state: MeetingState): void {
    this.states.set(meetingId, state);
  }

  /** Drops a meeting from memory, so it is read again from disk (after an archive replaced it). */
  forget(meetingId: string): void {
    this.states.delete(meetingId);
  }

  /** What storage repaired on opening the meeting, once: the second call gets nothing. */
  takeRecovery(meetingId: string): ApiError[] {
    const notices = [...(this.recovery.get(meetingId) ?? [])];
    this.recovery.delete(meetingId);
    return notices;
  }

  activeState(): MeetingState | undefined {
    return this.active ? this.states.get(this.active) : undefined;
  }

  entries(): IterableIterator<[string, MeetingState]> {
    return this.states.entries();
  }
}
