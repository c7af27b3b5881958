import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { describeNotice, openStore, StorageError, type MeetingStore } from '../../../main/storage';
import { added, fakeCodec, type FakeEvent, type FakeState } from './fake-codec';
import { listFiles, ownTempDir, removeTempDirs } from './helpers';

// A data folder used by a newer version and then by this one again (a downgrade, or two laptops
// sharing a USB stick): the newer files are the truth. Falling back to an older backup and
// writing on would split the meeting into two histories.

const opened: Array<MeetingStore<FakeEvent, FakeState>> = [];
async function store(dir: string) {
  const s = await openStore(dir, fakeCodec, {
    compactEvery: 20,
    backupEvery: 20,
    keepBackups: 5,
    lock: false,
  });
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

const docPath = (dir: string) => path.join(dir, 'meetings', 'm1.json');
const backupsOf = (dir: string) =>
  fs
    .readdirSync(path.join(dir, 'backups', 'm1'))
    .sort()
    .map((name) => path.join(dir, 'backups', 'm1', name));

/** Every file but the lock and the index, with its bytes: what must stay as it was. */
const filesOf = (dir: string) =>
  listFiles(dir)
    .filter((f) => f !== 'lock' && f !== 'index.json')
    .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]);

/** Rewrite a document as a newer app would write it: version 99 and a field this one does not know. */
function asNewer(file: string, change: (doc: Record<string, unknown>) => void = () => undefined) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  doc.schemaVersion = 99;
  doc.addedLater = { agendaColours: ['red'] };
  change(doc);
  fs.writeFileSync(file, JSON.stringify(doc));
}

/**
 * A meeting of 71 records that a newer app was running when it stopped: document (records 1..60,
 * compacted at 60), journal (61..71), backups; the document and the newest backup in version 99.
 */
async function leftByNewerApp(): Promise<string> {
  const dir = ownTempDir();
  // Not closed and not in `opened`: it plays the newer app, which is simply gone.
  const app = await openStore(dir, fakeCodec, {
    compactEvery: 20,
    backupEvery: 20,
    keepBackups: 5,
    lock: false,
  });
  const session = await app.createMeeting('m1', [added(1)]);
  for (let seq = 2; seq <= 71; seq++) await session.append(added(seq));
  await session.flushed();
  await new Promise((r) => setTimeout(r, 50)); // let the periodic backup land
  asNewer(docPath(dir));
  asNewer(backupsOf(dir).at(-1)!);
  return dir;
}

describe('a meeting saved by a newer version', () => {
  it('opens read-only with all of its records, says so with both versions, and changes no file', async () => {
    const dir = await leftByNewerApp();
    const before = filesOf(dir);
    const s = await store(dir);
    expect(s.startupNotices).toEqual([]);
    const session = await s.openMeeting('m1');
    expect(session.initialState.seqs).toEqual(Array.from({ length: 71 }, (_, i) => i + 1));
    expect(session.readOnly).toMatchObject({
      code: 'readOnly.newerVersion',
      params: { version: 99, supported: 2 },
    });
    expect(session.notices.map((n) => n.code)).toEqual(['readOnly.newerVersion']);
    const [said] = session.notices;
    expect(describeNotice(said!, 'zh-CN')).toMatch(/99.*2/);
    expect(describeNotice(said!, 'zh-TW')).toMatch(/99.*2/);
    expect(describeNotice(said!, 'en')).toMatch(/99.*2/);
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const)
      expect(describeNotice(said!, locale)).not.toContain('storage:');

    const refused = await session.append(added(72)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StorageError);
    expect((refused as StorageError).notice.code).toBe('readOnly.newerVersion');
    expect(session.eventCount()).toBe(71);

    await s.close();
    opened.pop();
    expect(filesOf(dir)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false);
    // The next start sees the newer meeting again, not an older backup.
    const again = await (await store(dir)).openMeeting('m1');
    expect(again.initialState.count).toBe(71);
    expect(again.readOnly?.code).toBe('readOnly.newerVersion');
  });

  it('refuses, naming both versions, a newer meeting whose records this version cannot read, and keeps every file', async () => {
    const dir = await leftByNewerApp();
    asNewer(docPath(dir), (doc) => {
      (doc.events as unknown[])[5] = { type: 'poll/started', seq: 6, at: 6, by: 'chair' };
    });
    const before = filesOf(dir);
    const s = await store(dir);
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await s.openMeeting('m1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).notice).toMatchObject({
        code: 'refused.tooNew',
        params: { version: 99, supported: 2 },
      });
      expect(describeNotice((error as StorageError).notice, 'zh-CN')).toMatch(/99.*2/);
    }
    await s.close();
    opened.pop();
    expect(filesOf(dir)).toEqual(before);
  });

  it('does not fall back past a newer backup when the document is missing', async () => {
    const dir = await leftByNewerApp();
    fs.rmSync(docPath(dir));
    const before = filesOf(dir);
    const s = await store(dir);
    const session = await s.openMeeting('m1');
    expect(session.initialState.count).toBe(71);
    expect(session.readOnly?.code).toBe('readOnly.newerVersion');
    await expect(session.append(added(72))).rejects.toBeInstanceOf(StorageError);
    await s.close();
    opened.pop();
    expect(filesOf(dir)).toEqual(before);
  });

  it('leaves a newer index as it is and still lists and opens the meetings', async () => {
    const dir = ownTempDir();
    const first = await store(dir);
    await (await first.createMeeting('m1', [added(1)])).close();
    await first.close();
    opened.pop();
    const index = path.join(dir, 'index.json');
    const newer = JSON.stringify({ schemaVersion: 99, kind: 'yishiting/index', tabs: [] });
    fs.writeFileSync(index, newer);
    const s = await store(dir);
    expect(s.listMeetings().map((m) => m.meetingId)).toEqual(['m1']);
    // Rebuilt in memory only: the newer file is neither quarantined nor written over.
    expect(s.startupNotices.map((n) => n.code)).toEqual([
      'refused.tooNew',
      'recovered.indexRebuilt',
    ]);
    const session = await s.openMeeting('m1');
    await session.append(added(2));
    await s.close();
    opened.pop();
    expect(fs.readFileSync(index, 'utf8')).toBe(newer);
    expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false);
  });
});

afterAll(removeTempDirs);
