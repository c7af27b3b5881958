import type { StateCreator } from 'zustand';
import type { MeetingSummary } from '../../../shared/api';
import type { Store } from './store';

export type DemoSummary = { seedId: string; title: string };

export type MeetingsSlice = {
  meetings: readonly MeetingSummary[];
  demos: readonly DemoSummary[];
  refreshMeetings(): Promise<void>;
  openDemo(seedId: string): Promise<string | null>;
};

export const createMeetingsSlice: StateCreator<Store, [], [], MeetingsSlice> = (set, get) => ({
  meetings: [],
  demos: [],
  async refreshMeetings() {
    const api = get().api;
    const [meetings, demos] = await Promise.all([
      api.call('meetings/list', {}),
      api.call('meetings/listDemos', {}),
    ]);
    if (meetings.ok) set({ meetings: meetings.value });
    if (demos.ok) set({ demos: demos.value });
    get().reportError('meetings', meetings.ok ? null : meetings.error);
  },
  async openDemo(seedId) {
    const result = await get().api.call('meetings/openDemo', { seedId });
    get().reportError('demo', result.ok ? null : result.error);
    if (!result.ok) return null;
    await get().openMeeting(result.value.meetingId);
    return result.value.meetingId;
  },
});
