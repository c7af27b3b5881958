import type { MeetingState } from '../../shared/domain';
import { newSecret, newShortCode } from './codes';
import type { RoomRecord } from './room-store';

/** A room with every code new: nothing a phone, a slip or a photo of the screen held opens it. */
export function freshRecord(meetingId: string, state: MeetingState | undefined): RoomRecord {
  const personal: Record<string, string> = {};
  for (const memberId of state?.memberOrder ?? []) personal[memberId] = newSecret();
  return { meetingId, roomToken: newSecret(), shortCode: newShortCode(), personal, devices: {} };
}

/** Gives members added since the codes were made their own personal code; null if none was missing. */
export function withMissingCodes(record: RoomRecord, state: MeetingState): RoomRecord | null {
  const missing = state.memberOrder.filter((memberId) => !(memberId in record.personal));
  if (missing.length === 0) return null;
  const personal = { ...record.personal };
  for (const memberId of missing) personal[memberId] = newSecret();
  return { ...record, personal };
}

/** The record without one member's device (released by the chair, or the member removed). */
export function withoutDevice(record: RoomRecord, memberId: string): RoomRecord {
  const devices = { ...record.devices };
  delete devices[memberId];
  return { ...record, devices };
}

/** Join URLs on each LAN origin the display listens on, for a query (room=… or code=…). */
export function joinUrls(lanUrls: readonly string[], query: string): string[] {
  return lanUrls.map((url) => `${new URL(url).origin}/join?${query}`);
}
