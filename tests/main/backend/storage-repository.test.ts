import { afterEach, describe, expect, it } from 'vitest';
import { openRepository } from '../../../main/backend/storage-repository';
import type { MeetingRepository } from '../../../main/backend/repository';
import { summaryOf } from '../../../main/backend/summary';
import { dispatch, emptyState, type MeetingEvent, type MeetingState } from '../../../shared/domain';
import { faultyFs, tempDir } from '../storage/helpers';

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
    const repo = await openRepository(tempDir('yst-repo-'), {
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
      writes.push(repo.append('m1', events, summaryOf('m1', outcome.state, at + n)));
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
