import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { describeNotice, openStore, type MeetingStore } from '../../../main/storage';
import { added, fakeCodec, type FakeEvent, type FakeState } from './fake-codec';
import { journalText, ownTempDir, removeTempDirs } from './helpers';

// A torn last line after a crash was never confirmed: dropping it is normal. A journal that is
// shorter than what was confirmed (cut by a bad copy, a damaged disk, a tool) lost confirmed
// records: that is data loss and must be called so, with how many.

const opened: Array<MeetingStore<FakeEvent, FakeState>> = [];
async function store(dir: string) {
  const s = await openStore(dir, fakeCodec, { compactEvery: 1000, lock: false });
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

const journalPath = (dir: string) => path.join(dir, 'meetings', 'm1.journal');

/** The count of confirmed records noted beside m1's journal (about once a second), if any. */
function notedCount(dir: string): number | undefined {
  try {
    const text = fs.readFileSync(path.join(dir, 'meetings', 'm1.count'), 'utf8');
    return /^\d+\n$/.test(text) ? Number(text) : undefined;
  } catch {
    return undefined;
  }
}

/** m1 with record 1 in its document and records 2..71 (70 lines) in its journal, not closed. */
async function interrupted(): Promise<string> {
  const dir = ownTempDir();
  const app = await openStore(dir, fakeCodec, { compactEvery: 1000, lock: false });
  const session = await app.createMeeting('m1', [added(1)]);
  for (let seq = 2; seq <= 71; seq++) await session.append(added(seq));
  await session.flushed();
  return dir;
}

/** Cut the journal file in the middle of its line `n` (1-based), as a truncated copy would. */
function cutInLine(file: string, n: number): void {
  const lines = journalText(file).split('\n');
  const keep = lines.slice(0, n - 1).join('\n').length + 1 + Math.floor(lines[n - 1]!.length / 2);
  fs.truncateSync(file, keep);
}

describe('a journal cut short', () => {
  it('is reported as lost confirmed records, with their number', async () => {
    const dir = await interrupted();
    await expect.poll(() => notedCount(dir), { timeout: 5_000, interval: 50 }).toBe(71);
    cutInLine(journalPath(dir), 35);
    const session = await (await store(dir)).openMeeting('m1');
    expect(session.initialState.count).toBe(35);
    expect(session.notices.map((n) => n.code)).toEqual(['recovered.journalCut', 'quarantined']);
    const [cut] = session.notices;
    expect(cut?.params).toMatchObject({ file: 'm1.journal', from: 36, lost: 36 });
    expect(describeNotice(cut!, 'zh-CN')).toContain('36');
    expect(describeNotice(cut!, 'zh-CN')).toContain('丢失');
    expect(describeNotice(cut!, 'zh-TW')).toContain('36');
    expect(describeNotice(cut!, 'en')).toContain('lost');
    // Once told, it is not told again: the next start knows the meeting holds 35 records.
    await opened.pop()?.close();
    const again = await (await store(dir)).openMeeting('m1');
    expect(again.initialState.count).toBe(35);
    expect(again.notices).toEqual([]);
  });

  it('keeps its count beside the journal, so a lost index.json does not hide the loss', async () => {
    const dir = await interrupted();
    await expect.poll(() => notedCount(dir), { timeout: 5_000, interval: 50 }).toBe(71);
    // The index is rewritten with the list only: a thousand meetings' counts once a second
    // slowed every append when they were kept there.
    expect(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')).not.toContain('eventCounts');
    fs.rmSync(path.join(dir, 'index.json'));
    // Cut between two whole lines: nothing but the noted count can tell this from a clean file.
    const lines = journalText(journalPath(dir)).split('\n');
    fs.truncateSync(journalPath(dir), lines.slice(0, 50).join('\n').length + 1);
    const session = await (await store(dir)).openMeeting('m1');
    expect(session.initialState.count).toBe(51);
    expect(session.notices[0]).toMatchObject({
      code: 'recovered.journalCut',
      params: { from: 52, lost: 20 },
    });
  });

  it('is reported as a loss even before the count was noted, when it ends inside a line', async () => {
    const dir = await interrupted();
    cutInLine(journalPath(dir), 35);
    const session = await (await store(dir)).openMeeting('m1');
    expect(session.initialState.count).toBe(35);
    const [cut] = session.notices;
    expect(cut?.code).toBe('recovered.journalCut');
    expect(cut?.params).toMatchObject({ from: 36 });
    expect(Number(cut?.params.lost)).toBeGreaterThanOrEqual(1);
  });
});

afterAll(removeTempDirs);
