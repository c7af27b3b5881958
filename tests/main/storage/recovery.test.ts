import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeNotice, openStore, StorageError, type MeetingStore } from '../../../main/storage';
import { added, fakeCodec, type FakeEvent, type FakeState } from './fake-codec';
import { listFiles, tempDir, journalText, writeAtJournalEnd } from './helpers';

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

/** A data folder with meeting m1 of `n` events, closed cleanly (document + backups). */
async function seeded(n = 45): Promise<string> {
  const dir = tempDir();
  const s = await store(dir);
  const session = await s.createMeeting('m1', [added(1)]);
  for (let seq = 2; seq <= n; seq++) await session.append(added(seq));
  await s.close();
  opened.pop();
  return dir;
}

const docPath = (dir: string) => path.join(dir, 'meetings', 'm1.json');
const journalPath = (dir: string) => path.join(dir, 'meetings', 'm1.journal');
/** Contents of the quarantine folder, as base64 (cheap to compare, unlike a deep-equal of big Buffers). */
const quarantined = (dir: string) =>
  fs.existsSync(path.join(dir, 'quarantine'))
    ? fs
        .readdirSync(path.join(dir, 'quarantine'))
        .map((f) => fs.readFileSync(path.join(dir, 'quarantine', f)).toString('base64'))
    : [];

describe('a damaged meeting document', () => {
  it.each([
    ['corrupt', Buffer.from('{"schemaVersion":2,\u0000\u0001 garbage')],
    ['truncated', null],
    ['empty', Buffer.alloc(0)],
    // (A newer version's document is never quarantined: see newer-version.test.ts.)
    [
      'unknown old version',
      Buffer.from(JSON.stringify({ schemaVersion: 0, kind: 'yishiting/meeting' })),
    ],
    ['prototype pollution', Buffer.from('{"schemaVersion":2,"__proto__":{"isAdmin":true}}')],
    ['deeply nested', Buffer.from(`{"schemaVersion":2,"x":${'['.repeat(50_000)}`)],
    ['huge string', Buffer.from(`{"schemaVersion":2,"x":"${'a'.repeat(2_000_000)}"}`)],
  ])(
    '(%s) is quarantined byte for byte and the meeting comes back from the last backup',
    async (_name, content) => {
      const dir = await seeded();
      const original = fs.readFileSync(docPath(dir));
      const bad = content ?? original.subarray(0, Math.floor(original.length / 2));
      fs.writeFileSync(docPath(dir), bad);
      const s = await store(dir);
      const session = await s.openMeeting('m1');
      expect(session.initialState.count).toBe(45);
      const codes = session.notices.map((n) => n.code);
      expect(codes[0]).toMatch(/^refused\./);
      expect(codes).toContain('recovered.fromBackup');
      expect(codes).toContain('quarantined');
      expect(quarantined(dir)).toEqual([bad.toString('base64')]);
      for (const n of session.notices) expect(describeNotice(n, 'zh-CN')).not.toContain('storage:');
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      // The repaired document passes the gate again.
      await s.close();
      opened.pop();
      expect((await (await store(dir)).openMeeting('m1')).notices).toEqual([]);
    },
  );

  it('refuses clearly and destroys nothing when no backup is usable', async () => {
    const dir = await seeded();
    fs.rmSync(path.join(dir, 'backups'), { recursive: true });
    fs.writeFileSync(docPath(dir), '{"trunc');
    const before = listFiles(dir).map((f) => [
      f,
      fs.readFileSync(path.join(dir, f)).toString('base64'),
    ]);
    const s = await store(dir);
    const error = await s.openMeeting('m1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).notice.code).toBe('error.unrecoverable');
    expect((error as StorageError).notices.map((n) => n.code)).toEqual(['refused.notJson']);
    expect(describeNotice((error as StorageError).notice, 'en')).toContain('m1');
    const after = listFiles(dir)
      .filter((f) => f !== 'lock' && f !== 'index.json')
      .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]);
    expect(after).toEqual(before.filter(([f]) => f !== 'lock' && f !== 'index.json'));
  });

  it('restores from backup and then applies the journal lines past it', async () => {
    const dir = tempDir();
    const a = await store(dir);
    const session = await a.createMeeting('m1', [added(1)]);
    for (let seq = 2; seq <= 30; seq++) await session.append(added(seq));
    await session.flushed();
    // Not closed: the journal holds 21..30 (compaction at 20 wrote the document and a backup).
    fs.writeFileSync(docPath(dir), 'garbage');
    const b = await store(dir);
    const resumed = await b.openMeeting('m1');
    expect(resumed.initialState.seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(resumed.notices.map((n) => n.code)).toEqual([
      'refused.notJson',
      'recovered.fromBackup',
      'quarantined',
    ]);
  });
});

describe('a damaged journal', () => {
  async function interrupted(n: number): Promise<string> {
    const dir = tempDir();
    const s = await store(dir);
    const session = await s.createMeeting('m1', [added(1)]);
    for (let seq = 2; seq <= n; seq++) await session.append(added(seq));
    await session.flushed();
    return dir;
  }

  it('drops a torn last line (never acknowledged), says so, and keeps the original in quarantine', async () => {
    const dir = await interrupted(15);
    writeAtJournalEnd(journalPath(dir), '{"seq":16,"crc":"0000');
    const original = fs.readFileSync(journalPath(dir));
    const session = await (await store(dir)).openMeeting('m1');
    expect(session.initialState.count).toBe(15);
    expect(session.notices.map((n) => n.code)).toEqual(['recovered.tornTail', 'quarantined']);
    expect(describeNotice(session.notices[0]!, 'zh-CN')).toContain('1 条');
    expect(quarantined(dir)).toEqual([original.toString('base64')]);
    expect(journalText(journalPath(dir))).toBe('');
  });

  it('drops a command whose last line a power cut tore off: all of its events or none', async () => {
    const dir = tempDir();
    const s1 = await store(dir);
    const session = await s1.createMeeting('m1', [added(1)]);
    await session.append(added(2));
    await session.append([added(3), added(4), added(5)]);
    await session.flushed();
    const lines = journalText(journalPath(dir)).split('\n');
    expect(lines.filter((l) => l.includes('"more":')).length).toBe(2);
    // Keep the lines of seq 2, 3 and 4: the command 3..5 lost its last line.
    fs.writeFileSync(journalPath(dir), `${lines.slice(0, 3).join('\n')}\n`);
    const reopened = await (await store(dir)).openMeeting('m1');
    expect(reopened.initialState.seqs).toEqual([1, 2]);
    expect(reopened.notices.map((n) => n.code)).toEqual(['recovered.tornTail', 'quarantined']);
    expect(reopened.notices[0]?.params).toMatchObject({ count: 2 });
  });

  it('treats bytes after the end of the zero-filled journal as an unacknowledged torn write', async () => {
    const dir = await interrupted(12);
    const fd = fs.openSync(journalPath(dir), 'r+');
    fs.writeSync(fd, '{"seq":13,"crc', 200_000);
    fs.closeSync(fd);
    const session = await (await store(dir)).openMeeting('m1');
    expect(session.initialState.count).toBe(12);
    expect(session.notices.map((n) => n.code)).toEqual(['recovered.tornTail', 'quarantined']);
  });

  it('skips a damaged line when the next line continues the sequence (a repeated short write)', async () => {
    const dir = await interrupted(10);
    const lines = journalText(journalPath(dir)).split('\n');
    lines.splice(3, 0, lines[3]!.slice(0, 25));
    fs.writeFileSync(journalPath(dir), lines.join('\n'));
    const session = await (await store(dir)).openMeeting('m1');
    expect(session.initialState.count).toBe(10);
    expect(session.notices.map((n) => n.code)).toEqual(['recovered.journalDamaged', 'quarantined']);
  });

  it('detects a flipped bit by checksum and stops at the gap', async () => {
    const dir = await interrupted(10);
    const text = journalText(journalPath(dir));
    fs.writeFileSync(
      journalPath(dir),
      text.replace('"seq":5,"at":1700000000005', '"seq":5,"at":1700000000006'),
    );
    const session = await (await store(dir)).openMeeting('m1');
    expect(session.initialState.count).toBe(4);
    const gap = session.notices.find((n) => n.code === 'recovered.journalGap');
    expect(gap?.params).toMatchObject({ from: 5, lost: 5 });
  });
});

describe('a damaged index', () => {
  it('is quarantined and rebuilt from the meeting files', async () => {
    const dir = await seeded(5);
    fs.writeFileSync(
      path.join(dir, 'index.json'),
      '{"schemaVersion":1,"constructor":{"prototype":{"x":1}}}',
    );
    const s = await store(dir);
    expect(s.listMeetings().map((m) => m.meetingId)).toEqual(['m1']);
    expect(s.startupNotices.map((n) => n.code)).toEqual([
      'refused.forbiddenKey',
      'quarantined',
      'recovered.indexRebuilt',
    ]);
  });
});
