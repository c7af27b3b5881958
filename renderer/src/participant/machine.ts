import type { ParticipantSelf, PhoneView } from './types';

/**
 * Where the phone is in joining. A phone starts from what its URL and storage hold: a device key
 * from an earlier join, a personal code from a slip, a room token from the projector's QR code,
 * or nothing (then the attendee types the short code).
 */
export type JoinPhase =
  | { readonly kind: 'code'; readonly error: CodeError | null; readonly busy: boolean }
  | { readonly kind: 'slip'; readonly code: string }
  | {
      readonly kind: 'pick';
      readonly room: string;
      readonly roster: Roster | null;
      /** The chair turned the last request down: said once above the list. */
      readonly rejected: boolean;
    }
  | {
      readonly kind: 'waiting';
      readonly room: string;
      readonly joinId: string;
      readonly memberId: string;
      readonly name: string;
    }
  | { readonly kind: 'member'; readonly deviceKey: string }
  /** The room was turned off or its codes rotated: only a new QR code from the chair helps. */
  | { readonly kind: 'dead' }
  /** The meeting was closed while this phone was in it: its key died with it. */
  | { readonly kind: 'ended' };

/** held: the member already joined on another phone (the chair releases it first). */
export type CodeError = 'wrong' | 'tooMany' | 'offline' | 'held';

export type Roster = Readonly<{
  meetingTitle: string;
  members: readonly Readonly<{ memberId: string; name: string }>[];
}>;

export type PhoneState = Readonly<{
  phase: JoinPhase;
  /** The current socket is open (guest or participant); false shows the reconnecting banner. */
  connected: boolean;
  /** Set once a socket was open: before that the page says "connecting", not "reconnecting". */
  everConnected: boolean;
  self: ParticipantSelf | null;
  view: PhoneView | null;
  /** Server time minus this phone's clock, from the last view: countdowns run on server time. */
  clockOffsetMs: number;
}>;

export type PhoneEvent =
  | { readonly type: 'codeSent' }
  | { readonly type: 'codeFailed'; readonly error: CodeError }
  | { readonly type: 'roomFound'; readonly room: string }
  | { readonly type: 'rosterLoaded'; readonly roster: Roster }
  | {
      readonly type: 'requested';
      readonly joinId: string;
      readonly memberId: string;
      readonly name: string;
    }
  | { readonly type: 'cancelled' }
  | { readonly type: 'decided'; readonly joinId: string; readonly deviceKey: string | null }
  | { readonly type: 'joined'; readonly deviceKey: string }
  | { readonly type: 'keyDead' }
  | { readonly type: 'ended' }
  | { readonly type: 'connection'; readonly connected: boolean }
  | { readonly type: 'self'; readonly self: ParticipantSelf }
  | {
      readonly type: 'view';
      readonly view: PhoneView | null;
      readonly serverTime: number;
      readonly now: number;
    };

/** The first phase from the page's URL and what this phone kept from an earlier join. */
export function initialPhase(
  route: Readonly<{ room?: string; code?: string }>,
  storedKey: string | null,
): JoinPhase {
  // A slip names its member for sure; a stored key may belong to a meeting long over.
  if (route.code) return { kind: 'slip', code: route.code };
  if (storedKey) return { kind: 'member', deviceKey: storedKey };
  if (route.room) return { kind: 'pick', room: route.room, roster: null, rejected: false };
  return { kind: 'code', error: null, busy: false };
}

export function initialState(phase: JoinPhase): PhoneState {
  return {
    phase,
    connected: false,
    everConnected: false,
    self: null,
    view: null,
    clockOffsetMs: 0,
  };
}

/** Leaving a socket forgets what it showed: a new member's page never shows the last one's. */
const fresh = (state: PhoneState, phase: JoinPhase): PhoneState => ({
  ...initialState(phase),
  clockOffsetMs: state.clockOffsetMs,
});

function join(state: PhoneState, event: PhoneEvent): PhoneState | null {
  const phase = state.phase;
  switch (event.type) {
    case 'codeSent':
      return phase.kind === 'code' ? { ...state, phase: { ...phase, busy: true } } : state;
    case 'codeFailed':
      return phase.kind === 'code'
        ? { ...state, phase: { kind: 'code', error: event.error, busy: false } }
        : state;
    case 'roomFound':
      return fresh(state, { kind: 'pick', room: event.room, roster: null, rejected: false });
    case 'rosterLoaded':
      return phase.kind === 'pick'
        ? { ...state, phase: { ...phase, roster: event.roster } }
        : state;
    case 'requested':
      if (phase.kind !== 'pick') return state;
      return {
        ...state,
        phase: {
          kind: 'waiting',
          room: phase.room,
          joinId: event.joinId,
          memberId: event.memberId,
          name: event.name,
        },
      };
    case 'cancelled':
      return phase.kind === 'waiting'
        ? { ...state, phase: { kind: 'pick', room: phase.room, roster: null, rejected: false } }
        : state;
    case 'decided':
      // An answer to a request this phone no longer waits for (cancelled, asked again) is stale.
      if (phase.kind !== 'waiting' || phase.joinId !== event.joinId) return state;
      return event.deviceKey
        ? fresh(state, { kind: 'member', deviceKey: event.deviceKey })
        : { ...state, phase: { kind: 'pick', room: phase.room, roster: null, rejected: true } };
    case 'joined':
      return fresh(state, { kind: 'member', deviceKey: event.deviceKey });
    case 'keyDead':
      return fresh(state, { kind: 'dead' });
    case 'ended':
      return fresh(state, { kind: 'ended' });
    default:
      return null;
  }
}

/** The phone's page as a pure fold of what happened: joining, the socket, the server's pushes. */
export function reduce(state: PhoneState, event: PhoneEvent): PhoneState {
  const joined = join(state, event);
  if (joined) return joined;
  switch (event.type) {
    case 'connection':
      return {
        ...state,
        connected: event.connected,
        everConnected: state.everConnected || event.connected,
      };
    case 'self':
      return state.phase.kind === 'member' ? { ...state, self: event.self } : state;
    case 'view':
      return state.phase.kind === 'member'
        ? { ...state, view: event.view, clockOffsetMs: event.serverTime - event.now }
        : state;
    default:
      return state;
  }
}

/** The screen the phone shows: one per state the attendee can be in. */
export type Screen =
  'code' | 'slip' | 'pick' | 'waiting' | 'connecting' | 'signIn' | 'meeting' | 'closed' | 'dead';

export function screenOf(state: PhoneState): Screen {
  const phase = state.phase;
  if (phase.kind === 'ended') return 'closed';
  if (phase.kind !== 'member') return phase.kind;
  const self = state.self;
  if (!self) return 'connecting';
  if (self.meetingStatus === 'closed') return 'closed';
  if (!self.signedIn) return 'signIn';
  return 'meeting';
}
