import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { documentExporter } from '../../../main/backend/documents';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import { trustedFingerprints, verifyPdf } from '../../../main/signing';
import { tempDir } from '../storage/helpers';

// The chair console's file actions through the backend: signed PDFs, meeting scripts, archives.
let backend: Backend;
let dataDir = '';
let ids = 0;
beforeAll(async () => {
  dataDir = tempDir('yst-files-');
  backend = createBackend({
    repository: await openRepository(dataDir, { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_800_000_000_000,
    newId: () => `m${++ids}`,
    documents: documentExporter(dataDir),
  });
}, 60_000);
afterAll(() => backend.close());

async function call(channel: string, request: unknown) {
  return backend.handle('chair', channel, request);
}

describe('files through the backend', () => {
  it('imports a meeting script and exports its minutes as a signed PDF that verifies', async () => {
    const script = JSON.parse(readFileSync('seeds/courtyard-repairs.json', 'utf8')) as unknown;
    const imported = await call('meetings/importScript', { script });
    expect(imported.ok).toBe(true);
    const meetingId = (imported as { value: { meetingId: string } }).value.meetingId;
    const exported = await call('documents/export', {
      meetingId,
      kind: 'minutes',
      locale: 'zh-CN',
    });
    expect(exported.ok).toBe(true);
    const file = (exported as { value: { fileName: string; base64: string } }).value;
    expect(file.fileName).toMatch(/会议记录.*\.pdf$/);
    const verdict = verifyPdf(Buffer.from(file.base64, 'base64'), {
      trustedFingerprints: await trustedFingerprints(dataDir),
    });
    expect(verdict.status).toBe('valid');
  }, 60_000);

  it('refuses a script with an invalid command and a notice for a vote that does not exist', async () => {
    expect(await call('meetings/importScript', { script: { meeting: {} } })).toMatchObject({
      ok: false,
      error: { code: 'script.invalid' },
    });
    const meetingId = (
      (await call('meetings/openDemo', { seedId: 'village-quorum' })) as {
        value: { meetingId: string };
      }
    ).value.meetingId;
    expect(
      await call('documents/export', {
        meetingId,
        kind: 'notice',
        locale: 'zh-CN',
        voteId: 'no-such-vote',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'export.unknownVote' },
    });
  }, 60_000);

  it('exports an archive with its PDFs, and asks before importing it over the existing meeting', async () => {
    const meetingId = (
      (await call('meetings/openDemo', { seedId: 'parking-drying' })) as {
        value: { meetingId: string };
      }
    ).value.meetingId;
    await call('documents/export', { meetingId, kind: 'notice', locale: 'zh-CN' });
    const archive = await call('meetings/exportArchive', { meetingId });
    expect(archive.ok).toBe(true);
    const base64 = (archive as { value: { base64: string } }).value.base64;
    expect(await call('meetings/importArchive', { base64 })).toEqual({
      ok: true,
      value: { status: 'exists', meetingId },
    });
    const copied = await call('meetings/importArchive', { base64, onExists: 'copy' });
    expect(copied).toMatchObject({ ok: true, value: { status: 'imported' } });
    const copyId = (copied as { value: { meetingId: string } }).value.meetingId;
    expect(copyId).not.toBe(meetingId);
    const opened = await call('meeting/open', { meetingId: copyId });
    expect(opened).toMatchObject({
      ok: true,
      value: { state: { meeting: { title: '和平里社区居民议事会：停车秩序与公共晾晒空间协商' } } },
    });
  }, 60_000);

  it('refuses bytes that are not an archive with a clear code and stores nothing', async () => {
    const before = ((await call('meetings/list', {})) as { value: unknown[] }).value.length;
    const result = await call('meetings/importArchive', {
      base64: Buffer.from('not a zip').toString('base64'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused.notAnArchive' } });
    expect(((await call('meetings/list', {})) as { value: unknown[] }).value.length).toBe(before);
  });
});
