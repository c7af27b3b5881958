import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openRepository } from '../../../main/backend/storage-repository';
import { RepositoryError, type MeetingRepository } from '../../../main/backend/repository';
import { summaryOf } from '../../../main/backend/summary';
import { dispatch, emptyState, type MeetingEvent, type MeetingState } from '../../../shared/domain';
import { faultyFs, ownTempDir, removeTempDirs } from '../storage/helpers';

const opened: MeetingRepository[] = [];
afterEach(async () => {
  for (const repo of opened.splice(0)) await repo.close().catch(() => undefined);
});

/** Decide a command with the real core, or fail the test. */
function decide(state: MeetingState, command: Record<string, unknown>) {
  const outcome = dispatch(state, command as never);
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome;
}

describe('the save status the chair sees', () => {
  it('counts in its message every record pending at the time it is asked, on a full disk', async () => {
    const faults = faultyFs();
    const repo = await openRepository(ownTempDir('yst-repo-'), {
      fs: faults.fs,
      retry: { initialMs: 3_000, maxMs: 3_000 },
      lock: false,
    });
    opened.push(repo);
    const at = 1_800_000_000_000;
    let outcome = decide(emptyState('m1'), {
      type: 'meeting/create',
      title: '磁盘已满',
      bodyKind: 'residentsCouncil',
      date: '2026-05-01',
      at,
    });
    await repo.create('m1', outcome.events, summaryOf('m1', outcome.state, at));
    faults.set('ENOSPC');
    const writes: Array<Promise<void>> = [];
    const append = (n: number) => {
      outcome = decide(outcome.state, {
        type: 'display/setMessage',
        text: `第 ${n} 条`,
        at: at + n,
      });
      const events: readonly MeetingEvent[] = outcome.events;
      writes.push(repo.append('m1', events).then((accepted) => accepted.durable));
    };
    append(1);
    await repo.whenUnhealthy();
    for (let n = 2; n <= 316; n++) append(n);
    await new Promise((resolve) => setImmediate(resolve)); // the appends reach the store
    const status = repo.saveStatus('m1');
    faults.set(null);
    await Promise.all(writes); // the next retry saves them all
    expect(status.pending).toBe(316);
    expect(status.error).toMatchObject({ code: 'error.diskFull', params: { pending: 316 } });
  });
});

describe('a meeting saved by a newer version', () => {
  it('reaches the chair read-only: its records, the reason in words, and a refused change', async () => {
    const dir = ownTempDir('yst-repo-');
    const first = await openRepository(dir, { lock: false });
    const at = 1_800_000_000_000;
    const created = decide(emptyState('m1'), {
      type: 'meeting/create',
      title: '新版本的会议',
      bodyKind: 'residentsCouncil',
      date: '2026-05-01',
      at,
    });
    await first.create('m1', created.events, summaryOf('m1', created.state, at));
    await first.close();
    const doc = path.join(dir, 'meetings', 'm1.json');
    const newer = JSON.stringify({ ...JSON.parse(fs.readFileSync(doc, 'utf8')), schemaVersion: 3 });
    fs.writeFileSync(doc, newer);

    const repo = await openRepository(dir, { lock: false });
    opened.push(repo);
    const loaded = await repo.load('m1');
    expect(loaded?.events).toEqual(created.events);
    expect(loaded?.notices).toEqual([
      expect.objectContaining({
        code: 'readOnly.newerVersion',
        params: expect.objectContaining({ version: 3, supported: 2 }),
      }),
    ]);
    const change = decide(created.state, {
      type: 'display/setMessage',
      text: '改一下',
      at: at + 1,
    });
    const refused = await repo.append('m1', change.events).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RepositoryError);
    expect((refused as RepositoryError).error.code).toBe('readOnly.newerVersion');
    await expect(repo.exportArchive('m1')).rejects.toMatchObject({
      error: { code: 'refused.tooNew' },
    });
    await repo.close();
    opened.pop();
    expect(fs.readFileSync(doc, 'utf8')).toBe(newer);
  });
});

describe('a meeting file that cannot be read', () => {
  it('does not keep the app from starting: the others are listed and the console is told', async () => {
    const dir = ownTempDir('yst-repo-');
    const first = await openRepository(dir, { lock: false });
    const at = 1_800_000_000_000;
    for (const id of ['m1', 'm2']) {
      const created = decide(emptyState(id), {
        type: 'meeting/create',
        title: `会议 ${id}`,
        bodyKind: 'residentsCouncil',
        date: '2026-05-01',
        at,
      });
      await first.create(id, created.events, summaryOf(id, created.state, at));
    }
    await first.close();
    fs.rmSync(path.join(dir, 'index.json'));
    fs.rmSync(path.join(dir, 'meetings', 'm2.json'));
    fs.mkdirSync(path.join(dir, 'meetings', 'm2.json'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const repo = await openRepository(dir, { lock: false });
      opened.push(repo);
      expect((await repo.list()).map((m) => m.meetingId)).toEqual(['m1']);
      expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).toContain(
        '“m2.json”不是普通文件',
      );
    } finally {
      warn.mockRestore();
    }
  });
});

afterAll(removeTempDirs);
