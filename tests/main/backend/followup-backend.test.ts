import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { openFollowupRepository } from '../../../main/followup/repository';
import { appPaths } from '../../../main/paths';
import { tempDir } from '../storage/helpers';

// The follow-up channels through the backend's gate, as the carriers call them.
let backend: Backend;
const pushes: string[] = [];
beforeAll(async () => {
  const dataDir = tempDir('yst-followup-backend-');
  let ids = 0;
  backend = createBackend({
    repository: await openRepository(dataDir, { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_800_000_000_000,
    newId: () => `m${++ids}`,
    followup: { repo: await openFollowupRepository(dataDir, { lock: false }), dataDir },
  });
  backend.hub.subscribe('chair', (channel) => pushes.push(channel));
});
afterAll(() => backend.close());

describe('follow-up channels', () => {
  it('raises a topic, puts it on a meeting agenda, and tells every chair window', async () => {
    const raised = await backend.handle('chair', 'followup/dispatch', {
      command: {
        type: 'topic/raise',
        topicId: 't1',
        title: '小区南门夜间照明不足',
        raisedBy: '王阿姨',
        channel: 'hotline',
        raisedOn: '2026-04-02',
      },
    });
    expect(raised).toMatchObject({ ok: true, value: { saved: true } });
    expect(pushes).toContain('followup/changed');
    await backend.handle('chair', 'followup/dispatch', {
      command: { type: 'topic/triage', topicId: 't1', triage: 'micro' },
    });
    const created = await backend.handle('chair', 'meetings/create', {
      command: {
        type: 'meeting/create',
        title: '院落议事会',
        bodyKind: 'compoundCouncil',
        date: '2026-05-01',
      },
    });
    const meetingId = (created as { value: { meetingId: string } }).value.meetingId;
    const put = await backend.handle('chair', 'followup/putOnAgenda', { topicId: 't1', meetingId });
    expect(put).toMatchObject({ ok: true });
    const opened = await backend.handle('chair', 'meeting/open', { meetingId });
    expect(JSON.stringify(opened)).toContain('小区南门夜间照明不足');
    const state = await backend.handle('chair', 'followup/state', {});
    expect(JSON.stringify(state)).toContain(meetingId);
  });

  it('refuses an invalid transition with a typed error, and refuses every follow-up call from a projector', async () => {
    const dropped = await backend.handle('chair', 'followup/dispatch', {
      command: { type: 'topic/close', topicId: 'nope', outcome: 'decided' },
    });
    expect(dropped.ok).toBe(false);
    expect(await backend.handle('projector', 'followup/state', {})).toMatchObject({
      ok: false,
      error: { code: 'api.forbidden' },
    });
    expect(
      await backend.handle('lan', 'followup/dispatch', { command: { type: 'topic/raise' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'api.forbidden' },
    });
  });
});
