import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/backend';
import { memoryRepository } from '../../../main/backend/repository';

// `append` takes only the events: the meeting's line in the list is derived from them by the
// store, as the file store does, instead of being computed by the backend on every command.
describe('the in-memory repository (--dry-run and tests)', () => {
  it('lists a meeting as its events now say, after a change', async () => {
    let now = Date.UTC(2026, 4, 1);
    const backend = createBackend({
      repository: memoryRepository(),
      seeds: { list: () => Promise.resolve([]), load: () => Promise.resolve(null) },
      clock: () => (now += 1000),
      newId: () => 'm1',
    });
    const created = await backend.handle('chair', 'meetings/create', {
      command: {
        type: 'meeting/create',
        title: '初稿',
        bodyKind: 'residentsCouncil',
        date: '2026-05-01',
      },
    });
    expect(created.ok).toBe(true);
    const changed = await backend.handle('chair', 'meeting/dispatch', {
      meetingId: 'm1',
      command: { type: 'meeting/update', title: '定稿' },
    });
    expect(changed.ok).toBe(true);
    const listed = await backend.handle('chair', 'meetings/list', {});
    expect(listed).toEqual({
      ok: true,
      value: [
        {
          meetingId: 'm1',
          title: '定稿',
          date: '2026-05-01',
          status: 'draft',
          updatedAt: Date.UTC(2026, 4, 1) + 3000, // the change's time
        },
      ],
    });
    await backend.close();
  });
});
