import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  nodeFs,
  openStore,
  restoreMeeting,
  StorageError,
  type MeetingStore,
  type StorageFs,
} from '../../../main/storage';
import { added, fakeCodec, type FakeEvent, type FakeState } from './fake-codec';
import { listFiles, tempDir, journalText } from './helpers';

const opened: Array<MeetingStore<FakeEvent, FakeState>> = [];
async function store(dir: string, options: Parameters<typeof openStore>[2] = {}) {
  const s = await openStore(dir, fakeCodec, {
    compactEvery: 50,
    backupEvery: 100,
    keepBackups: 4,
    ...options,
  });
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

describe('meeting store', () => {
  it('keeps every event across close and reopen, with compaction, backups and the index', async () => {
    const dir = tempDir();
    const a = await store(dir);
    const session = await a.createMeeting('m1', [added(1)]);
    for (let seq = 2; seq <= 260; seq++) await session.append(added(seq, seq));
    await session.close();
    expect(fs.existsSync(path.join(dir, 'meetings', 'm1.journal'))).toBe(false);
    const backups = fs.readdirSync(path.join(dir, 'backups', 'm1'));
    expect(backups.length).toBeLessThanOrEqual(4);
    expect(backups.some((name) => name.endsWith('-close.json'))).toBe(true);
    await a.close();

    const b = await store(dir);
    expect(b.listMeetings().map((m) => m.meetingId)).toEqual(['m1']);
    expect(b.interruptedMeetings()).toEqual([]);
    const again = await b.openMeeting('m1');
    expect(again.initialState.count).toBe(260);
    expect(again.initialState.seqs).toEqual(Array.from({ length: 260 }, (_, i) => i + 1));
    expect(again.notices).toEqual([]);
  });

  it('backs a meeting up when it is created or opened, every N events, and on close', async () => {
    const dir = tempDir();
    const a = await store(dir, { compactEvery: 25, backupEvery: 50, keepBackups: 50 });
    const session = await a.createMeeting('m1', [added(1)]);
    for (let seq = 2; seq <= 160; seq++) await session.append(added(seq, seq));
    await session.close();
    await (await a.openMeeting('m1')).close();
    await a.close();
    // Names are time-event count-reason, so they sort by time: read the reasons and counts in order.
    const taken = fs
      .readdirSync(path.join(dir, 'backups', 'm1'))
      .sort()
      .map((name) => /-(\d{7})-(\w+)\.json$/.exec(name)?.slice(1, 3).join(' '));
    expect(taken[0]).toBe('0000001 open');
    expect(taken.filter((t) => t?.endsWith('periodic')).length).toBeGreaterThanOrEqual(2);
    expect(taken).toContain('0000160 close');
    expect(taken.filter((t) => t === '0000160 open')).toHaveLength(1);
    // Every backup passes the restore gate: any one of them can stand in for the document.
    for (const name of fs.readdirSync(path.join(dir, 'backups', 'm1'))) {
      const text = fs.readFileSync(path.join(dir, 'backups', 'm1', name), 'utf8');
      expect(restoreMeeting(text, fakeCodec, { file: name }).ok, name).toBe(true);
    }
  });

  it('has the event on disk when append resolves (journal line fdatasync’d)', async () => {
    const dir = tempDir();
    const session = await (await store(dir)).createMeeting('m1');
    const ack = await session.append(added(1, 42));
    expect(ack.seq).toBe(1);
    const journal = journalText(path.join(dir, 'meetings', 'm1.journal'));
    expect(journal).toMatch(
      /^\{"seq":1,"crc":"[0-9a-f]{8}","event":\{"type":"counter\/added","seq":1,.*"amount":42\}\}\n$/,
    );
  });

  it('acknowledges an append only after its fdatasync has returned', async () => {
    // An fs whose fdatasync waits for the test: until it is let go, the append must not resolve.
    const held: Array<() => void> = [];
    let holding = false;
    const slowFs: StorageFs = {
      ...nodeFs,
      fdatasync: async (fd) => {
        if (holding) await new Promise<void>((release) => held.push(release));
        return nodeFs.fdatasync(fd);
      },
    };
    const session = await (await store(tempDir(), { fs: slowFs, lock: false })).createMeeting('m1');
    holding = true;
    let acknowledged = false;
    const append = session.append(added(1)).then(() => (acknowledged = true));
    const until = Date.now() + 2000;
    while (held.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    expect(held.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(acknowledged).toBe(false);
    holding = false;
    for (const release of held.splice(0)) release();
    await append;
    expect(acknowledged).toBe(true);
  });

  it('grows the zero-filled journal past its first chunk', async () => {
    const dir = tempDir();
    const a = await store(dir, { compactEvery: 100_000, lock: false });
    const session = await a.createMeeting('m1');
    for (let seq = 1; seq <= 150; seq++)
      await session.append({ type: 'note/added', seq, at: seq, by: 'c', text: '记'.repeat(1000) });
    expect(fs.statSync(path.join(dir, 'meetings', 'm1.journal')).size).toBeGreaterThan(256 * 1024);
    const b = await store(dir, { lock: false });
    expect((await b.openMeeting('m1')).initialState.count).toBe(150);
  });

  it('commits concurrent appends in order (group commit) and acknowledges each once', async () => {
    const dir = tempDir();
    const session = await (await store(dir, { compactEvery: 1000 })).createMeeting('m1');
    const acks = await Promise.all(
      Array.from({ length: 300 }, (_, i) => session.append(added(i + 1))),
    );
    expect(acks.map((a) => a.seq)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    const lines = journalText(path.join(dir, 'meetings', 'm1.journal'))
      .trim()
      .split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual(
      acks.map((a) => a.seq),
    );
  });

  it('keeps appends flowing during compaction and loses none of them', async () => {
    const dir = tempDir();
    const a = await store(dir, { compactEvery: 7, backupEvery: 30, lock: false });
    const session = await a.createMeeting('m1');
    let seq = 0;
    for (let round = 0; round < 40; round++) {
      const burst = Array.from({ length: 1 + (round % 9) }, () => session.append(added(++seq)));
      await Promise.all(burst);
    }
    await session.flushed();
    // Abandon without closing: the reload must see document + journal = every event once.
    const b = await store(dir, { lock: false });
    expect((await b.openMeeting('m1')).initialState.seqs).toEqual(
      Array.from({ length: seq }, (_, i) => i + 1),
    );
  });

  it('resumes an interrupted meeting exactly where it was (timer from its recorded start)', async () => {
    const dir = tempDir();
    const a = await store(dir, { lock: false });
    const session = await a.createMeeting('m1', [added(1)]);
    await session.append(added(2, 10));
    await session.append({ type: 'timer/started', seq: 3, at: 1_700_000_123_000, by: 'chair' });
    await session.flushed();
    // No close: the process "dies" here. A second store on the folder plays the restarted app.
    const b = await store(dir, { lock: false });
    expect(b.interruptedMeetings()).toEqual(['m1']);
    const resumed = await b.openMeeting('m1');
    expect(resumed.initialState).toEqual({
      sum: 11,
      count: 3,
      lastAt: 1_700_000_123_000,
      timerStartedAt: 1_700_000_123_000,
      seqs: [1, 2, 3],
    });
    expect(b.listMeetings()[0]?.updatedAt).toBe(1_700_000_123_000);
  });

  it('refuses an event the gate would refuse later, and writes nothing', async () => {
    const dir = tempDir();
    const session = await (await store(dir)).createMeeting('m1');
    await expect(
      session.append({ type: 'counter/added', seq: 1 } as unknown as FakeEvent),
    ).rejects.toBeInstanceOf(StorageError);
    expect(journalText(path.join(dir, 'meetings', 'm1.journal'))).toBe('');
  });

  it('lets one process own a data folder', async () => {
    const dir = tempDir();
    await store(dir);
    await expect(openStore(dir, fakeCodec)).rejects.toMatchObject({
      notice: { code: 'error.locked' },
    });
  });

  it('takes over a lock left by a dead process, or written before this boot', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'lock'), '999999999');
    await (await store(dir)).close();
    opened.pop();
    // pid 1 is alive, but a lock older than the boot is a leftover of a power cut.
    fs.writeFileSync(path.join(dir, 'lock'), `1 ${Date.now() - os.uptime() * 1000 - 60_000}`);
    await expect(store(dir)).resolves.toBeDefined();
    await opened.pop()?.close();
    fs.writeFileSync(path.join(dir, 'lock'), `1 ${Date.now()}`);
    await expect(openStore(dir, fakeCodec)).rejects.toMatchObject({
      notice: { code: 'error.locked', params: { pid: 1 } },
    });
  });

  it('refuses to create a meeting twice and to use unsafe ids', async () => {
    const dir = tempDir();
    const s = await store(dir);
    await s.createMeeting('m1');
    await expect(s.createMeeting('m1')).rejects.toMatchObject({
      notice: { code: 'error.alreadyExists' },
    });
    await expect(s.createMeeting('../evil')).rejects.toBeInstanceOf(StorageError);
    await expect(s.openMeeting('../evil')).rejects.toMatchObject({
      notice: { code: 'error.notFound' },
    });
    await expect(s.openMeeting('nope')).rejects.toMatchObject({
      notice: { code: 'error.notFound' },
    });
  });

  it('rebuilds a missing index from the meeting files and removes stale temp files', async () => {
    const dir = tempDir();
    const a = await store(dir);
    await (await a.createMeeting('m1', [added(1)])).close();
    await (await a.createMeeting('m2', [added(1), added(2)])).close();
    await a.close();
    fs.rmSync(path.join(dir, 'index.json'));
    fs.writeFileSync(path.join(dir, 'meetings', 'm1.json.tmp'), '{"half');
    const b = await store(dir);
    expect(
      b
        .listMeetings()
        .map((m) => m.meetingId)
        .sort(),
    ).toEqual(['m1', 'm2']);
    expect(b.startupNotices.map((n) => n.code)).toEqual(['recovered.indexRebuilt']);
    expect(listFiles(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('folds only the events since the last compaction, a slice at a time, and the document still holds them all', async () => {
    const folded = { replay: 0, resume: 0, mostAtOnce: 0 };
    const counting: typeof fakeCodec = {
      ...fakeCodec,
      replay: (meetingId, events) => {
        folded.replay += events.length;
        return fakeCodec.replay(meetingId, events);
      },
      // The fake state's own fold, continued on a copy (the session keeps the state it hands in).
      resume: (meetingId, state, events) => {
        folded.resume += events.length;
        folded.mostAtOnce = Math.max(folded.mostAtOnce, events.length);
        const more = fakeCodec.replay(meetingId, events);
        return {
          sum: state.sum + more.sum,
          count: state.count + more.count,
          lastAt: events.length > 0 ? more.lastAt : state.lastAt,
          timerStartedAt: more.timerStartedAt ?? state.timerStartedAt,
          seqs: [...state.seqs, ...more.seqs],
        };
      },
    };
    const dir = tempDir();
    const a = await openStore(dir, counting, { compactEvery: 50, backupEvery: 1000 });
    opened.push(a);
    const session = await a.createMeeting('m1', [added(1)]);
    for (let seq = 2; seq <= 300; seq++) await session.append(added(seq, seq));
    await session.close();
    // Five compactions of a growing meeting: replayed whole each time they would fold 750+ events.
    expect(folded.resume).toBeGreaterThanOrEqual(250);
    expect(folded.resume + folded.replay).toBeLessThan(2 * 300);
    // A slice at a time, so appends and pushes are not held behind a whole compaction.
    expect(folded.mostAtOnce).toBeLessThanOrEqual(64);
    await a.close();
    const b = await store(dir);
    const state = (await b.openMeeting('m1')).initialState;
    expect(state.count).toBe(300);
    expect(state.sum).toBe((300 * 301) / 2);
    expect(state.seqs).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });
});
