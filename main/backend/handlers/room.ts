import { qrcode } from '../../lazy-package';
import { apiError, type PersonalQr, type Result } from '../../../shared/api';
import type { RoomService } from '../../room/room-service';
import type { AreaHandlers } from './area';
import type { HandlerContext } from './context';
import { reconcileBallotBox } from './meeting';

type Channel =
  | 'room/status'
  | 'room/set'
  | 'room/rotate'
  | 'room/confirm'
  | 'room/reject'
  | 'room/release'
  | 'room/personalQr';

/** The chair's side of the room (现场互动): on or off, codes, who waits, which phones are joined. */
export function roomHandlers(ctx: HandlerContext): AreaHandlers<Channel> {
  const { room } = ctx;
  return {
    'room/status': () => Promise.resolve({ ok: true, value: room.status() }),
    'room/set': async ({ enabled, meetingId }) => {
      const result = await room.set(enabled, meetingId);
      if (result.ok && meetingId !== null && enabled) await reconcileBallotBox(ctx, meetingId);
      return result;
    },
    'room/rotate': () => room.rotate(),
    'room/confirm': ({ joinId }) => room.confirm(joinId),
    'room/reject': ({ joinId }) => Promise.resolve(room.reject(joinId)),
    'room/release': ({ memberId }) => room.release(memberId),
    'room/personalQr': ({ memberId }) => personalQr(room, memberId),
  };
}

/**
 * A member's own slip, shown on the chair's screen to a member who walks up. A member whose phone
 * is already joined is refused: their code would be refused on any other phone (room.deviceHeld
 * at /join/slip), so the chair releases the old phone first rather than putting a code on the
 * screen that cannot work.
 */
async function personalQr(room: RoomService, memberId: string): Promise<Result<PersonalQr>> {
  const meetingId = room.meetingId();
  if (meetingId === null) return { ok: false, error: apiError('room.off') };
  const urls = await room.personalJoinUrls(meetingId);
  if (!urls.ok) return urls;
  const entry = urls.value.find((candidate) => candidate.memberId === memberId);
  if (!entry) return { ok: false, error: apiError('room.unknownMember') };
  if (room.status().devices.some((device) => device.memberId === memberId)) {
    return { ok: false, error: apiError('room.deviceHeld') };
  }
  const qrSvg = await qrcode().toString(entry.url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  return { ok: true, value: { ...entry, qrSvg } };
}
