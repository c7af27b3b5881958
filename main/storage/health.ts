import { diskProblemCode, type DiskProblem } from './errors';
import { notice, type Notice } from './types';

/** Whether everything the chair did is on disk; the UI shows this next to the save indicator. */
export type StorageHealth =
  | { status: 'ok'; notice?: Notice }
  | {
      status: 'retrying';
      problem: DiskProblem;
      /** Localizable explanation, e.g. 'error.diskFull'. */
      notice: Notice;
      /** ISO time of the first failure of this episode. */
      since: string;
      /** Events applied in memory but not yet on disk (they are kept in order and retried). */
      pendingEvents: number;
      meetings: string[];
      /** Epoch ms of the next attempt. */
      nextRetryAt: number;
    };

/** Backoff for disk retries; tests shorten it. */
export type RetryPolicy = { readonly initialMs: number; readonly maxMs: number };
export const DEFAULT_RETRY: RetryPolicy = { initialMs: 100, maxMs: 5_000 };

/**
 * `pending` is asked each time health is read: appends keep arriving between two attempts (up to
 * 5 s apart), and the chair must see how many wait now, not how many waited at the last failure.
 */
type Failure = { problem: DiskProblem; pending: () => number; nextRetryAt: number; since: number };

/**
 * Collects the failure state of every writer into one health value, tells listeners when it
 * changes, and lets `retryNow()` wake every sleeping writer (the user freed space, say).
 */
export class HealthBoard {
  private readonly failures = new Map<string, Failure>();
  private readonly listeners = new Set<(health: StorageHealth) => void>();
  private wakers = new Set<() => void>();
  private episodeStart: number | undefined;
  private lastOk: StorageHealth = { status: 'ok' };

  constructor(readonly retry: RetryPolicy = DEFAULT_RETRY) {}

  /** Delay before attempt `attempt` (0-based) of one episode. */
  delay(attempt: number): number {
    return Math.min(this.retry.maxMs, this.retry.initialMs * 2 ** Math.min(attempt, 20));
  }

  fail(source: string, problem: DiskProblem, pending: () => number, delayMs: number): void {
    const now = Date.now();
    this.episodeStart ??= now;
    const since = this.failures.get(source)?.since ?? now;
    this.failures.set(source, { problem, pending, nextRetryAt: now + delayMs, since });
    this.emit();
  }

  clear(source: string, savedEvents: number): void {
    if (!this.failures.delete(source)) return;
    if (this.failures.size === 0) {
      this.episodeStart = undefined;
      this.lastOk = { status: 'ok', notice: notice('recovered.saved', { count: savedEvents }) };
    }
    this.emit();
  }

  health(): StorageHealth {
    const all = [...this.failures.entries()];
    const first = all[0];
    if (!first) return this.lastOk;
    const problem = first[1].problem;
    const pendingEvents = all.reduce((sum, [, f]) => sum + f.pending(), 0);
    return {
      status: 'retrying',
      problem,
      notice: notice(diskProblemCode(problem), { pending: pendingEvents }),
      since: new Date(this.episodeStart ?? Date.now()).toISOString(),
      pendingEvents,
      meetings: all.map(([source]) => source),
      nextRetryAt: Math.min(...all.map(([, f]) => f.nextRetryAt)),
    };
  }

  subscribe(listener: (health: StorageHealth) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sleep until the delay passes or someone calls retryNow(). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }

  retryNow(): void {
    const wakers = this.wakers;
    this.wakers = new Set();
    for (const wake of wakers) wake();
  }

  private emit(): void {
    const health = this.health();
    for (const listener of this.listeners) listener(health);
  }
}
