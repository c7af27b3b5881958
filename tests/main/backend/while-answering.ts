import { performance } from 'node:perf_hooks';

/**
 * Sends `request` every `everyMs` until stopped, as a client on another machine would: a slot
 * that passes while this process is busy is a request that was already waiting, so each latency
 * is measured from when its request was due, not from when the event loop got round to it.
 */
function everyFewMs(request: () => Promise<unknown>, everyMs: number) {
  const answers: Array<{ due: number; answeredAt: number }> = [];
  const inFlight: Array<Promise<void>> = [];
  const start = performance.now();
  let sent = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const now = performance.now();
    while (start + sent * everyMs <= now) {
      const due = start + sent * everyMs;
      sent++;
      inFlight.push(
        request().then(() => {
          answers.push({ due, answeredAt: performance.now() });
        }),
      );
    }
    timer = setTimeout(tick, everyMs / 2);
  };
  tick();
  return async () => {
    clearTimeout(timer);
    await Promise.all(inFlight);
    return answers;
  };
}

export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Infinity;

export type WhileAnswering<T> = Readonly<{
  result: T;
  /** How long `work` took, ms. */
  took: number;
  /** Every answered request's latency from when it was due, sorted, ms. */
  latencies: readonly number[];
  p95: number;
  /** Requests answered after `work` started and before it ended: 0 means it held the loop. */
  answeredDuring: number;
}>;

/**
 * Runs `work` while another client sends `request` every 10 ms, from 300 ms before it starts
 * until 300 ms after it ends (the archive-bomb test and its benchmark).
 */
export async function whileAnswering<T>(
  request: () => Promise<unknown>,
  work: () => Promise<T>,
): Promise<WhileAnswering<T>> {
  const stop = everyFewMs(request, 10);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const started = performance.now();
  const result = await work();
  const ended = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const answers = await stop();
  const latencies = answers.map((a) => a.answeredAt - a.due).sort((a, b) => a - b);
  return {
    result,
    took: ended - started,
    latencies,
    p95: percentile(latencies, 95),
    answeredDuring: answers.filter((a) => a.answeredAt > started && a.answeredAt < ended).length,
  };
}
