import { apiError } from '../../../shared/api';
import type { AreaHandlers } from './area';
import type { HandlerContext } from './context';

type Channel = 'join/roster' | 'join/request';

/**
 * A guest: a phone with the room code, not yet anyone. It may read the names to pick its own
 * (names only: no phone, no category) and ask to join as one; the chair decides.
 */
export function joinHandlers({ room, meetings }: HandlerContext): AreaHandlers<Channel> {
  return {
    'join/roster': (_request, caller) => {
      const meetingId = room.meetingId();
      const state = meetingId ? meetings.peek(meetingId) : undefined;
      if (!state || !caller.socket || !room.phones.guests.has(caller.socket)) {
        return Promise.resolve({ ok: false, error: apiError('room.off') });
      }
      const members = state.memberOrder.flatMap((memberId) => {
        const member = state.members[memberId];
        return member ? [{ memberId, name: member.name }] : [];
      });
      return Promise.resolve({
        ok: true,
        value: { meetingTitle: state.meeting?.title ?? '', members },
      });
    },
    'join/request': ({ memberId, joinId }, caller) =>
      Promise.resolve(
        caller.socket
          ? room.request(caller.socket, memberId, joinId)
          : { ok: false, error: apiError('room.off') },
      ),
  };
}
