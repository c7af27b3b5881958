import { createBackend, type Backend } from '../../../main/backend/backend';
import { memoryRepository } from '../../../main/backend/repository';
import { seedCatalogue } from '../../../main/backend/seeds';
import { appPaths } from '../../../main/paths';
import { createLanDisplay, type LanDisplay } from '../../../main/server/lan-display';

/** A backend in memory with its LAN display (off until enabled) on a free loopback port. */
export function backendWithLan(): Readonly<{ backend: Backend; lan: LanDisplay }> {
  let ids = 0;
  const lan: LanDisplay = createLanDisplay({
    backend: () => backend,
    rendererDir: appPaths().rendererDir,
    host: '127.0.0.1',
    port: 0,
    addresses: () => ['127.0.0.1'],
  });
  const backend: Backend = createBackend({
    repository: memoryRepository(),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_767_000_000_000,
    newId: () => `m${++ids}`,
    lan,
  });
  return { backend, lan };
}
