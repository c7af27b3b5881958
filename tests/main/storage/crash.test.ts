import { describe, expect, it } from 'vitest';
import { runCrashTest } from './crash-harness';

// CRASH_KILLS sets the count; `npm test` uses the small default, `npm run bench` runs >= 200.
const kills = Number(process.env.CRASH_KILLS ?? 20);

describe('crash test', () => {
  it(
    `survives ${kills} SIGKILLs at random moments with every acknowledged command on disk`,
    { timeout: 30_000 + kills * 2_000 },
    async () => {
      const report = await runCrashTest({ kills });
      expect(report.childErrors).toEqual([]);
      expect(report.kills).toBe(kills);
      expect(report.acknowledged).toBeGreaterThan(0);
      expect(report.lost).toBe(0);
      expect(report.badFiles).toEqual([]);
      expect(report.eventsOnDisk).toBeGreaterThan(0);
    },
  );
});
