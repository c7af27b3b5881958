import type { StateCreator } from 'zustand';
import type { ApiError } from '../../../shared/api';
import type { Store } from './store';

export type ConnectionSlice = {
  connected: boolean;
  /** The last error a chair action produced, shown next to what caused it. */
  lastError: { source: string; error: ApiError } | null;
  setConnected(connected: boolean): void;
  reportError(source: string, error: ApiError | null): void;
};

export const createConnectionSlice: StateCreator<Store, [], [], ConnectionSlice> = (set, get) => ({
  connected: false,
  lastError: null,
  setConnected: (connected) => set({ connected }),
  reportError: (source, error) => {
    // Every successful action clears the error; with none shown there is nothing to notify.
    if (!error && get().lastError === null) return;
    set({ lastError: error ? { source, error } : null });
  },
});
