import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { openFollowupRepository } from '../../../main/followup/repository';
import { readImportChecked } from '../../../main/followup/import-checked';
import { appPaths } from '../../../main/paths';
import { tempDir } from '../storage/helpers';

// A closed meeting's action items reach the follow-up board by themselves, with no manual
// import, and exactly once: 散会 asked twice, the meeting opened again, an item added after 散会,
// and the app restarted over the same data folder add no duplicate.

let backend: Backend | null = null;
let clock = 1_800_000_000_000;
afterEach(async () => {
  await backend?.close();
  backend = null;
});

async function start(dataDir: string): Promise<Backend> {
  let ids = 0;
  backend = createBackend({
    repository: await openRepository(dataDir, { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => (clock += 1000),
    newId: () => `m${++ids}`,
    followup: { repo: await openFollowupRepository(dataDir, { lock: false }), dataDir },
  });
  return backend;
}

async function call(channel: string, request: unknown) {
  if (!backend) throw new Error('no backend');
  return backend.handle('chair', channel, request);
}

async function dispatch(meetingId: string, command: Record<string, unknown>) {
  const result = await call('meeting/dispatch', { meetingId, command });
  if (!result.ok) throw new Error(`${String(command.type)}: ${JSON.stringify(result.error)}`);
}

/** Keys of the board's tracked items for this meeting, once every queued import has run. */
async function tracked(meetingId: string): Promise<string[]> {
  // The import runs after the change is acknowledged; give it its turn.
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const state = await call('followup/state', {});
  if (!state.ok) throw new Error(JSON.stringify(state.error));
  const items = (state.value as { items: Record<string, { meetingId: string; title: string }> })
    .items;
  return Object.values(items)
    .filter((item) => item.meetingId === meetingId)
    .map((item) => item.title)
    .sort();
}

async function meetingWithAction(): Promise<string> {
  const created = await call('meetings/create', {
    command: {
      type: 'meeting/create',
      title: '锦绣苑小区议事会',
      bodyKind: 'compoundCouncil',
      date: '2026-05-01',
    },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const meetingId = (created.value as { meetingId: string }).meetingId;
  for (const n of [1, 2, 3])
    await dispatch(meetingId, {
      type: 'roster/addMember',
      memberId: `p${n}`,
      name: `成员${n}`,
      category: 'residentRep',
    });
  await dispatch(meetingId, { type: 'agenda/addItem', itemId: 'i1', title: '南门路灯' });
  await dispatch(meetingId, { type: 'meeting/open' });
  for (const n of [1, 2, 3])
    await dispatch(meetingId, { type: 'roster/signIn', memberId: `p${n}` });
  await dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  await dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'hands',
    question: '是否同意在南门加装路灯',
  });
  await dispatch(meetingId, { type: 'vote/enterCounts', counts: { yes: { heads: 3 } } });
  await dispatch(meetingId, { type: 'vote/close' });
  await dispatch(meetingId, {
    type: 'action/add',
    actionId: 'a1',
    voteId: 'v1',
    title: '采购路灯',
  });
  return meetingId;
}

describe('closed meetings reach the follow-up board', () => {
  it('by themselves at 散会, once, however often it is closed, opened or restarted', async () => {
    const dataDir = tempDir('yst-auto-import-');
    await start(dataDir);
    const meetingId = await meetingWithAction();
    // Still running: nothing on the board yet.
    expect(await tracked(meetingId)).toEqual([]);
    await dispatch(meetingId, { type: 'meeting/close' });
    expect(await tracked(meetingId)).toEqual(['采购路灯']);

    // 散会 again is refused; the console opening the meeting again changes nothing.
    expect(
      (await call('meeting/dispatch', { meetingId, command: { type: 'meeting/close' } })).ok,
    ).toBe(false);
    expect((await call('meeting/open', { meetingId })).ok).toBe(true);
    // An item added after 散会 joins the board on its own, the first one stays single.
    await dispatch(meetingId, {
      type: 'action/add',
      actionId: 'a2',
      voteId: 'v1',
      title: '安装验收',
    });
    await dispatch(meetingId, { type: 'action/update', actionId: 'a1', owner: '物业' });
    expect(await tracked(meetingId)).toEqual(['安装验收', '采购路灯']);

    // A restart over the same data folder sweeps closed meetings and adds nothing.
    await backend?.close();
    await start(dataDir);
    expect(await tracked(meetingId)).toEqual(['安装验收', '采购路灯']);
    // That sweep found every import done: the next start checks meetings changed after it.
    expect(await readImportChecked(dataDir)).toBeGreaterThan(0);
    expect(await call('followup/importMeeting', { meetingId })).toMatchObject({
      ok: true,
      value: { imported: 0 },
    });
  });
});
