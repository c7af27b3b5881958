import type { StateCreator } from 'zustand';
import type { FollowupState } from '../../../shared/followup';
import type { Store } from './store';

export type FollowupSlice = {
  /** The follow-up registry as main last sent it (the board computes its rows from it). */
  followup: FollowupState | null;
  loadFollowup(): Promise<void>;
  /** A `followup/changed` push: fetch again if the mirror is held and behind. */
  receiveFollowupChange(version: number): void;
};

export const createFollowupSlice: StateCreator<Store, [], [], FollowupSlice> = (set, get) => ({
  followup: null,
  async loadFollowup() {
    const result = await get().api.call('followup/state', {});
    // A background fetch reports only its failure: success must not clear another area's error.
    if (result.ok) set({ followup: result.value });
    else get().reportError('board', result.error);
  },
  receiveFollowupChange(version) {
    const held = get().followup;
    if (held !== null && held.version !== version) void get().loadFollowup();
  },
});
