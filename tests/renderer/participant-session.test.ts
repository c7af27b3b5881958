import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWsClient, loadRequestSchemas } from '../../renderer/src/api/ws-client';
import { screenOf } from '../../renderer/src/participant/machine';
import { createSession, type Gone, type SessionDeps } from '../../renderer/src/participant/session';
import type { ParticipantSelf } from '../../renderer/src/participant/types';
import { FakeSocket } from './fake-socket';
import { memoryStorage } from './memory-storage';

beforeAll(async () => {
  await loadRequestSchemas();
});
beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
  vi.stubGlobal('WebSocket', FakeSocket);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const DEVICE_KEY = 'yishiting.participant.deviceKey';
const BALLOT_KEY = 'yishiting.participant.ballot';

const vote: NonNullable<ParticipantSelf['vote']> = {
  voteId: 'v1',
  method: 'hands',
  question: '是否同意加装电梯？',
  secret: false,
  choices: [
    { key: 'yes', label: '' },
    { key: 'no', label: '' },
    { key: 'abstain', label: '' },
  ],
  myChoice: null,
  voted: false,
  canVote: true,
};
const self: ParticipantSelf = {
  memberId: 'm1',
  name: '王秀英',
  role: 'member',
  meetingStatus: 'open',
  signedIn: true,
  signedInVia: 'device',
  queue: null,
  vote,
};

function setup(route: { room?: string; code?: string }, storage = memoryStorage()) {
  const goneBy = new Map<string, (why: Gone) => void>();
  let ids = 0;
  const deps: SessionDeps = {
    storage,
    openSocket: (path, gone) => {
      goneBy.set(path, gone);
      return createWsClient(`ws://phone${path}`);
    },
    findRoom: () => Promise.resolve({ room: 'ROOM' }),
    redeemSlip: () => Promise.resolve({ deviceKey: 'SLIPKEY' }),
    forgetUrl: vi.fn(),
    newId: () => `id-${String(++ids).padStart(6, '0')}`,
    now: () => 1_000,
  };
  const session = createSession(route, deps);
  session.start();
  return { session, storage, deps, goneBy, screen: () => screenOf(session.store.getState().state) };
}

const respond = (socket: FakeSocket, id: number, result: unknown) =>
  socket.receive(JSON.stringify({ kind: 'response', id, result }));
const push = (socket: FakeSocket, channel: string, payload: unknown) =>
  socket.receive(JSON.stringify({ kind: 'push', channel, payload }));
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('the phone session', () => {
  it('joins by room code: roster, request, the chair confirms, then the participant socket', async () => {
    const { session, storage, screen } = setup({ room: 'ROOM' });
    const guest = FakeSocket.latest();
    expect(guest.url).toBe('ws://phone/ws/guest?room=ROOM');
    guest.open();
    await flush();
    const roster = guest.lastRequest();
    expect(roster.channel).toBe('join/roster');
    respond(guest, roster.id, {
      ok: true,
      value: { meetingTitle: '议事会', members: [{ memberId: 'm1', name: '王秀英' }] },
    });
    await flush();
    expect(screen()).toBe('pick');
    const picked = session.pick('m1', '王秀英');
    await flush();
    const request = guest.lastRequest();
    expect(request).toMatchObject({ channel: 'join/request', request: { memberId: 'm1' } });
    respond(guest, request.id, { ok: true, value: { status: 'waiting' } });
    await picked;
    expect(screen()).toBe('waiting');
    const joinId = (request.request as { joinId: string }).joinId;
    push(guest, 'join/decided', { joinId, accepted: true, deviceKey: 'KEY' });
    expect(storage.data.get(DEVICE_KEY)).toBe('KEY');
    expect(guest.readyState).toBe(FakeSocket.CLOSED);
    const participant = FakeSocket.latest();
    expect(participant.url).toBe('ws://phone/ws/participant?key=KEY');
    participant.open();
    push(participant, 'participant/self', { ...self, signedIn: false, vote: null });
    expect(screen()).toBe('signIn');
  });

  it('asks again with the same join id when the guest socket comes back while waiting', async () => {
    // The server forgets a guest's request when its socket closes (Wi-Fi lost while waiting).
    const { session, screen } = setup({ room: 'ROOM' });
    const guest = FakeSocket.latest();
    guest.open();
    await flush();
    respond(guest, guest.lastRequest().id, {
      ok: true,
      value: { meetingTitle: '议事会', members: [{ memberId: 'm1', name: '王秀英' }] },
    });
    await flush();
    const picked = session.pick('m1', '王秀英');
    await flush();
    const asked = guest.lastRequest();
    respond(guest, asked.id, { ok: true, value: { status: 'waiting' } });
    await picked;
    guest.drop();
    await vi.advanceTimersByTimeAsync(300);
    const again = FakeSocket.latest();
    expect(again).not.toBe(guest);
    again.open();
    await flush();
    expect(again.lastRequest()).toMatchObject({ channel: 'join/request', request: asked.request });
    expect(screen()).toBe('waiting');
  });

  it('re-sends an unanswered ballot with the same id after a reconnect, once', async () => {
    const storage = memoryStorage();
    storage.setItem(DEVICE_KEY, 'KEY');
    const { session } = setup({}, storage);
    const first = FakeSocket.latest();
    first.open();
    push(first, 'participant/self', self);
    const casting = session.vote('v1', 'yes');
    await flush();
    const sent = first.lastRequest();
    expect(sent).toMatchObject({
      channel: 'participant/vote',
      request: { voteId: 'v1', choice: 'yes' },
    });
    const { ballotId } = sent.request as { ballotId: string };
    // Wi-Fi drops before the answer: the ballot stays on the phone.
    first.drop();
    await casting;
    expect(JSON.parse(storage.data.get(BALLOT_KEY) ?? 'null')).toMatchObject({ ballotId });
    expect(session.store.getState().pending).toMatchObject({ ballotId, choice: 'yes' });
    await vi.advanceTimersByTimeAsync(300);
    const second = FakeSocket.latest();
    expect(second).not.toBe(first);
    second.open();
    await flush();
    const resent = second.sent.map(
      (text) => JSON.parse(text) as { id: number; channel: string; request: { ballotId: string } },
    );
    expect(resent).toHaveLength(1);
    expect(resent[0]).toMatchObject({ channel: 'participant/vote', request: { ballotId } });
    respond(second, resent[0]!.id, { ok: true, value: { counted: true } });
    await flush();
    expect(storage.data.has(BALLOT_KEY)).toBe(false);
    expect(session.store.getState().pending).toBeNull();
    // Another reconnect sends nothing more.
    second.drop();
    await vi.advanceTimersByTimeAsync(300);
    FakeSocket.latest().open();
    await flush();
    expect(FakeSocket.latest().sent).toEqual([]);
  });

  it('re-sends a ballot kept before a reload', async () => {
    const storage = memoryStorage();
    storage.setItem(DEVICE_KEY, 'KEY');
    storage.setItem(
      BALLOT_KEY,
      JSON.stringify({ owner: 'KEY', voteId: 'v1', ballotId: 'kept-ballot-1', choice: 'no' }),
    );
    setup({}, storage);
    const socket = FakeSocket.latest();
    socket.open();
    await flush();
    expect(socket.lastRequest()).toMatchObject({
      channel: 'participant/vote',
      request: { voteId: 'v1', ballotId: 'kept-ballot-1', choice: 'no' },
    });
  });

  it('forgets the device key and the kept ballot when the server says the key is dead', async () => {
    const storage = memoryStorage();
    storage.setItem(DEVICE_KEY, 'KEY');
    storage.setItem(
      BALLOT_KEY,
      JSON.stringify({ owner: 'KEY', voteId: 'v1', ballotId: 'kept-ballot-1', choice: 'no' }),
    );
    const { goneBy, screen } = setup({}, storage);
    goneBy.get('/ws/participant?key=KEY')?.('dead');
    expect(screen()).toBe('dead');
    expect(storage.data.size).toBe(0);
    expect(FakeSocket.latest().readyState).toBe(FakeSocket.CLOSED);
  });

  it('redeems a slip for a device key, then drops the code from the address bar', async () => {
    const { deps, storage, screen } = setup({ code: 'PERSONAL' });
    expect(screen()).toBe('slip');
    await flush();
    expect(deps.forgetUrl).toHaveBeenCalled();
    expect(storage.data.get(DEVICE_KEY)).toBe('SLIPKEY');
    expect(FakeSocket.latest().url).toBe('ws://phone/ws/participant?key=SLIPKEY');
  });

  it('a vote refused by the core is dropped and its reason shown', async () => {
    const storage = memoryStorage();
    storage.setItem(DEVICE_KEY, 'KEY');
    const { session } = setup({}, storage);
    const socket = FakeSocket.latest();
    socket.open();
    const casting = session.vote('v1', 'yes');
    await flush();
    respond(socket, socket.lastRequest().id, {
      ok: false,
      error: { code: 'vote.notOpen', params: {} },
    });
    await casting;
    expect(session.store.getState()).toMatchObject({
      pending: null,
      error: { code: 'vote.notOpen' },
    });
    expect(storage.data.has(BALLOT_KEY)).toBe(false);
  });
});

describe('the WebSocket client for phones', () => {
  it('stops reconnecting when told the close is for good', async () => {
    const codes: Array<[number, boolean]> = [];
    createWsClient('ws://phone/ws/participant?key=K', null, {
      closedForGood: (code, opened) => (codes.push([code, opened]), code === 4001),
    });
    const first = FakeSocket.latest();
    first.drop();
    await vi.advanceTimersByTimeAsync(300);
    const second = FakeSocket.latest();
    expect(second).not.toBe(first);
    second.open();
    second.readyState = FakeSocket.CLOSED;
    second.dispatchEvent(Object.assign(new Event('close'), { code: 4001 }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeSocket.all).toHaveLength(2);
    expect(codes).toEqual([
      [1006, false],
      [4001, true],
    ]);
  });
});
