import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import { tempDir } from '../storage/helpers';
import { rawZip, zerosDeflate, zipBomb } from '../storage/zip-bomb';

// One chair imports a hostile archive while another client keeps asking for the meeting list:
// the import is refused quickly and the other client is still answered promptly throughout.
let backend: Backend;
let dataDir = '';
beforeAll(async () => {
  dataDir = tempDir('yst-bomb-backend-');
  let ids = 0;
  backend = createBackend({
    repository: await openRepository(dataDir, { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_800_000_000_000,
    newId: () => `m${++ids}`,
  });
});
afterAll(async () => {
  await backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Sends `request` every `everyMs` until stopped, as a client on another machine would: a slot
 * that passes while this process is busy is a request that was already waiting, so each latency
 * is measured from when its request was due, not from when the event loop got round to it.
 */
function everyFewMs(request: () => Promise<unknown>, everyMs: number) {
  const latencies: number[] = [];
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
          latencies.push(performance.now() - due);
        }),
      );
    }
    timer = setTimeout(tick, everyMs / 2);
  };
  tick();
  return async () => {
    clearTimeout(timer);
    await Promise.all(inFlight);
    return latencies.sort((a, b) => a - b);
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Infinity;

/**
 * Runs `work` while another client asks for the meeting list every 10 ms, from 300 ms before it
 * starts until 300 ms after it ends; returns what `work` gave, how long it took and the p95.
 */
async function whileAnswering<T>(work: () => Promise<T>) {
  const list = async () => {
    const result = await backend.handle('chair', 'meetings/list', {});
    expect(result.ok).toBe(true);
    return result;
  };
  const stop = everyFewMs(list, 10);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const started = performance.now();
  const result = await work();
  const took = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const latencies = await stop();
  expect(latencies.length).toBeGreaterThan(50);
  return { result, took, latencies, p95: percentile(latencies, 95) };
}

const meetingList = async () => backend.handle('chair', 'meetings/list', {});

// Latencies are wall-clock times on a machine that may be busy with other work: a timing test
// gets two more tries. A reader that blocks fails every try (the old one stalled for the whole
// inflate: 4 minutes for the bomb, about half a second for the 64 MiB entry).
const timing = { retry: 2 };

describe('hostile archives through the backend', () => {
  it(
    'refuses a zip bomb in under a second while another client keeps a p95 under 50 ms',
    { ...timing, timeout: 30_000 },
    async () => {
      const base64 = zipBomb(4).toString('base64');
      const before = await meetingList();
      const { result, took, latencies, p95 } = await whileAnswering(() =>
        backend.handle('chair', 'meetings/importArchive', { base64 }),
      );
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'refused.archiveEntryOversized', params: { entry: 'meeting.json' } },
      });
      expect(took).toBeLessThan(1000);
      expect(p95, `p95 ${p95.toFixed(1)} ms over ${latencies.length} requests`).toBeLessThan(50);
      expect(await meetingList()).toEqual(before);
      expect(fs.readdirSync(`${dataDir}/meetings`)).toEqual([]);
    },
  );

  it(
    'inflates an entry of 64 MiB, honestly declared, in pieces while the other client is answered',
    { ...timing, timeout: 60_000 },
    async () => {
      const size = 64 * 2 ** 20;
      const manifest = Buffer.from('{"format":"yishiting-archive"}');
      const base64 = rawZip([
        { name: 'manifest.json', data: manifest, method: 0, declaredSize: manifest.length },
        { name: 'meeting.json', data: zerosDeflate(size), method: 8, declaredSize: size },
      ]).toString('base64');
      const { result, latencies, p95 } = await whileAnswering(() =>
        backend.handle('chair', 'meetings/importArchive', { base64 }),
      );
      // Inflated to the end, then refused by the manifest check: it is not one of our archives.
      expect(result).toMatchObject({ ok: false, error: { code: 'refused.invalid' } });
      // A second of steady CPU work: looser than the bomb's bound, far below the old stall.
      expect(p95, `p95 ${p95.toFixed(1)} ms over ${latencies.length} requests`).toBeLessThan(100);
      expect(fs.readdirSync(`${dataDir}/meetings`)).toEqual([]);
    },
  );
});
