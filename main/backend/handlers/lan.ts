import { apiError } from '../../../shared/api';
import { noLan } from '../lan-control';
import type { AreaHandlers } from './area';
import type { HandlerContext } from './context';

type Channel = 'lan/status' | 'lan/set' | 'lan/rotateToken';

/** The read-only LAN display: on or off, and the token its address carries. */
export function lanHandlers({ deps, room }: HandlerContext): AreaHandlers<Channel> {
  const lan = deps.lan ?? noLan;
  return {
    'lan/status': () => Promise.resolve({ ok: true, value: lan.status() }),
    'lan/set': async ({ enabled }) => {
      try {
        // The room lives on the LAN listener: turning the listener off ends the room too.
        if (!enabled && room.meetingId() !== null) await room.set(false, null);
        return { ok: true, value: await (enabled ? lan.enable() : lan.disable()) };
      } catch (error) {
        // Typically the LAN port is taken by another program: say so instead of failing silently.
        return {
          ok: false,
          error: apiError('lan.unavailable', {
            message: String((error as Error).message ?? error),
          }),
        };
      }
    },
    'lan/rotateToken': async () => ({ ok: true, value: await lan.rotate() }),
  };
}
