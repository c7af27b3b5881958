import type { AreaHandlers } from './area';
import type { HandlerContext } from './context';
import { reconcileBallotBox } from './meeting';

type Channel =
  'room/status' | 'room/set' | 'room/rotate' | 'room/confirm' | 'room/reject' | 'room/release';

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
  };
}
