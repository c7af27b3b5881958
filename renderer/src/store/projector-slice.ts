import type { StateCreator } from 'zustand';
import type { ProjectorControl, PushOf } from '../../../shared/api';
import type { Store } from './store';

export type ProjectorSlice = {
  view: PushOf<'projector/view'>['view'];
  /** serverTime minus this device's clock when the view arrived: countdowns use server time. */
  clockOffsetMs: number;
  control: ProjectorControl;
  /** 现场互动's join QR, address and short code while the room is on (never a personal code). */
  roomJoin: PushOf<'projector/view'>['room'];
  receiveView(payload: PushOf<'projector/view'>): void;
  receiveControl(control: ProjectorControl): void;
};

export const createProjectorSlice: StateCreator<Store, [], [], ProjectorSlice> = (set) => ({
  view: null,
  clockOffsetMs: 0,
  control: { blank: false, frozenAt: null, theme: 'light', locale: null },
  roomJoin: null,
  receiveControl: (control) => set({ control }),
  receiveView: (payload) =>
    set({
      view: payload.view,
      control: payload.control,
      roomJoin: payload.room ?? null,
      clockOffsetMs: payload.serverTime - Date.now(),
    }),
});
