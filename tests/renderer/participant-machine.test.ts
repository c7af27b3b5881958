import { describe, expect, it } from 'vitest';
import {
  initialPhase,
  initialState,
  reduce,
  screenOf,
  type PhoneEvent,
  type PhoneState,
} from '../../renderer/src/participant/machine';
import type { ParticipantSelf } from '../../renderer/src/participant/types';

const self = (changes: Partial<ParticipantSelf> = {}): ParticipantSelf => ({
  memberId: 'm1',
  name: '王秀英',
  role: 'member',
  meetingStatus: 'open',
  signedIn: false,
  signedInVia: null,
  queue: null,
  vote: null,
  ...changes,
});

const run = (state: PhoneState, ...events: PhoneEvent[]) => events.reduce(reduce, state);
const roster = { meetingTitle: '议事会', members: [{ memberId: 'm1', name: '王秀英' }] };

// The phone page is a fold of what happened; these pin down which screen each state shows.
describe('the phone page state machine', () => {
  it('starts from the slip, then a stored key, then the room token, else the code screen', () => {
    expect(initialPhase({ code: 'c', room: 'r' }, 'k').kind).toBe('slip');
    expect(initialPhase({ room: 'r' }, 'k')).toEqual({ kind: 'member', deviceKey: 'k' });
    expect(initialPhase({ room: 'r' }, null).kind).toBe('pick');
    expect(initialPhase({}, null)).toEqual({ kind: 'code', error: null, busy: false });
  });

  it('goes code → pick → waiting → member → sign in → meeting', () => {
    let state = initialState(initialPhase({}, null));
    expect(screenOf(state)).toBe('code');
    state = run(state, { type: 'codeSent' }, { type: 'roomFound', room: 'R' });
    expect(screenOf(state)).toBe('pick');
    state = run(state, { type: 'rosterLoaded', roster });
    expect(state.phase).toMatchObject({ kind: 'pick', roster });
    state = run(state, { type: 'requested', joinId: 'j1', memberId: 'm1', name: '王秀英' });
    expect(screenOf(state)).toBe('waiting');
    state = run(state, { type: 'decided', joinId: 'j1', deviceKey: 'KEY' });
    expect(state.phase).toEqual({ kind: 'member', deviceKey: 'KEY' });
    expect(screenOf(state)).toBe('connecting');
    state = run(state, { type: 'self', self: self() });
    expect(screenOf(state)).toBe('signIn');
    state = run(state, { type: 'self', self: self({ signedIn: true, signedInVia: 'device' }) });
    expect(screenOf(state)).toBe('meeting');
    state = run(state, { type: 'self', self: self({ signedIn: true, meetingStatus: 'closed' }) });
    expect(screenOf(state)).toBe('closed');
  });

  it('says why a code failed and lets the attendee try again', () => {
    let state = run(initialState(initialPhase({}, null)), { type: 'codeSent' });
    expect(state.phase).toMatchObject({ busy: true });
    state = run(state, { type: 'codeFailed', error: 'tooMany' });
    expect(state.phase).toEqual({ kind: 'code', error: 'tooMany', busy: false });
  });

  it('ignores an answer to a request the phone no longer waits for', () => {
    const waiting = run(
      initialState(initialPhase({ room: 'R' }, null)),
      { type: 'rosterLoaded', roster },
      { type: 'requested', joinId: 'j2', memberId: 'm1', name: '王秀英' },
    );
    expect(run(waiting, { type: 'decided', joinId: 'j1', deviceKey: 'OLD' })).toBe(waiting);
    const rejected = run(waiting, { type: 'decided', joinId: 'j2', deviceKey: null });
    expect(rejected.phase).toMatchObject({ kind: 'pick', rejected: true, room: 'R' });
    const cancelled = run(waiting, { type: 'cancelled' });
    expect(cancelled.phase).toMatchObject({ kind: 'pick', rejected: false, room: 'R' });
  });

  it('forgets the member and shows the dead screen when the key dies', () => {
    const joined = run(
      initialState(initialPhase({}, 'KEY')),
      { type: 'connection', connected: true },
      { type: 'self', self: self({ signedIn: true }) },
    );
    const dead = run(joined, { type: 'keyDead' });
    expect(screenOf(dead)).toBe('dead');
    expect(dead.self).toBeNull();
    expect(screenOf(run(joined, { type: 'ended' }))).toBe('closed');
  });

  it('takes pushes only as a member, and keeps the server clock offset', () => {
    const guest = initialState(initialPhase({ room: 'R' }, null));
    expect(run(guest, { type: 'self', self: self() }).self).toBeNull();
    const member = run(initialState(initialPhase({}, 'K')), {
      type: 'view',
      view: null,
      serverTime: 10_500,
      now: 10_000,
    });
    expect(member.clockOffsetMs).toBe(500);
  });

  it('remembers a socket was open, so a drop shows "reconnecting", not "connecting"', () => {
    let state = initialState(initialPhase({}, 'K'));
    expect(state.everConnected).toBe(false);
    state = run(
      state,
      { type: 'connection', connected: true },
      { type: 'connection', connected: false },
    );
    expect(state).toMatchObject({ connected: false, everConnected: true });
  });
});
