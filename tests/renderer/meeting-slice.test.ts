import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, MeetingSnapshot, Result } from '../../shared/api';
import { dispatch, emptyState, type CommandInput, type MeetingState } from '../../shared/domain';
import { createStore } from '../../renderer/src/store/store';

// receiveChange is how every chair window keeps its mirror of the meeting: it folds the events
// main decided, and refetches rather than guesses when a change was missed.
const save: MeetingSnapshot['save'] = { saved: true, pending: 0, error: null };
let clock = Date.parse('2026-05-10T19:00:00+08:00');

function run(state: MeetingState, command: CommandInput) {
  clock += 1000;
  const outcome = dispatch(state, { ...command, at: clock });
  if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.code}`);
  return outcome;
}

function meeting() {
  return run(emptyState('m1'), {
    type: 'meeting/create',
    title: '测试议事会',
    bodyKind: 'residentsCouncil',
    date: '2026-05-10',
    place: '社区党群服务中心',
    chair: '王主任',
    recorder: '李记录',
  }).state;
}

function fakeApi(snapshot: () => MeetingSnapshot) {
  const calls: string[] = [];
  const api = {
    call: async (channel: string): Promise<Result<unknown>> => {
      calls.push(channel);
      return channel === 'meeting/open'
        ? { ok: true, value: snapshot() }
        : { ok: false, error: { code: 'api.disconnected', params: {} } };
    },
    subscribe: () => () => undefined,
    onConnection: () => () => undefined,
  } as unknown as ApiClient;
  return { api, calls };
}

beforeEach(() => {
  vi.stubGlobal('history', { replaceState: () => undefined });
  vi.stubGlobal('location', { pathname: '/' });
});
afterEach(() => vi.unstubAllGlobals());

describe('receiveChange', () => {
  it('folds the events of the next version into the snapshot, with main’s save status', () => {
    const base = meeting();
    const { api, calls } = fakeApi(() => ({ meetingId: 'm1', state: base, save }));
    const store = createStore(api);
    store.setState({ snapshot: { meetingId: 'm1', state: base, save } });

    const next = run(base, {
      type: 'roster/addMember',
      memberId: 'r1',
      name: '张三',
      category: 'residentRep',
    });
    const pending: MeetingSnapshot['save'] = { saved: false, pending: 1, error: null };
    store.getState().receiveChange({
      meetingId: 'm1',
      version: next.state.version,
      events: [...next.events],
      save: pending,
    });

    expect(store.getState().snapshot?.state).toEqual(next.state);
    expect(store.getState().snapshot?.save).toEqual(pending);
    expect(calls).toEqual([]);
  });

  it('refetches the meeting when versions skip, instead of applying on a stale state', async () => {
    const base = meeting();
    const one = run(base, {
      type: 'roster/addMember',
      memberId: 'r1',
      name: '张三',
      category: 'residentRep',
    });
    const two = run(one.state, {
      type: 'roster/addMember',
      memberId: 'r2',
      name: '李四',
      category: 'residentRep',
    });
    const { api, calls } = fakeApi(() => ({ meetingId: 'm1', state: two.state, save }));
    const store = createStore(api);
    store.setState({ snapshot: { meetingId: 'm1', state: base, save } });

    // The change for version one was missed: only the second arrives.
    store.getState().receiveChange({
      meetingId: 'm1',
      version: two.state.version,
      events: [...two.events],
      save,
    });
    expect(calls).toEqual(['meeting/open']);
    await vi.waitFor(() => expect(store.getState().snapshot?.state).toEqual(two.state));
  });

  it('leaves the meeting on screen alone when another meeting changes', () => {
    const base = meeting();
    const { api, calls } = fakeApi(() => ({ meetingId: 'm1', state: base, save }));
    const store = createStore(api);
    store.setState({ snapshot: { meetingId: 'm1', state: base, save } });
    const other = run(base, {
      type: 'roster/addMember',
      memberId: 'r1',
      name: '张三',
      category: 'residentRep',
    });
    store.getState().receiveChange({
      meetingId: 'm2',
      version: other.state.version,
      events: [...other.events],
      save,
    });
    expect(store.getState().snapshot?.state).toBe(base);
    expect(calls).toEqual([]);
  });
});
