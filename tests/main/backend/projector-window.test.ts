import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectorWindowAction, ProjectorWindowStatus } from '../../../shared/api';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import { tempDir } from '../storage/helpers';

// The chair console's projector-window controls: through the gate to the desktop app's window
// (a stand-in here: the Electron window itself cannot run on this machine), refused elsewhere.
const opened: Backend[] = [];
afterEach(async () => {
  for (const backend of opened.splice(0)) await backend.close();
});

async function backendWith(
  projectorWindow?: Parameters<typeof createBackend>[0]['projectorWindow'],
) {
  const backend = createBackend({
    repository: await openRepository(tempDir('yst-pw-'), { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_800_000_000_000,
    newId: () => 'm1',
    ...(projectorWindow ? { projectorWindow } : {}),
  });
  opened.push(backend);
  return backend;
}

describe('the projector window from the chair console', () => {
  it('is reported unavailable in the browser version, and an action is refused with a reason', async () => {
    const backend = await backendWith();
    expect(await backend.handle('chair', 'projectorWindow/status', {})).toMatchObject({
      ok: true,
      value: { available: false },
    });
    expect(
      await backend.handle('chair', 'projectorWindow/act', { action: 'toggleFullscreen' }),
    ).toMatchObject({ ok: false, error: { code: 'projectorWindow.unavailable' } });
  });

  it('passes each action to the desktop window and answers with where it is now', async () => {
    const actions: ProjectorWindowAction[] = [];
    let status: ProjectorWindowStatus = {
      available: true,
      open: true,
      fullscreen: false,
      displays: 2,
      display: 1,
    };
    const backend = await backendWith({
      status: () => status,
      act: (action) => {
        actions.push(action);
        if (action === 'moveToNextDisplay') status = { ...status, display: 2, fullscreen: true };
        if (action === 'close') status = { ...status, open: false };
        return status;
      },
    });
    expect(
      await backend.handle('chair', 'projectorWindow/act', { action: 'moveToNextDisplay' }),
    ).toEqual({
      ok: true,
      value: { available: true, open: true, fullscreen: true, displays: 2, display: 2 },
    });
    await backend.handle('chair', 'projectorWindow/act', { action: 'close' });
    expect(actions).toEqual(['moveToNextDisplay', 'close']);
  });

  it('refuses the projector and LAN roles and a malformed action, reaching no window', async () => {
    const actions: string[] = [];
    const backend = await backendWith({
      status: () => ({ available: true, open: true, fullscreen: true, displays: 1, display: 1 }),
      act: (action) => {
        actions.push(action);
        return { available: true, open: true, fullscreen: true, displays: 1, display: 1 };
      },
    });
    for (const role of ['projector', 'lan'] as const)
      expect(await backend.handle(role, 'projectorWindow/act', { action: 'close' })).toMatchObject({
        ok: false,
      });
    expect(
      await backend.handle('chair', 'projectorWindow/act', { action: 'explode' }),
    ).toMatchObject({
      ok: false,
    });
    expect(actions).toEqual([]);
  });
});
