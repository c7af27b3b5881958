import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import type { MeetingState } from '../../../shared/domain';
import { nodeFs } from '../../../main/storage';
import { faultyFs, tempDir } from '../storage/helpers';

// The backend on the real crash-safe store: what the chair experiences across a restart and a
// full disk. (The store's own tests cover the files; these cover the promises made to the chair.)
const opened: Backend[] = [];
afterEach(async () => {
  for (const backend of opened.splice(0)) await backend.close();
});

async function backendOn(dataDir: string, clock: { now: number }, storeOptions = {}) {
  let ids = 0;
  const backend = createBackend({
    repository: await openRepository(dataDir, { lock: false, ...storeOptions }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => clock.now,
    newId: () => `m${++ids}`,
  });
  opened.push(backend);
  const call = async (channel: string, request: unknown) => {
    const result = await backend.handle('chair', channel, request);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as Record<string, unknown>;
  };
  return { backend, call };
}

/** Closes `backend` and opens the data folder again: the meeting as the disk holds it. */
async function afterRestart(
  backend: Backend,
  dataDir: string,
  clock: { now: number },
  meetingId: string,
): Promise<MeetingState> {
  await backend.close();
  opened.splice(opened.indexOf(backend), 1);
  const reopened = await backendOn(dataDir, clock);
  return ((await reopened.call('meeting/open', { meetingId })) as { state: MeetingState }).state;
}

/** A new meeting with this title, opened in the console; its id. */
async function openedMeeting(
  call: (channel: string, request: unknown) => Promise<Record<string, unknown>>,
  title: string,
): Promise<string> {
  const { meetingId } = (await call('meetings/create', {
    command: { type: 'meeting/create', title, bodyKind: 'residentsCouncil', date: '2026-05-01' },
  })) as { meetingId: string };
  await call('meeting/open', { meetingId });
  return meetingId;
}

describe('backend with storage', () => {
  it('resumes an open meeting exactly where it was after a restart', async () => {
    const dataDir = tempDir('yst-backend-');
    const clock = { now: 1_800_000_000_000 };
    const first = await backendOn(dataDir, clock);
    const { meetingId } = (await first.call('meetings/create', {
      command: {
        type: 'meeting/create',
        title: '停电后恢复测试',
        bodyKind: 'residentsCouncil',
        date: '2026-05-01',
      },
    })) as { meetingId: string };
    const run = (command: Record<string, unknown>) => {
      clock.now += 1_000;
      return first.call('meeting/dispatch', { meetingId, command });
    };
    for (const [index, name] of ['甲', '乙', '丙', '丁'].entries())
      await run({ type: 'roster/addMember', memberId: `p${index}`, name, category: 'residentRep' });
    await run({ type: 'agenda/addItem', itemId: 'i1', title: '议题一' });
    await run({ type: 'meeting/open' });
    for (const id of ['p0', 'p1', 'p2', 'p3']) await run({ type: 'roster/signIn', memberId: id });
    await run({ type: 'agenda/openItem', itemId: 'i1' });
    await run({ type: 'queue/request', memberId: 'p1' });
    await run({ type: 'queue/request', memberId: 'p2' });
    await run({ type: 'queue/callNext', speechId: 's1', limitSec: 180 });
    await run({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意？' });
    await run({
      type: 'vote/enterCounts',
      counts: { yes: { heads: 3 }, no: { heads: 1 }, abstain: { heads: 0 } },
    });
    const before = ((await first.call('meeting/open', { meetingId })) as { state: MeetingState })
      .state;
    // A hard stop: no close(), as after a power cut the process is simply gone.
    opened.splice(opened.indexOf(first.backend), 1);

    const second = await backendOn(dataDir, clock);
    const after = ((await second.call('meeting/open', { meetingId })) as { state: MeetingState })
      .state;
    expect(after).toEqual(before);
    expect(after.currentItemId).toBe('i1');
    expect(after.queues.i1?.map((entry) => entry.memberId)).toEqual(['p2']);
    expect(after.floor?.speechId).toBe('s1');
    expect(after.speeches.i1?.[0]?.startedAt).toBe(before.speeches.i1?.[0]?.startedAt);
    expect(after.openVoteId).toBe('v1');
    expect(after.votes.v1?.counts?.yes?.heads).toBe(3);
  });

  it('keeps the chair going on a full disk, says it is not saved, and loses nothing once space is back', async () => {
    const dataDir = tempDir('yst-backend-');
    const clock = { now: 1_800_000_000_000 };
    const faults = faultyFs();
    const { backend, call } = await backendOn(dataDir, clock, {
      fs: faults.fs,
      retry: { initialMs: 20, maxMs: 50 },
    });
    const meetingId = await openedMeeting(call, '磁盘已满测试');
    const saves: boolean[] = [];
    backend.hub.subscribe('chair', (channel, payload) => {
      if (channel === 'meeting/changed')
        saves.push((payload as { save: { saved: boolean } }).save.saved);
    });

    faults.set('ENOSPC');
    clock.now += 1_000;
    const answer = (await call('meeting/dispatch', {
      meetingId,
      command: { type: 'display/setMessage', text: '磁盘满了也要继续开会' },
    })) as {
      saved: boolean;
    };
    expect(answer.saved).toBe(false);
    clock.now += 1_000;
    await call('meeting/dispatch', {
      meetingId,
      command: { type: 'agenda/addItem', itemId: 'i9', title: '紧急事项' },
    });
    const snapshot = (await call('meeting/open', { meetingId })) as {
      state: MeetingState;
      save: { saved: boolean; error: { code: string } | null };
    };
    expect(snapshot.state.display?.text).toBe('磁盘满了也要继续开会');
    expect(snapshot.save.saved).toBe(false);
    expect(snapshot.save.error?.code).toBe('error.diskFull');

    faults.set(null);
    await expect.poll(() => saves[saves.length - 1], { timeout: 5_000 }).toBe(true);
    const state = await afterRestart(backend, dataDir, clock, meetingId);
    expect(state.display?.text).toBe('磁盘满了也要继续开会');
    expect(state.items.i9?.title).toBe('紧急事项');
  });

  it('shows a change to the windows before the disk has synced it, and acknowledges it once it has', async () => {
    const dataDir = tempDir('yst-backend-');
    const clock = { now: 1_800_000_000_000 };
    // The journal's sync waits until the test lets it go: the disk is slow.
    let held = false;
    const waiting: Array<() => void> = [];
    const slowSync = {
      ...nodeFs,
      fdatasync: (fd: number) =>
        held
          ? new Promise<void>((resolve, reject) =>
              waiting.push(() => nodeFs.fdatasync(fd).then(resolve, reject)),
            )
          : nodeFs.fdatasync(fd),
    };
    const { backend, call } = await backendOn(dataDir, clock, { fs: slowSync });
    const meetingId = await openedMeeting(call, '慢盘');
    const shown: string[] = [];
    const saves: boolean[] = [];
    backend.hub.subscribe('chair', (channel, payload) => {
      if (channel !== 'meeting/changed') return;
      const change = payload as { events: Array<{ type: string }>; save: { saved: boolean } };
      for (const event of change.events) shown.push(event.type);
      saves.push(change.save.saved);
    });
    const answered: string[] = [];
    held = true;
    clock.now += 1_000;
    const first = call('meeting/dispatch', {
      meetingId,
      command: { type: 'display/setMessage', text: '先看到' },
    }).then((value) => (answered.push('message'), value));
    clock.now += 1_000;
    const second = call('meeting/dispatch', {
      meetingId,
      command: { type: 'agenda/addItem', itemId: 'i1', title: '议题一' },
    }).then((value) => (answered.push('item'), value));

    // Both are decided and shown, in order, while neither is on disk.
    await expect.poll(() => shown).toEqual(['display/messageSet', 'agenda/itemAdded']);
    await expect.poll(() => waiting.length).toBeGreaterThan(0);
    expect(answered).toEqual([]);
    // The disk takes writes: the console's header must not flash "not saved" at every change.
    expect(saves).toEqual([true, true]);

    held = false;
    for (const release of waiting.splice(0)) release();
    expect(await first).toMatchObject({ saved: true });
    expect(await second).toMatchObject({ saved: true });
    expect(answered).toEqual(['message', 'item']);
    const state = await afterRestart(backend, dataDir, clock, meetingId);
    expect(state.display?.text).toBe('先看到');
    expect(state.items.i1?.title).toBe('议题一');
  });
});
