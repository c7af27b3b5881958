import type { StateCreator } from 'zustand';
import type { MeetingChange, MeetingSnapshot } from '../../../shared/api';
import { apply, type CommandInput } from '../../../shared/domain';
import type { Store } from './store';

export type MeetingSlice = {
  /** The open meeting exactly as main last sent it; the store never computes domain results. */
  snapshot: MeetingSnapshot | null;
  openMeeting(meetingId: string): Promise<void>;
  closeMeetingView(): void;
  /** Sends a command; resolves true when main acknowledged it (on disk). */
  send(source: string, command: CommandInput): Promise<boolean>;
  receiveChange(change: MeetingChange): void;
};

export const createMeetingSlice: StateCreator<Store, [], [], MeetingSlice> = (set, get) => ({
  snapshot: null,
  async openMeeting(meetingId) {
    const result = await get().api.call('meeting/open', { meetingId });
    get().reportError('open', result.ok ? null : result.error);
    if (result.ok) {
      set({ snapshot: result.value });
      history.replaceState(null, '', `#meeting=${encodeURIComponent(meetingId)}`);
    }
  },
  closeMeetingView() {
    set({ snapshot: null });
    history.replaceState(null, '', location.pathname);
  },
  async send(source, command) {
    const meetingId = get().snapshot?.meetingId;
    if (!meetingId) return false;
    const result = await get().api.call('meeting/dispatch', { meetingId, command });
    get().reportError(source, result.ok ? null : result.error);
    return result.ok;
  },
  receiveChange(change) {
    const snapshot = get().snapshot;
    // Changes to another meeting (another chair window) do not touch the one on screen.
    if (!snapshot || snapshot.meetingId !== change.meetingId) return;
    if (snapshot.state.version !== change.version - change.events.length) {
      // A missed change (reconnect, a slow window): take a fresh snapshot rather than guess.
      void get().openMeeting(change.meetingId);
      return;
    }
    // The same pure apply as main: folding the events main decided reproduces main's state.
    const state = change.events.reduce(apply, snapshot.state);
    set({ snapshot: { ...snapshot, state, save: change.save } });
  },
});
