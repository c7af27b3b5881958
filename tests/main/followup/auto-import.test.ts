import { describe, expect, it } from 'vitest';
import { autoImport, type AutoImportDeps } from '../../../main/followup/auto-import';

// The sweep at start finds every closed meeting whose import may have failed, whatever changed
// on the board since: it starts from the last sweep in which every import succeeded.

type Meeting = { id: string; updatedAt: number };

function harness(meetings: Meeting[], failing: Set<string>) {
  let clock = 10_000;
  let through = 0;
  const imported: string[] = [];
  const deps: AutoImportDeps = {
    importClosed: (meetingId) => {
      if (failing.has(meetingId))
        return Promise.resolve({ ok: false, error: { code: 'error.io', params: {} } });
      imported.push(meetingId);
      return Promise.resolve({ ok: true, value: { imported: 1 } });
    },
    closedSince: (since) =>
      Promise.resolve(meetings.filter((m) => m.updatedAt >= since).map((m) => m.id)),
    checkedThrough: () => Promise.resolve(through),
    setCheckedThrough: (at) => {
      through = at;
      return Promise.resolve();
    },
    now: () => (clock += 1000),
  };
  /** A start of the app: a new sweep over the same stored meetings and checked time. */
  const start = async () => {
    const auto = autoImport(deps);
    auto.sweep();
    await auto.settled();
    return auto;
  };
  return { start, imported, through: () => through, tick: () => (clock += 1000) };
}

describe('the automatic import at start', () => {
  it('retries a meeting whose import failed, at every start until it succeeds', async () => {
    const failing = new Set(['b']);
    const meetings = [
      { id: 'a', updatedAt: 1_000 },
      { id: 'b', updatedAt: 2_000 },
    ];
    const app = harness(meetings, failing);
    await app.start();
    expect(app.imported).toEqual(['a']);
    // One failed: the checked time stays where it was, so b stays a candidate.
    expect(app.through()).toBe(0);
    await app.start();
    expect(app.imported).toEqual(['a', 'a']);
    failing.delete('b');
    await app.start();
    expect(app.imported).toEqual(['a', 'a', 'a', 'b']);
    // All found: the next start only looks at meetings changed since this sweep began.
    const checked = app.through();
    expect(checked).toBeGreaterThan(2_000);
    await app.start();
    expect(app.imported).toEqual(['a', 'a', 'a', 'b']);
  });

  it('finds a meeting closed during a session whose import at 散会 failed', async () => {
    const failing = new Set<string>();
    const meetings: Meeting[] = [];
    const app = harness(meetings, failing);
    const session = await app.start();
    // Closed after the sweep began; its import at the change fails (the disk was full).
    failing.add('late');
    meetings.push({ id: 'late', updatedAt: app.tick() });
    session.changed('late', ['meeting/closed']);
    await session.settled();
    expect(app.imported).toEqual([]);
    // Anything else may change meanwhile (a board edit, a 督办 sync): the next start finds it.
    failing.delete('late');
    await app.start();
    expect(app.imported).toEqual(['late']);
  });

  it('a thrown import counts as failed, and the sweep goes on to the next meeting', async () => {
    const seen: string[] = [];
    let through = 0;
    const auto = autoImport({
      importClosed: (id) => {
        seen.push(id);
        if (id === 'x') return Promise.reject(new Error('EIO'));
        return Promise.resolve({ ok: true, value: { imported: 0 } });
      },
      closedSince: () => Promise.resolve(['x', 'y']),
      checkedThrough: () => Promise.resolve(0),
      setCheckedThrough: (at) => {
        through = at;
        return Promise.resolve();
      },
      now: () => 5,
    });
    auto.sweep();
    await auto.settled();
    expect(seen).toEqual(['x', 'y']);
    expect(through).toBe(0);
  });
});
