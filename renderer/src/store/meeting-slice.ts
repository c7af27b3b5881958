import type { StateCreator } from 'zustand';
import type { MeetingSnapshot } from '../../../shared/api';
import type { CommandInput } from '../../../shared/domain';
import type { Store } from './store';

export type MeetingSlice = {
  /** The open meeting exactly as main last sent it; the store never computes domain results. */
  snapshot: MeetingSnapshot | null;
  openMeeting(meetingId: string): Promise<void>;
  closeMeetingView(): void;
  /** Sends a command; resolves true when main acknowledged it (on disk). */
  send(source: string, command: CommandInput): Promise<boolean>;
  receiveSnapshot(snapshot: MeetingSnapshot): void;
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
  receiveSnapshot(snapshot) {
    // Pushes for another meeting (another chair window) do not replace the one on screen.
    if (get().snapshot?.meetingId === snapshot.meetingId) set({ snapshot });
  },
});
