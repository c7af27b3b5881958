import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { documentExporter } from '../../../main/backend/documents';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import { tempDir } from '../storage/helpers';

// Each exported document of a meeting gets its own file name: saving the blank sign-in sheet
// must not overwrite the filled one, nor one vote's notice another's (in the downloads folder
// and in the meeting's archive, where exports are kept by name).
let backend: Backend;
let ids = 0;
beforeAll(async () => {
  const dataDir = tempDir('yst-file-names-');
  backend = createBackend({
    repository: await openRepository(dataDir, { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_800_000_000_000,
    newId: () => `m${++ids}`,
    documents: documentExporter(dataDir),
  });
}, 60_000);
afterAll(() => backend.close());

async function fileName(request: Record<string, unknown>): Promise<string> {
  const result = await backend.handle('chair', 'documents/export', request);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as { fileName: string }).fileName;
}

describe('exported file names', () => {
  it('are distinct per document: blank and filled sign-in sheets, each vote’s notice', async () => {
    const opened = await backend.handle('chair', 'meetings/openDemo', { seedId: 'parking-drying' });
    const meetingId = (opened as { value: { meetingId: string } }).value.meetingId;
    const base = { meetingId, locale: 'zh-CN' };
    const names = [
      await fileName({ ...base, kind: 'signin' }),
      await fileName({ ...base, kind: 'signin', blank: true }),
      await fileName({ ...base, kind: 'notice', voteId: 'v1' }),
      await fileName({ ...base, kind: 'notice', voteId: 'v2' }),
      await fileName({ ...base, kind: 'minutes' }),
    ];
    expect(new Set(names).size).toBe(names.length);
    expect(names[1]).toContain('空白签到表');
    expect(names[2]).toContain('第1项表决');
    expect(names[3]).toContain('第2项表决');
    for (const name of names) expect(name).toMatch(/^[^\\/:*?"<>|]+\.pdf$/);
    const en = await fileName({ ...base, locale: 'en', kind: 'signin', blank: true });
    expect(en).toContain('blank-sign-in-sheet');
  }, 120_000);
});
