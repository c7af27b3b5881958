import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import { tempDir } from '../storage/helpers';

// The home screen's list shows each meeting's status as it is now: a meeting opened or closed a
// moment ago is listed as running or closed, not under 筹备中 until the app restarts (the stored
// index only catches up when a meeting's journal is compacted or closed).

let backend: Backend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
});

async function call(channel: string, request: unknown) {
  if (!backend) throw new Error('no backend');
  const result = await backend.handle('chair', channel, request);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as never;
}

async function statusOf(meetingId: string): Promise<string | undefined> {
  const list: { meetingId: string; status: string }[] = await call('meetings/list', {});
  return list.find((m) => m.meetingId === meetingId)?.status;
}

describe('meetings/list', () => {
  it('shows a meeting as open right after it opens and as closed right after 散会', async () => {
    const dataDir = tempDir('yst-list-live-');
    let ids = 0;
    backend = createBackend({
      repository: await openRepository(dataDir, { lock: false }),
      seeds: seedCatalogue(appPaths().seedsDir),
      clock: () => 1_800_000_000_000,
      newId: () => `m${++ids}`,
    });
    const { meetingId }: { meetingId: string } = await call('meetings/create', {
      command: {
        type: 'meeting/create',
        title: '锦绣苑小区议事会',
        bodyKind: 'compoundCouncil',
        date: '2026-05-01',
      },
    });
    const second: { meetingId: string } = await call('meetings/create', {
      command: {
        type: 'meeting/create',
        title: '第二次议事会',
        bodyKind: 'compoundCouncil',
        date: '2026-05-01',
      },
    });
    expect(await statusOf(meetingId)).toBe('draft');
    const dispatch = (id: string, type: string) =>
      call('meeting/dispatch', { meetingId: id, command: { type } });
    await dispatch(meetingId, 'meeting/open');
    await dispatch(second.meetingId, 'meeting/open');
    expect(await statusOf(meetingId)).toBe('open');
    await dispatch(meetingId, 'meeting/close');
    expect(await statusOf(meetingId)).toBe('closed');
    expect(await statusOf(second.meetingId)).toBe('open');
  });
});
