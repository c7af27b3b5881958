import type { ProjectorControl, PushChannel, Result, Role } from '../../shared/api';
import type { BackendDeps } from './deps';
import { startFollowupAutoImport } from './followup-auto-import';
import { handleRequest } from './gate';
import { createContext } from './handlers/context';
import { backendHandlers } from './handlers';
import { noLan } from './lan-control';
import type { PushHub } from './push-hub';
import type { RoomService } from '../room/room-service';
import type { Caller } from './gate';

export type { BackendDeps } from './deps';

export type Backend = Readonly<{
  handle(role: Role, channel: unknown, payload: unknown, caller?: Caller): Promise<Result<unknown>>;
  hub: PushHub;
  /** What a window must receive as soon as it connects, before any change happens. */
  initialPushes(role: Role): ReadonlyArray<readonly [PushChannel, unknown]>;
  lanTokenValid(token: string): boolean;
  /** The room (现场互动): its codes, its phones, its ballot boxes. */
  room: RoomService;
  activeMeetingId(): string | null;
  projectorControl(): ProjectorControl;
  close(): Promise<void>;
}>;

/**
 * The one backend both carriers talk to. State lives here, not in the windows: every command is
 * stamped with the laptop's time, decided by the pure core, taken by the store and pushed to
 * every window, and acknowledged once it is on disk (handlers/meeting.ts). The channels' handlers live in handlers/, one module
 * per area.
 */
export function createBackend(deps: BackendDeps): Backend {
  const ctx = createContext(deps);
  const { hub, meetings, controls } = ctx;
  const handlers = backendHandlers(ctx);
  // A closed meeting's action items go to the follow-up board by themselves (once).
  const followupImport = startFollowupAutoImport(ctx);
  const lan = deps.lan ?? noLan;

  // When the disk recovers (or fails), every chair window learns the new save status at once.
  const stopWatching = deps.repository.onSaveStatusChange(() => {
    for (const [meetingId, state] of meetings.entries()) ctx.publish(meetingId, state, []);
  });

  return {
    handle: (role, channel, payload, caller) =>
      handleRequest(handlers, role, channel, payload, caller),
    hub,
    initialPushes: (role) =>
      role === 'chair'
        ? [['projector/control', controls.value]]
        : [['projector/view', ctx.projectorPayload()]],
    lanTokenValid: (token) => lan.tokenValid(token),
    room: ctx.room,
    activeMeetingId: () => meetings.active,
    projectorControl: () => controls.value,
    close: async () => {
      stopWatching();
      await followupImport.settled();
      await deps.followup?.repo.close();
      await deps.repository.close();
    },
  };
}
