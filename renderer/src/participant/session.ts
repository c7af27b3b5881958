import { createStore } from 'zustand/vanilla';
import type { ApiError, PushOf } from '../../../shared/api';
import type { Stance } from '../../../shared/domain/vocabulary';
import type { WsClient } from '../api/ws-client';
import {
  initialPhase,
  initialState,
  reduce,
  type CodeError,
  type PhoneEvent,
  type PhoneState,
} from './machine';
import { createOutbox, type PendingBallot } from './outbox';
import { clearDeviceKey, loadDeviceKey, saveDeviceKey, type KeyValueStore } from './storage';

/** What the page shows besides the state: the pending ballot and the last refusal. */
export type SessionView = Readonly<{
  state: PhoneState;
  pending: PendingBallot | null;
  error: ApiError | null;
  /** A command is on its way: its button waits instead of sending twice. */
  busy: boolean;
}>;

/** Why the server ended a socket for good: its credential died, or the meeting was closed. */
export type Gone = 'dead' | 'ended';

export type SessionDeps = Readonly<{
  storage: KeyValueStore | null;
  /** Opens /ws/guest?room=… or /ws/participant?key=…; gone: the server ended it for good. */
  openSocket(path: string, gone: (why: Gone) => void): WsClient;
  /** POST /join/short: the room token for a typed short code. */
  findRoom(code: string): Promise<{ room: string } | { error: CodeError }>;
  /** POST /join/slip: a device key for a slip's personal code (this phone's own key again). */
  redeemSlip(
    code: string,
    deviceKey: string | null,
  ): Promise<{ deviceKey: string } | { error: CodeError }>;
  /** Drops ?code=/?room= from the address bar once used: a slip's code must not linger there. */
  forgetUrl(): void;
  newId(): string;
  now(): number;
}>;

export type Session = ReturnType<typeof createSession>;

/**
 * The phone page's one controller: it holds the state machine, opens the guest socket (room
 * code, not yet confirmed) or the participant socket (device key), and turns taps into requests.
 * Everything it shows comes from the server's pushes; it decides nothing about the meeting.
 */
export function createSession(
  route: Readonly<{ room?: string; code?: string }>,
  deps: SessionDeps,
) {
  const store = createStore<SessionView>(() => ({
    state: initialState(initialPhase(route, loadDeviceKey(deps.storage))),
    pending: null,
    error: null,
    busy: false,
  }));
  let client: WsClient | null = null;
  let started = false;
  const dispatch = (event: PhoneEvent) =>
    store.setState((view) => ({ state: reduce(view.state, event) }));
  const phase = () => store.getState().state.phase;
  const deviceKey = () => {
    const current = phase();
    return current.kind === 'member' ? current.deviceKey : null;
  };

  const outbox = createOutbox(
    deps.storage,
    (ballot) =>
      client
        ? client.call('participant/vote', {
            voteId: ballot.voteId,
            ballotId: ballot.ballotId,
            choice: ballot.choice,
          })
        : Promise.resolve({ ok: false, error: { code: 'api.disconnected', params: {} } }),
    deps.newId,
  );
  const showPending = () => {
    const key = deviceKey();
    store.setState({ pending: key ? outbox.pending(key) : null });
  };

  const leaveSocket = () => {
    client?.close();
    client = null;
  };

  /** The credential died with the room's codes or the meeting: it is never tried again. */
  const gone = (why: Gone) => {
    leaveSocket();
    clearDeviceKey(deps.storage);
    outbox.clear();
    dispatch({ type: why === 'dead' ? 'keyDead' : 'ended' });
    store.setState({ pending: null, error: null, busy: false });
  };

  const openParticipant = (key: string) => {
    leaveSocket();
    const socket = deps.openSocket(`/ws/participant?key=${encodeURIComponent(key)}`, gone);
    client = socket;
    socket.subscribe('participant/self', (self) => dispatch({ type: 'self', self }));
    socket.subscribe('projector/view', (payload: PushOf<'projector/view'>) =>
      dispatch({
        type: 'view',
        view: payload.view,
        serverTime: payload.serverTime,
        now: deps.now(),
      }),
    );
    socket.onConnection((connected) => {
      if (client !== socket) return;
      dispatch({ type: 'connection', connected });
      // Back online: the ballot that got no answer goes again, with its own id.
      if (connected) void resend(key);
    });
  };

  const resend = async (key: string) => {
    showPending();
    const outcome = await outbox.resend(key);
    if (outcome) settle(outcome);
  };

  const settle = (outcome: Awaited<ReturnType<typeof outbox.cast>>) => {
    showPending();
    if (outcome.status === 'refused') store.setState({ error: outcome.error });
  };

  const openGuest = (room: string) => {
    leaveSocket();
    const socket = deps.openSocket(`/ws/guest?room=${encodeURIComponent(room)}`, gone);
    client = socket;
    socket.subscribe('join/decided', (decision) => {
      const current = phase();
      if (current.kind !== 'waiting' || current.joinId !== decision.joinId) return;
      const key = decision.accepted ? decision.deviceKey : null;
      dispatch({ type: 'decided', joinId: decision.joinId, deviceKey: key });
      if (key) {
        saveDeviceKey(deps.storage, key);
        openParticipant(key);
      }
    });
    socket.onConnection((connected) => {
      if (client !== socket) return;
      dispatch({ type: 'connection', connected });
      if (!connected) return;
      const current = phase();
      if (current.kind === 'pick') void loadRoster(socket);
      // The server forgot the request with the socket that made it: the same request again.
      if (current.kind === 'waiting')
        void socket.call('join/request', { memberId: current.memberId, joinId: current.joinId });
    });
  };

  const loadRoster = async (socket: WsClient) => {
    const result = await socket.call('join/roster', {});
    if (result.ok) dispatch({ type: 'rosterLoaded', roster: result.value });
    else if (result.error.code !== 'api.disconnected') store.setState({ error: result.error });
  };

  const joinWithSlip = async (code: string) => {
    const answer = await deps.redeemSlip(code, loadDeviceKey(deps.storage));
    deps.forgetUrl();
    if ('deviceKey' in answer) {
      saveDeviceKey(deps.storage, answer.deviceKey);
      dispatch({ type: 'joined', deviceKey: answer.deviceKey });
      openParticipant(answer.deviceKey);
    } else if (answer.error === 'wrong') gone('dead');
    // Held by another phone, offline or too many tries for now: the attendee may type the short code instead.
    else
      store.setState({ state: initialState({ kind: 'code', error: answer.error, busy: false }) });
  };

  /** Runs one participant request; a refusal is shown, a success clears the last one. */
  const act = async (run: (socket: WsClient) => Promise<{ ok: boolean; error?: ApiError }>) => {
    const socket = client;
    if (!socket || store.getState().busy) return;
    store.setState({ busy: true });
    const result = await run(socket);
    store.setState({ busy: false, error: result.ok ? null : (result.error ?? null) });
  };

  return {
    store,
    /** Opens the first socket (once: React may mount the page twice). */
    start() {
      if (started) return;
      started = true;
      const first = phase();
      if (first.kind === 'slip') void joinWithSlip(first.code);
      else if (first.kind === 'member') openParticipant(first.deviceKey);
      else if (first.kind === 'pick') openGuest(first.room);
    },
    async submitCode(code: string) {
      dispatch({ type: 'codeSent' });
      const answer = await deps.findRoom(code);
      if ('error' in answer) {
        dispatch({ type: 'codeFailed', error: answer.error });
        return;
      }
      dispatch({ type: 'roomFound', room: answer.room });
      openGuest(answer.room);
    },
    async pick(memberId: string, name: string) {
      const socket = client;
      if (!socket || phase().kind !== 'pick') return;
      const joinId = deps.newId();
      const result = await socket.call('join/request', { memberId, joinId });
      if (result.ok) {
        store.setState({ error: null });
        dispatch({ type: 'requested', joinId, memberId, name });
      } else store.setState({ error: result.error });
    },
    /** Not waiting any more: a new guest socket, so the server drops the old request with the old one. */
    cancel() {
      const current = phase();
      if (current.kind !== 'waiting') return;
      dispatch({ type: 'cancelled' });
      openGuest(current.room);
    },
    /** Typing the code again after the room died (a new QR code is the usual way). */
    restart() {
      leaveSocket();
      store.setState({
        state: initialState({ kind: 'code', error: null, busy: false }),
        error: null,
      });
    },
    signIn: () => act((socket) => socket.call('participant/signIn', {})),
    requestFloor: (stance: Stance, pointOfOrder: boolean) =>
      act((socket) => socket.call('participant/requestFloor', { stance, pointOfOrder })),
    withdraw: () => act((socket) => socket.call('participant/withdraw', {})),
    async vote(voteId: string, choice: string) {
      const key = deviceKey();
      if (!key) return;
      store.setState({ error: null });
      const sending = outbox.cast(key, voteId, choice);
      showPending();
      settle(await sending);
    },
    dismissError() {
      store.setState({ error: null });
    },
    stop: leaveSocket,
  };
}
