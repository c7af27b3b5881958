import { strToU8, unzipSync, zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StorageError, type MeetingStore } from '../../../main/storage';
import { added, fakeCodec, type FakeEvent, type FakeState } from './fake-codec';
import { tempDir } from './helpers';

const opened: Array<MeetingStore<FakeEvent, FakeState>> = [];
async function store(dir = tempDir()) {
  const s = await openStore(dir, fakeCodec, { compactEvery: 10, lock: false });
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

const PDF = Buffer.from('%PDF-1.7\n% 会议纪要\n%%EOF\n');

/** A store with meeting m1 (25 events, still open: some only in the journal) and one PDF. */
async function withMeeting() {
  const s = await store();
  const session = await s.createMeeting('m1', [added(1)]);
  for (let seq = 2; seq <= 25; seq++) await session.append(added(seq));
  fs.mkdirSync(s.pdfDir('m1'), { recursive: true });
  fs.writeFileSync(path.join(s.pdfDir('m1'), '会议纪要 minutes.pdf'), PDF);
  return s;
}

describe('archives', () => {
  it('export holds the meeting (journal included) and its PDFs; import restores both', async () => {
    const s = await withMeeting();
    const file = path.join(tempDir(), 'm1.yishiting.zip');
    const result = await s.exportArchive('m1', file);
    expect(result).toMatchObject({ meetingId: 'm1', pdfs: 1 });
    const entries = Object.keys(unzipSync(fs.readFileSync(file))).sort();
    expect(entries).toEqual(['manifest.json', 'meeting.json', 'pdfs/会议纪要 minutes.pdf']);

    const other = await store();
    const imported = await other.importArchive(file);
    expect(imported).toMatchObject({ status: 'imported', meetingId: 'm1', pdfs: 1 });
    expect((await other.openMeeting('m1')).initialState.count).toBe(25);
    expect(fs.readFileSync(path.join(other.pdfDir('m1'), '会议纪要 minutes.pdf'))).toEqual(PDF);
    expect(other.listMeetings().map((m) => m.meetingId)).toEqual(['m1']);
  });

  it('asks instead of overwriting an existing meeting; replace keeps a backup, copy gets a new id', async () => {
    const s = await withMeeting();
    const file = path.join(tempDir(), 'm1.zip');
    await s.exportArchive('m1', file);
    const session = await s.openMeeting('m1');
    await session.append(added(26));
    expect(await s.importArchive(file)).toEqual({ status: 'exists', meetingId: 'm1' });
    await expect(s.importArchive(file, { onExists: 'replace' })).rejects.toMatchObject({
      notice: { code: 'error.meetingOpen' },
    });
    const copy = await s.importArchive(file, { onExists: 'copy' });
    expect(copy).toMatchObject({ status: 'imported', meetingId: 'm1-copy' });
    await session.close();
    const replaced = await s.importArchive(file, { onExists: 'replace' });
    expect(replaced).toMatchObject({ status: 'imported', meetingId: 'm1' });
    expect((await s.openMeeting('m1')).initialState.count).toBe(25);
    const backups = fs.readdirSync(path.join(s.dataDir, 'backups', 'm1'));
    expect(backups.some((b) => b.includes('0000026-replaced'))).toBe(true);
  });

  it.each([
    ['not a zip', () => Buffer.from('hello'), 'refused.notAnArchive'],
    ['no manifest', () => zipSync({ 'meeting.json': strToU8('{}') }), 'refused.notAnArchive'],
    [
      'path traversal',
      () =>
        zipSync({
          'manifest.json': strToU8('{}'),
          'meeting.json': strToU8('{}'),
          '../../evil.pdf': strToU8('x'),
        }),
      'refused.badEntryName',
    ],
    [
      'hostile manifest',
      () =>
        zipSync({
          'manifest.json': strToU8('{"__proto__":{"x":1}}'),
          'meeting.json': strToU8('{}'),
        }),
      'refused.forbiddenKey',
    ],
  ])('refuses an archive with %s and writes nothing', async (_name, make, code) => {
    const s = await store();
    const file = path.join(tempDir(), 'bad.zip');
    fs.writeFileSync(file, make());
    const error = await s.importArchive(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).notice.code).toBe(code);
    expect(fs.readdirSync(path.join(s.dataDir, 'meetings'))).toEqual([]);
  });

  it('refuses a tampered meeting (checksum) and a meeting the gate refuses', async () => {
    const s = await withMeeting();
    const file = path.join(tempDir(), 'm1.zip');
    await s.exportArchive('m1', file);
    const entries = unzipSync(fs.readFileSync(file));
    const doc = JSON.parse(Buffer.from(entries['meeting.json']!).toString('utf8')) as {
      events: Array<{ amount: number }>;
    };
    doc.events[0]!.amount = 1000;
    fs.writeFileSync(file, zipSync({ ...entries, 'meeting.json': strToU8(JSON.stringify(doc)) }));
    await expect(s.importArchive(file)).rejects.toMatchObject({
      notice: { code: 'refused.checksumMismatch' },
    });

    // A consistent archive (checksums fixed) whose document is wrong still meets the restore gate.
    const { createHash } = await import('node:crypto');
    const badDoc = strToU8(JSON.stringify({ ...doc, schemaVersion: 99 }));
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8')) as {
      files: Array<{ name: string; sha256: string; size: number }>;
    };
    for (const f of manifest.files)
      if (f.name === 'meeting.json')
        Object.assign(f, {
          sha256: createHash('sha256').update(badDoc).digest('hex'),
          size: badDoc.length,
        });
    fs.writeFileSync(
      file,
      zipSync({
        ...entries,
        'meeting.json': badDoc,
        'manifest.json': strToU8(JSON.stringify(manifest)),
      }),
    );
    await expect(s.importArchive(file)).rejects.toMatchObject({
      notice: { code: 'refused.tooNew' },
    });
  });
});
