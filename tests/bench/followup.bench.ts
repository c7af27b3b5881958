import { performance } from 'node:perf_hooks';
import { board, boardFacets, dispatchFollowup, replayFollowup } from '../../shared/followup';
import { generateRegistry, OWNERS } from './generate-followup';
import type { BenchResult } from './types';

// Issue 9's budget: with 5,000 action items across 1,000 meetings the board opens and filters in
// under 100 ms. This is the pure part in Node (board() over the whole registry); the Chromium
// figure, with rendering, comes with the board window.

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Median of `runs` timings of `work` after a warm-up. */
function time(work: () => unknown, runs = 30): number {
  for (let i = 0; i < 5; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Runs the benchmark and returns its rows (`npm run bench` prints them). */
export default async function run(): Promise<BenchResult[]> {
  const { state, events, end } = generateRegistry(1000, 5);
  const today = '2027-06-01';
  const items = state.itemOrder.length;

  const replayMs = time(() => replayFollowup(events), 10);
  const openMs = time(() => {
    board(state, {}, today);
    boardFacets(state);
  });
  let k = 0;
  const filters = [
    { meetingId: 'm500' },
    { owner: OWNERS[3] ?? '' },
    { status: 'inProgress' as const },
    { status: ['planned', 'inProgress'] as const, overdueOnly: true },
    { owner: OWNERS[1] ?? '', status: 'done' as const },
  ];
  const filterMs = time(() => board(state, filters[k++ % filters.length] ?? {}, today), 50);
  const commandMs = time(
    () =>
      dispatchFollowup(state, {
        type: 'actionItem/noteProgress',
        meetingId: 'm999',
        actionId: 'a0',
        on: '2027-06-01',
        note: '进展',
        at: end + 1000,
      }),
    50,
  );

  return [
    {
      name: `followup: board open + facets (${items} action items, 1000 meetings, Node)`,
      value: round(openMs),
      unit: 'ms',
      goal: '< 100 ms',
      pass: openMs < 100,
    },
    {
      name: 'followup: board filter (meeting / owner / status / overdue, Node)',
      value: round(filterMs),
      unit: 'ms',
      goal: '< 100 ms',
      pass: filterMs < 100,
    },
    {
      name: `followup: replay the registry (${events.length} events)`,
      value: round(replayMs),
      unit: 'ms',
      goal: '< 100 ms',
      pass: replayMs < 100,
    },
    {
      name: 'followup: one command on the full registry (parse + decide + apply)',
      value: round(commandMs, 4),
      unit: 'ms',
      goal: '< 5 ms',
      pass: commandMs < 5,
    },
  ];
}
