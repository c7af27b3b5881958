import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, MeetingSnapshot } from '../../shared/api';
import { dispatch, emptyState, type CommandInput, type MeetingState } from '../../shared/domain';
import { createStore } from '../../renderer/src/store/store';

const save: MeetingSnapshot['save'] = { saved: true, pending: 0, error: null };
let clock = Date.parse('2026-05-10T19:00:00+08:00');

function run(state: MeetingState, ...commands: CommandInput[]): MeetingState {
  for (const command of commands) {
    clock += 1000;
    const outcome = dispatch(state, { ...command, at: clock });
    if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.code}`);
    state = outcome.state;
  }
  return state;
}

/** A live meeting with one member present and item i1 on the floor. */
function live(): MeetingState {
  return run(
    emptyState('m1'),
    {
      type: 'meeting/create',
      title: '测试议事会',
      bodyKind: 'residentsCouncil',
      date: '2026-05-10',
      place: '社区党群服务中心',
      chair: '王主任',
    },
    { type: 'roster/addMember', memberId: 'r1', name: '张三', category: 'residentRep' },
    { type: 'agenda/addItem', itemId: 'i1', title: '加装电梯' },
    { type: 'meeting/open' },
    { type: 'roster/signIn', memberId: 'r1' },
    { type: 'agenda/openItem', itemId: 'i1' },
  );
}

function storeWith(state: MeetingState) {
  const store = createStore({
    call: async () => ({ ok: false, error: { code: 'api.disconnected', params: {} } }),
    subscribe: () => () => undefined,
    onConnection: () => () => undefined,
  } as unknown as ApiClient);
  const sent: CommandInput[] = [];
  store.setState({
    snapshot: { meetingId: 'm1', state, save },
    send: async (_source: string, command: CommandInput) => {
      sent.push(command);
      return true;
    },
  });
  return { store, sent };
}

beforeEach(() => {
  vi.stubGlobal('history', { replaceState: () => undefined });
  vi.stubGlobal('location', { pathname: '/' });
});
afterEach(() => vi.unstubAllGlobals());

describe('steps that cannot be undone ask first', () => {
  it('V on an open vote asks instead of closing it', async () => {
    const open = run(live(), { type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' });
    const { store, sent } = storeWith(open);
    await store.getState().toggleVote();
    expect(sent).toEqual([]);
    expect(store.getState().confirming).toBe('closeVote');
  });

  it('closing clears the question, so V cannot put the decided question again', async () => {
    const open = run(live(), { type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' });
    const { store, sent } = storeWith(open);
    store.getState().setVoteDraft({ question: '是否同意加装电梯？' });
    store.getState().setConfirming('closeVote');
    await store.getState().closeVote();
    expect(sent.map((c) => c.type)).toEqual(['vote/close']);
    expect(store.getState().voteDraft.question).toBe('');
    expect(store.getState().confirming).toBeNull();
  });

  it('V on an item that already has a result asks before a second vote', async () => {
    const closed = run(
      live(),
      { type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' },
      {
        type: 'vote/enterCounts',
        voteId: 'v1',
        counts: {
          yes: { heads: 1, households: 0, area: 0 },
          no: { heads: 0, households: 0, area: 0 },
          abstain: { heads: 0, households: 0, area: 0 },
        },
      },
      { type: 'vote/close' },
    );
    const { store, sent } = storeWith(closed);
    await store.getState().toggleVote();
    expect(sent).toEqual([]);
    expect(store.getState().confirming).toBe('reopenVote');
    await store.getState().openVote();
    expect(sent.map((c) => c.type)).toEqual(['vote/open']);
  });
});
