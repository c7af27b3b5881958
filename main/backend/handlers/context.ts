import type { ProjectorControl, PushOf } from '../../../shared/api';
import {
  toProjectorView,
  type MeetingEvent,
  type MeetingState,
  type ProjectorView,
} from '../../../shared/domain';
import type { BackendDeps } from '../deps';
import { MeetingCache } from '../meeting-cache';
import { ProjectorControls } from '../projector-control';
import { PushHub } from '../push-hub';
import { summaryOf } from '../summary';
import { noLan } from '../lan-control';
import { memoryRoomStore } from '../../room/room-store';
import { RoomService } from '../../room/room-service';
import { participantSelf } from '../../../shared/domain';
import { throttle } from '../../room/throttle';
import { ChangeBatch } from '../change-batch';

/**
 * A room of phones voting changes the meeting a hundred times a second, and each projector
 * frame is the whole view (its counts over every member): phones' changes reach the projector
 * at most this often. The chair's own clicks are never held back.
 */
const PROJECTOR_BATCH_MS = 20;
/** Phones' changes reach the chair's windows at most this often (main/backend/change-batch.ts). */
const CHAIR_BATCH_MS = 100;

/**
 * What every area's handlers are given: the services the backend was built with, the push hub,
 * the meeting cache with its serial lanes, the projector's presentation state, and the two steps
 * every change ends with (store a new meeting, publish a change).
 */
export type HandlerContext = Readonly<{
  deps: BackendDeps;
  hub: PushHub;
  meetings: MeetingCache;
  controls: ProjectorControls;
  /** The room (现场互动): members' phones on the LAN listener. */
  room: RoomService;
  /** The active meeting as the projector would show it live (not blanked or frozen). */
  liveView(): ProjectorView | null;
  /** What the projector screens receive: the view as controlled, the time, the control. */
  projectorPayload(): PushOf<'projector/view'>;
  /**
   * Tells every window a meeting changed (and the projector, if it is the active one).
   * `batched`: a phone's change; the projector's frame may wait up to PROJECTOR_BATCH_MS to
   * carry the phones' changes of that moment together.
   */
  publish(
    meetingId: string,
    state: MeetingState,
    events: readonly MeetingEvent[],
    batched?: boolean,
  ): void;
  /** Writes a new meeting's first events and keeps its state. */
  store(meetingId: string, events: readonly MeetingEvent[], state: MeetingState): Promise<void>;
}>;

export function createContext(deps: BackendDeps): HandlerContext {
  const hub = new PushHub();
  const meetings = new MeetingCache(deps.repository);
  const controls = new ProjectorControls();
  // A state is never changed in place, so its view is made once: the projector's frame and the
  // phones' (sent on their own timers) read the same one, in a storm of ballots as in a quiet room.
  let viewed: { state: MeetingState; view: ProjectorView } | null = null;
  const liveView = (): ProjectorView | null => {
    const state = meetings.activeState();
    if (!state) return null;
    if (viewed?.state !== state) viewed = { state, view: toProjectorView(state) };
    return viewed.view;
  };
  let shownRoom = 'null';
  const room: RoomService = new RoomService({
    store: deps.rooms ?? memoryRoomStore(),
    lan: deps.lan ?? noLan,
    clock: deps.clock,
    meetings,
    changed: (status) => {
      hub.publish('room/status', status);
      // The projector only needs a new frame when its QR or short code changed.
      const shown = JSON.stringify(room.display(meetings.active));
      if (shown !== shownRoom) hub.publish('projector/view', projectorPayload());
    },
    view: (): unknown => projectorPayload(),
    self: (meetingId, memberId) => {
      const state = meetings.peek(meetingId);
      return state ? participantSelf(state, memberId) : null;
    },
  });
  const projectorPayload = (): PushOf<'projector/view'> => {
    const shown = room.display(meetings.active);
    shownRoom = JSON.stringify(shown);
    return {
      view: controls.view(liveView),
      serverTime: deps.clock(),
      control: controls.value satisfies ProjectorControl,
      room: shown,
    };
  };

  const projectorNow = () => hub.publish('projector/view', projectorPayload());
  const projectorBatch = throttle(projectorNow, PROJECTOR_BATCH_MS);
  const chairBatch = new ChangeBatch(
    (change) => hub.publish('meeting/changed', change),
    CHAIR_BATCH_MS,
  );

  // Phones get the projector's view as the projector does, throttled (room/phones.ts).
  hub.subscribe('participant', (channel, payload) => {
    if (channel === 'projector/view') room.phones.view(payload);
  });
  return {
    deps,
    hub,
    meetings,
    controls,
    room,
    liveView,
    projectorPayload,
    publish: (meetingId, state, events, batched = false) => {
      const change = {
        meetingId,
        version: state.version,
        events: [...events],
        save: deps.repository.saveStatus(meetingId),
      };
      if (batched) chairBatch.add(change);
      else chairBatch.now(change);
      if (meetingId === meetings.active && batched) projectorBatch.run();
      else if (meetingId === meetings.active) {
        projectorBatch.cancel();
        projectorNow();
      }
      room.meetingChanged(meetingId, state, (memberId) => participantSelf(state, memberId));
    },
    store: async (meetingId, events, state) => {
      await deps.repository.create(meetingId, events, summaryOf(meetingId, state, deps.clock()));
      meetings.set(meetingId, state);
    },
  };
}
