import { create } from 'zustand';
import type { ApiClient } from '../../../shared/api';
import { createChairSlice, type ChairSlice } from './chair-slice';
import { createConnectionSlice, type ConnectionSlice } from './connection-slice';
import { createFollowupSlice, type FollowupSlice } from './followup-slice';
import { createMeetingsSlice, type MeetingsSlice } from './meetings-slice';
import { createMeetingSlice, type MeetingSlice } from './meeting-slice';
import { createProjectorSlice, type ProjectorSlice } from './projector-slice';
import { createRoomSlice, type RoomSlice } from './room-slice';

export type Store = ConnectionSlice &
  MeetingsSlice &
  MeetingSlice &
  ProjectorSlice &
  ChairSlice &
  FollowupSlice &
  RoomSlice & {
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
    ...createFollowupSlice(...args),
    ...createRoomSlice(...args),
  }));
  api.onConnection((connected) => {
    store.getState().setConnected(connected);
    // Pushes may have been missed while away: a held follow-up mirror is fetched again.
    if (connected && store.getState().followup !== null) void store.getState().loadFollowup();
  });
  api.subscribe('meeting/changed', (change) => store.getState().receiveChange(change));
  api.subscribe('projector/view', (payload) => store.getState().receiveView(payload));
  api.subscribe('projector/control', (control) => store.getState().receiveControl(control));
  api.subscribe('room/status', (status) => store.getState().receiveRoom(status));
  api.subscribe('followup/changed', ({ version }) =>
    store.getState().receiveFollowupChange(version),
  );
  return store;
}

export type AppStore = ReturnType<typeof createStore>;
