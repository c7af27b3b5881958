import { create } from 'zustand';
import type { ApiClient } from '../../../shared/api';
import { createChairSlice, type ChairSlice } from './chair-slice';
import { createConnectionSlice, type ConnectionSlice } from './connection-slice';
import { createMeetingsSlice, type MeetingsSlice } from './meetings-slice';
import { createMeetingSlice, type MeetingSlice } from './meeting-slice';
import { createProjectorSlice, type ProjectorSlice } from './projector-slice';

export type Store = ConnectionSlice &
  MeetingsSlice &
  MeetingSlice &
  ProjectorSlice &
  ChairSlice & {
    api: ApiClient;
  };

/**
 * One store per window, built from slices. It mirrors what main sends and turns clicks into
 * commands; tallies, quorum and results come computed from the core, never from here.
 */
export function createStore(api: ApiClient) {
  const store = create<Store>()((...args) => ({
    api,
    ...createConnectionSlice(...args),
    ...createMeetingsSlice(...args),
    ...createMeetingSlice(...args),
    ...createProjectorSlice(...args),
    ...createChairSlice(...args),
  }));
  api.onConnection((connected) => store.getState().setConnected(connected));
  api.subscribe('meeting/changed', (change) => store.getState().receiveChange(change));
  api.subscribe('projector/view', (payload) => store.getState().receiveView(payload));
  api.subscribe('projector/control', (control) => store.getState().receiveControl(control));
  return store;
}

export type AppStore = ReturnType<typeof createStore>;
