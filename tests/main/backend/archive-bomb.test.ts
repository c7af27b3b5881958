import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import { tempDir } from '../storage/helpers';
import { rawZip, zerosDeflate, zipBomb } from '../storage/zip-bomb';
import { whileAnswering } from './while-answering';

// One chair imports a hostile archive while another client keeps asking for the meeting list:
// the import is refused and the other client is still answered throughout.
let backend: Backend;
let dataDir = '';
beforeAll(async () => {
  dataDir = tempDir('yst-bomb-backend-');
  let ids = 0;
  backend = createBackend({
    repository: await openRepository(dataDir, { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_800_000_000_000,
    newId: () => `m${++ids}`,
  });
});
afterAll(async () => {
  await backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The other client: asks for the meeting list, and must always get it. */
const list = async () => {
  const result = await backend.handle('chair', 'meetings/list', {});
  expect(result.ok).toBe(true);
  return result;
};

const meetingList = async () => backend.handle('chair', 'meetings/list', {});

// How fast is measured by `npm run bench -- archive` (refused < 1 s, the other client's p95
// < 50 ms): timings do not belong in a test that must pass on a busy CI machine. What is tested
// here is the behaviour behind those numbers: the other client is answered while the import is
// still running. The old reader held the event loop for the whole inflate and answered nothing.
describe('hostile archives through the backend', () => {
  it(
    'refuses a zip bomb without storing anything, answering another client meanwhile',
    { timeout: 30_000 },
    async () => {
      const base64 = zipBomb(4).toString('base64');
      const before = await meetingList();
      // Refused at the entry's declared 100 bytes: the old reader inflated all 4 GiB first
      // (minutes), far past this test's timeout.
      const { result } = await whileAnswering(list, () =>
        backend.handle('chair', 'meetings/importArchive', { base64 }),
      );
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'refused.archiveEntryOversized', params: { entry: 'meeting.json' } },
      });
      expect(await meetingList()).toEqual(before);
      expect(fs.readdirSync(`${dataDir}/meetings`)).toEqual([]);
    },
  );

  it(
    'inflates an entry of 64 MiB, honestly declared, in pieces while the other client is answered',
    { timeout: 60_000 },
    async () => {
      const size = 64 * 2 ** 20;
      const manifest = Buffer.from('{"format":"yishiting-archive"}');
      const base64 = rawZip([
        { name: 'manifest.json', data: manifest, method: 0, declaredSize: manifest.length },
        { name: 'meeting.json', data: zerosDeflate(size), method: 8, declaredSize: size },
      ]).toString('base64');
      const { result, answeredDuring } = await whileAnswering(list, () =>
        backend.handle('chair', 'meetings/importArchive', { base64 }),
      );
      // Inflated to the end, then refused by the manifest check: it is not one of our archives.
      expect(result).toMatchObject({ ok: false, error: { code: 'refused.invalid' } });
      // Half a second or more of steady inflating, and the other client is answered throughout.
      expect(answeredDuring).toBeGreaterThan(2);
      expect(fs.readdirSync(`${dataDir}/meetings`)).toEqual([]);
    },
  );
});
