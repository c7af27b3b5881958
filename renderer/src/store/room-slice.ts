import type { StateCreator } from 'zustand';
import type { ApiError } from '../../../shared/api';
import type { RoomStatus } from '../../../shared/api/room';
import type { Store } from './store';

type Answer = { ok: true; value: RoomStatus } | { ok: false; error: ApiError };

export type RoomSlice = {
  /** 现场互动 as main last said (a push on every change); null until asked. */
  room: RoomStatus | null;
  receiveRoom(status: RoomStatus): void;
  loadRoom(): Promise<void>;
  /** A chair's room action; its error is reported under `source`, its answer replaces the status. */
  roomAct(source: string, request: Promise<Answer>): Promise<boolean>;
};

export const createRoomSlice: StateCreator<Store, [], [], RoomSlice> = (set, get) => ({
  room: null,
  receiveRoom: (room) => set({ room }),
  async loadRoom() {
    const result = await get().api.call('room/status', {});
    if (result.ok) set({ room: result.value });
  },
  async roomAct(source, request) {
    const result = await request;
    get().reportError(source, result.ok ? null : result.error);
    if (result.ok) set({ room: result.value });
    return result.ok;
  },
});

/**
 * The room as it concerns the meeting on screen: on, and for this meeting. The room belongs to
 * one meeting at a time; a chair who opened another meeting sees none of its waiting list.
 */
export function roomHere(store: Pick<Store, 'room' | 'snapshot'>): RoomStatus | null {
  const room = store.room;
  const meetingId = store.snapshot?.meetingId;
  return room?.enabled && meetingId && room.meetingId === meetingId ? room : null;
}

const joined = new WeakMap<RoomStatus, ReadonlySet<string>>();

/**
 * The members with a phone joined, as a set built once per status: each of hundreds of sign-in
 * cards asks it on every push while phones join at the door.
 */
export function phoneJoined(store: Pick<Store, 'room' | 'snapshot'>, memberId: string): boolean {
  const room = roomHere(store);
  if (!room) return false;
  let members = joined.get(room);
  if (!members) {
    members = new Set(room.devices.map((device) => device.memberId));
    joined.set(room, members);
  }
  return members.has(memberId);
}
