// Storage benchmark: append-to-fsync latency of our store against better-sqlite3 (WAL,
// synchronous=FULL) on the same workload, flatness in the number of stored meetings, and the
// full crash run. `npm run bench` imports this with tsx and prints the rows.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../main/storage';
import { added, fakeCodec, fakeEventSchema, type FakeEvent } from '../main/storage/fake-codec';
import { runCrashTest } from '../main/storage/crash-harness';
import type { BenchResult } from './types';

const PREFILL = 2_000;
const MEASURED = Number(process.env.BENCH_APPENDS ?? 1_000);
const OTHER_EVENTS = 50;

const pct = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
};
const round = (n: number): number => Math.round(n * 1000) / 1000;
const tmp = (name: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `yst-bench-${name}-`));
const eventAt = (seq: number): FakeEvent => ({ ...added(seq, seq % 9), by: 'chair-李' });

/** Our store with `others` closed meetings and the 2,000-event target meeting, reopened fresh. */
async function setupOurs(others: number) {
  const dir = tmp(`ours-${others}`);
  const setup = await openStore(dir, fakeCodec);
  for (let m = 0; m < others; m++) {
    const events = Array.from({ length: OTHER_EVENTS }, (_, i) => eventAt(i + 1));
    await (await setup.createMeeting(`other-${m}`, events)).close();
  }
  await (
    await setup.createMeeting(
      'target',
      Array.from({ length: PREFILL }, (_, i) => eventAt(i + 1)),
    )
  ).close();
  await setup.close();
  // A fresh start, as the app would be on the day: open the store and the meeting, then work.
  const store = await openStore(dir, fakeCodec);
  const session = await store.openMeeting('target');
  return {
    append: (seq: number) => session.append(eventAt(seq)),
    done: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The reference: one SQLite database, WAL, synchronous=FULL, one row per event, autocommit. */
function setupSqlite(others: number) {
  const dir = tmp(`sqlite-${others}`);
  const db = new Database(path.join(dir, 'yishiting.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE events (meeting_id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (meeting_id, seq))',
  );
  const insert = db.prepare('INSERT INTO events (meeting_id, seq, body) VALUES (?, ?, ?)');
  const fill = db.transaction((id: string, count: number) => {
    for (let i = 1; i <= count; i++) insert.run(id, i, JSON.stringify(eventAt(i)));
  });
  for (let m = 0; m < others; m++) fill(`other-${m}`, OTHER_EVENTS);
  fill('target', PREFILL);
  return {
    // Same per-event work as our store: validate, serialize, commit durably.
    append: (seq: number) =>
      insert.run('target', seq, JSON.stringify(fakeEventSchema.parse(eventAt(seq)))),
    done: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Both stores take the same workload in the same time window, one append each in turn, so the
 * noise of a shared machine (other builds, other fsyncs) hits both alike and the ratio is fair.
 */
async function measure(others: number): Promise<{ ours: number[]; sqlite: number[] }> {
  const a = await setupOurs(others);
  const b = setupSqlite(others);
  const ours: number[] = [];
  const sqlite: number[] = [];
  for (let seq = PREFILL + 1; seq <= PREFILL + MEASURED; seq++) {
    let started = performance.now();
    await a.append(seq);
    ours.push(performance.now() - started);
    started = performance.now();
    b.append(seq);
    sqlite.push(performance.now() - started);
  }
  await a.done();
  b.done();
  return { ours, sqlite };
}

/** Runs the storage benchmark and the full crash test; returns one row per number. */
export default async function run(): Promise<BenchResult[]> {
  const rows: BenchResult[] = [
    {
      name: 'machine load average (1 min) at start',
      value: round(os.loadavg()[0] ?? 0),
      unit: 'on 2 cores',
      goal: 'info',
      pass: true,
    },
  ];
  const p95: Record<string, number> = {};
  for (const others of [1, 1_000]) {
    const { ours: a, sqlite: b } = await measure(others);
    const label = `${others} other meeting${others === 1 ? '' : 's'}`;
    p95[`ours-${others}`] = pct(a, 0.95);
    rows.push(
      {
        name: `storage append→fsync p50 (${label})`,
        value: round(pct(a, 0.5)),
        unit: 'ms',
        goal: 'info',
        pass: true,
      },
      {
        name: `storage append→fsync p95 (${label})`,
        value: round(pct(a, 0.95)),
        unit: 'ms',
        goal: '< 2 ms',
        pass: pct(a, 0.95) < 2,
      },
      {
        name: `storage append→fsync max (${label}, includes compactions)`,
        value: round(Math.max(...a)),
        unit: 'ms',
        goal: 'info',
        pass: true,
      },
      {
        name: `sqlite WAL FULL p50 (${label})`,
        value: round(pct(b, 0.5)),
        unit: 'ms',
        goal: 'info',
        pass: true,
      },
      {
        name: `sqlite WAL FULL p95 (${label})`,
        value: round(pct(b, 0.95)),
        unit: 'ms',
        goal: 'info',
        pass: true,
      },
      {
        name: `storage p95 / sqlite p95 (${label})`,
        value: round(pct(a, 0.95) / pct(b, 0.95)),
        unit: 'x',
        goal: '<= 2x',
        pass: pct(a, 0.95) / pct(b, 0.95) <= 2,
      },
    );
  }
  const flat = (p95['ours-1000'] ?? NaN) / (p95['ours-1'] ?? NaN);
  rows.push({
    name: 'storage p95 with 1,000 / with 1 other meeting',
    value: round(flat),
    unit: 'x',
    goal: '<= 1.5x (flat)',
    pass: flat <= 1.5,
  });
  const kills = Number(process.env.CRASH_KILLS ?? 200);
  const crash = await runCrashTest({ kills });
  rows.push(
    {
      name: 'crash test: SIGKILLs survived',
      value: crash.childErrors.length === 0 && crash.badFiles.length === 0 ? crash.kills : 0,
      unit: 'kills',
      goal: `${kills} of ${kills}`,
      pass: crash.kills === kills && crash.childErrors.length === 0 && crash.badFiles.length === 0,
    },
    {
      name: 'crash test: acknowledged events lost (real core, 4-hour meeting script)',
      value: crash.lost,
      unit: 'events',
      goal: '0',
      pass: crash.lost === 0,
    },
    {
      name: 'crash test: events acknowledged',
      value: crash.acknowledged,
      unit: 'events',
      goal: 'info',
      pass: true,
    },
    {
      name: 'crash test: duration',
      value: round(crash.seconds),
      unit: 's',
      goal: 'info',
      pass: true,
    },
  );
  return rows;
}
