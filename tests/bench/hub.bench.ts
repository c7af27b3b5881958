import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readBundle } from '../../main/bundle';
import { exportDocument } from '../../main/documents/export';
import { dashboardRoutes } from '../../main/hub/dashboard/routes';
import { migrate } from '../../main/hub/db/migrate';
import { openHubDb, type HubDb, type HubQuery } from '../../main/hub/db/pool';
import { createCommunity } from '../../main/hub/enrol';
import type { HubContext, HubRequest, HubRoute } from '../../main/hub/server/route';
import { allHubRoutes } from '../../main/hub/server/routes';
import { startHubServer, type HubServer } from '../../main/hub/server/server';
import { postgresBin } from '../main/hub/postgres';
import {
  bundlePath,
  certificatePath,
  communityId,
  communityMeetings,
  communityName,
  generateCommunities,
  makeIdentity,
  MEETINGS_PER_COMMUNITY,
} from './hub-generate';
import type { BenchResult } from './types';

// Issue 17's benchmark: 1,000 communities × 50 meetings (50,000 signed bundles) ingested by the
// hub over HTTP, as the community app sends them, into a PostgreSQL with its DEFAULT durability
// (fsync, synchronous_commit and full_page_writes on, as an office's server from the OS packages
// runs; the tests' throwaway cluster turns them off). Then each dashboard query 60 times with
// varied filters (p95 against 200 ms), then the database's size per meeting.
//   HUB_BENCH_COMMUNITIES=20   a small try (default 1000)
//   HUB_BENCH_MEETINGS=50      meetings per community
//   HUB_BENCH_CONCURRENCY=3    bundles in flight at once (each community's in order)
//   HUB_BENCH_BUNDLES=DIR      reuse bundles generate-d there before (kept; generation is not measured)
//   HUB_BENCH_FAST_PG=1        fsync etc. off, as the tests run (for comparison only)
// The bundles carry no filed PDFs (a meeting with none is a valid bundle): 50,000 signed PDFs
// cannot be made in a bench run. Generation runs on both cores before the measured part.

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const COMMUNITIES = env('HUB_BENCH_COMMUNITIES', 1000);
const MEETINGS = env('HUB_BENCH_MEETINGS', MEETINGS_PER_COMMUNITY);
const CONCURRENCY = env('HUB_BENCH_CONCURRENCY', 3);
const FAST = process.env.HUB_BENCH_FAST_PG === '1';
const RUNS = 60;
const GOAL_MS = 200;
/** Every 100th community holds back one bundle until the queries ran: a gap on the dashboard. */
const HELD_SEQUENCE = Math.min(25, MEETINGS);
const holdsBack = (index: number) => index % 100 === 0 && MEETINGS > 1;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (line: string) => process.stdout.write(`  hub: ${line}\n`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

// ---------------------------------------------------------------------------------------------
// A PostgreSQL cluster as an office would run it (tests/main/hub/postgres.ts, but durable).

type Cluster = { url: string; stop(): void };

function asOwner(bin: string, args: readonly string[]): void {
  const root = process.getuid?.() === 0;
  const result = spawnSync(
    root ? 'runuser' : bin,
    root ? ['-u', 'postgres', '--', bin, ...args] : args,
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`${bin} failed: ${result.stderr || result.stdout}`);
}

function startCluster(): Cluster {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-hub-bench-pg-'));
  if (process.getuid?.() === 0) {
    for (let path = dirname(dir); path !== dirname(path); path = dirname(path)) {
      const mode = statSync(path).mode;
      if ((mode & 0o001) === 0) chmodSync(path, (mode & 0o7777) | 0o001);
    }
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const data = join(dir, 'data');
  const port = 55_000 + Math.floor(Math.random() * 1000);
  const fast = FAST ? ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off' : '';
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (existsSync(join(data, 'postmaster.pid')))
        asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  };
  try {
    asOwner(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'yishiting',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    const options = `-k ${dir} -p ${port} -c listen_addresses=''${fast}`;
    asOwner(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      options,
      'start',
    ]);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    url: `postgres://yishiting@/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
    stop,
  };
}

// ---------------------------------------------------------------------------------------------
// Enrolment and ingest through the hub's own HTTP endpoints.

async function post(
  server: HubServer,
  path: string,
  body: Uint8Array | string,
  headers: Record<string, string>,
) {
  const payload = typeof body === 'string' ? body : new Uint8Array(body);
  const response = await fetch(`${server.url}${path}`, { method: 'POST', body: payload, headers });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function enrolAll(db: HubDb, server: HubServer, dir: string): Promise<string[]> {
  const tokens: string[] = [];
  for (let index = 0; index < COMMUNITIES; index++) {
    const { code } = await createCommunity(
      db,
      { id: communityId(index), name: communityName(index) },
      'cli',
    );
    const certificatePem = readFileSync(certificatePath(dir, index), 'utf8');
    const reply = await post(
      server,
      '/api/community/enrol',
      JSON.stringify({ code, certificatePem }),
      {
        'content-type': 'application/json',
      },
    );
    if (reply.status !== 200)
      throw new Error(`enrol ${communityId(index)}: ${JSON.stringify(reply.json)}`);
    tokens.push(String(reply.json.token));
  }
  return tokens;
}

type Sent = { bundles: number; bytes: number; refused: string[] };

async function send(
  server: HubServer,
  token: string,
  bytes: Uint8Array,
  sent: Sent,
  label: string,
) {
  const reply = await post(server, '/api/community/bundles', bytes, {
    authorization: `Bearer ${token}`,
    'content-type': 'application/zip',
  });
  sent.bundles += 1;
  sent.bytes += bytes.length;
  if (reply.status !== 200 || reply.json.accepted !== true)
    sent.refused.push(`${label}: ${reply.status} ${String(reply.json.code ?? reply.json.error)}`);
}

/** Every community's bundles in sequence order, `CONCURRENCY` communities at a time. */
async function ingestAll(server: HubServer, dir: string, tokens: readonly string[]): Promise<Sent> {
  const sent: Sent = { bundles: 0, bytes: 0, refused: [] };
  let next = 0;
  let reported = performance.now();
  const t0 = performance.now();
  const lane = async () => {
    for (let index = next++; index < COMMUNITIES; index = next++) {
      for (let sequence = 1; sequence <= MEETINGS; sequence++) {
        if (holdsBack(index) && sequence === HELD_SEQUENCE) continue;
        const bytes = readFileSync(bundlePath(dir, index, sequence));
        await send(server, tokens[index]!, bytes, sent, `${communityId(index)}#${sequence}`);
      }
      if (performance.now() - reported > 30_000) {
        reported = performance.now();
        const s = (reported - t0) / 1000;
        log(
          `${sent.bundles} bundles in ${s.toFixed(0)} s (${(sent.bundles / s).toFixed(1)}/s), load ${load()}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return sent;
}

// ---------------------------------------------------------------------------------------------
// Dashboard queries: each route's handler called as the server calls it (a logged-in staff
// member), timing SQL and shaping but not the socket. Each statement is recorded so a query over
// the goal can be shown with its plan.

type Statement = { text: string; values?: readonly unknown[]; ms: number };

function recordingDb(db: HubDb, statements: Statement[]): HubDb {
  const wrap =
    (query: HubQuery): HubQuery =>
    async (text, values) => {
      const t0 = performance.now();
      const result = await query(text, values);
      statements.push({ text, values, ms: performance.now() - t0 });
      return result;
    };
  return {
    ...db,
    query: wrap(db.query),
    tx: (work) => db.tx((q) => work(wrap(q))),
    session: (work) => db.session((q) => work(wrap(q))),
  };
}

type Params = Record<string, string>;
type QuerySpec = Readonly<{ name: string; path: RegExp; params: (i: number) => Params }>;

const month = (i: number) => {
  const m = new Date(Date.UTC(2024, 11 + (i % 24), 1));
  return m.toISOString().slice(0, 7);
};
const someCommunity = (i: number) => communityId((i * 7919) % COMMUNITIES);
const SEARCHES = ['充电', '充电桩', '充电 改造', '加装电梯', '停车'];

const SPECS: readonly QuerySpec[] = [
  {
    name: 'overview (communities table, chain gaps)',
    path: /overview/,
    params: (i): Params => {
      const range: Params =
        i % 3 === 0
          ? { from: month(0), to: month(23) }
          : { from: month(i % 13), to: month((i % 13) + 11) };
      return i % 4 === 3 ? { ...range, community: someCommunity(i) } : range;
    },
  },
  {
    name: 'meetings of a month',
    path: /meetings$/,
    params: (i): Params =>
      i % 2 ? { month: month(i) } : { month: month(i), community: someCommunity(i) },
  },
  {
    name: 'search 充电 (and others)',
    path: /meetings$|search/,
    params: (i): Params => {
      const q = i % 2 ? '充电' : SEARCHES[i % SEARCHES.length]!;
      return i % 3 === 2 ? { q, community: someCommunity(i) } : { q };
    },
  },
  {
    name: 'overdue action items by community',
    path: /overdue/,
    params: (i): Params => (i % 4 === 0 ? {} : { community: someCommunity(i) }),
  },
  { name: 'refused bundles (quarantine)', path: /quarantine|refused/, params: (): Params => ({}) },
  {
    name: 'ledger XLSX export (台账)',
    path: /ledger/,
    params: (i): Params =>
      i % 2 ? { community: someCommunity(i) } : { community: someCommunity(i), month: month(i) },
  },
];

const p95 = (samples: readonly number[]) =>
  [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.95) - 1] ?? NaN;

function request(route: HubRoute, params: Record<string, string>): HubRequest {
  return {
    method: 'GET',
    path: route.path,
    params: {},
    query: new URLSearchParams(params),
    body: null,
    bytes: null,
    caller: { kind: 'staff', login: 'bench' },
    locale: 'zh-CN',
  };
}

async function explainSlowest(db: HubDb, statements: readonly Statement[]): Promise<void> {
  const byText = new Map<string, number[]>();
  for (const st of statements) byText.set(st.text, [...(byText.get(st.text) ?? []), st.ms]);
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const [text, times] of [...byText].sort((a, b) => mean(b[1]) - mean(a[1])).slice(0, 6))
    log(
      `  ${mean(times).toFixed(1)} ms mean × ${times.length}: ${text.replace(/\s+/g, ' ').slice(0, 140)}`,
    );
  const slowest = [...statements].sort((a, b) => b.ms - a.ms)[0];
  if (!slowest) return;
  const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.text}`, slowest.values);
  log(
    `  slowest statement ${slowest.ms.toFixed(0)} ms: ${slowest.text.replace(/\s+/g, ' ').slice(0, 300)}`,
  );
  for (const row of plan.rows.slice(0, 25)) log(`    ${String(row['QUERY PLAN'])}`);
}

async function timeQueries(db: HubDb): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  for (const spec of SPECS) {
    const route = dashboardRoutes.find((r) => r.method === 'GET' && spec.path.test(r.path));
    if (!route) {
      log(
        `no dashboard route for ${spec.name} (routes: ${dashboardRoutes.map((r) => r.path).join(', ')})`,
      );
      continue;
    }
    const statements: Statement[] = [];
    const context: HubContext = { db: recordingDb(db, statements), now: () => new Date() };
    const samples: number[] = [];
    for (let i = -3; i < RUNS; i++) {
      const t0 = performance.now();
      const reply = await route.handle(request(route, spec.params(Math.abs(i))), context);
      if (reply.status !== 200)
        throw new Error(
          `${route.path}: ${reply.status} ${JSON.stringify('json' in reply ? reply.json : '')}`,
        );
      if (i >= 0) samples.push(performance.now() - t0);
    }
    const value = p95(samples);
    log(
      `${route.path} ${spec.name}: p95 ${value.toFixed(1)} ms, median ${[...samples].sort((a, b) => a - b)[30]!.toFixed(1)} ms`,
    );
    if (value >= GOAL_MS) await explainSlowest(db, statements);
    rows.push({
      name: `hub: ${spec.name}, p95 of ${RUNS} (${route.path})`,
      value: round(value),
      unit: 'ms',
      goal: `< ${GOAL_MS} ms`,
      pass: value < GOAL_MS,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------

async function checkSample(dir: string): Promise<void> {
  const picks = [0, Math.floor(COMMUNITIES / 2), COMMUNITIES - 1];
  for (const index of picks)
    for (const sequence of [1, MEETINGS]) {
      const bytes = readFileSync(bundlePath(dir, index, sequence));
      const fingerprint = new (await import('node:crypto')).X509Certificate(
        readFileSync(certificatePath(dir, index)),
      ).fingerprint256;
      const read = await readBundle(bytes, { trustedFingerprints: [fingerprint] });
      if (!read.ok)
        throw new Error(
          `generated bundle ${communityId(index)}#${sequence} refused: ${read.refusal.code}`,
        );
      if (read.bundle.manifest.sequence !== sequence)
        throw new Error('generated bundle out of sequence');
    }
  log(`readBundle accepts a sample of ${picks.length * 2} generated bundles`);
}

async function generate(): Promise<{ dir: string; keep: boolean; rows: BenchResult[] }> {
  const reuse = process.env.HUB_BENCH_BUNDLES;
  if (reuse && existsSync(certificatePath(reuse, COMMUNITIES - 1))) {
    log(`reusing the bundles generated in ${reuse}`);
    return { dir: reuse, keep: true, rows: [] };
  }
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'yishiting-hub-bench-'));
  const t0 = performance.now();
  let done = 0;
  let bytes = 0;
  await generateCommunities(dir, COMMUNITIES, MEETINGS, 2, (p) => {
    done += p.done;
    bytes += p.bytes;
    if (done % 50 === 0) log(`generated ${done}/${COMMUNITIES} communities, load ${load()}`);
  });
  const s = (performance.now() - t0) / 1000;
  const count = COMMUNITIES * MEETINGS;
  log(
    `generated ${count} bundles (${(bytes / 2 ** 20).toFixed(0)} MiB, no PDFs) in ${s.toFixed(0)} s on 2 threads`,
  );
  const rows = [
    {
      name: `hub: generate ${count} signed bundles (2 threads, not the hub)`,
      value: round(count / s),
      unit: 'bundle/s',
      goal: 'info',
      pass: true,
    },
  ];
  return { dir, keep: reuse !== undefined, rows };
}

async function sizes(db: HubDb, sent: Sent, empty: number): Promise<BenchResult[]> {
  await db.query('ANALYZE');
  const { rows } = await db.query(`SELECT pg_database_size(current_database())::float8 AS db,
      pg_total_relation_size('bundles')::float8 AS bundles,
      (SELECT count(*) FROM meetings)::float8 AS meetings,
      (SELECT count(*) FROM bundles)::float8 AS stored,
      (SELECT coalesce(sum(size), 0) FROM bundles)::float8 AS raw`);
  const r = rows[0] as Record<'db' | 'bundles' | 'meetings' | 'stored' | 'raw', number>;
  log(
    `database ${(r.db / 2 ** 20).toFixed(0)} MiB for ${r.meetings} meetings (${r.stored} bundles, ${(r.raw / 2 ** 20).toFixed(0)} MiB as sent; ${(sent.bytes / 2 ** 20).toFixed(0)} MiB posted)`,
  );
  const kb = (n: number) => round(n / 1024, 1);
  return [
    {
      name: `hub: database size per meeting (${r.meetings} meetings, no PDFs)`,
      value: kb(r.db / r.meetings),
      unit: 'KiB',
      goal: 'info',
      pass: true,
    },
    {
      name: 'hub: database growth per meeting (size less the empty migrated database)',
      value: kb((r.db - empty) / r.meetings),
      unit: 'KiB',
      goal: 'info',
      pass: true,
    },
    {
      name: 'hub: bundles table share of the database',
      value: round((100 * r.bundles) / r.db),
      unit: '%',
      goal: 'info',
      pass: true,
    },
    {
      name: 'hub: stored bundle, average size (zip as sent)',
      value: kb(r.raw / r.stored),
      unit: 'KiB',
      goal: 'info',
      pass: true,
    },
  ];
}

/**
 * What filed PDFs would add: the signed minutes (会议记录) of one generated meeting, made by the
 * app's own exporter. The bulk bundles carry none (see above); this sizes what they leave out.
 */
async function minutesPdf(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yishiting-hub-bench-pdf-'));
  try {
    const { meetings } = communityMeetings(0, 3);
    const { identity } = makeIdentity(communityName(0));
    const pdf = await exportDocument({
      state: meetings[0]!.state,
      dataDir,
      identity: () => Promise.resolve(identity),
      kind: 'minutes',
      options: { locale: 'zh-CN' },
    });
    return [
      {
        name: 'hub: one signed minutes PDF of a generated meeting (not in the bulk bundles)',
        value: round(pdf.length / 1024),
        unit: 'KiB',
        goal: 'info',
        pass: true,
      },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(dir: string): Promise<BenchResult[]> {
  const cluster = startCluster();
  const admin = openHubDb(cluster.url, { max: 1 });
  await admin.query('CREATE DATABASE hub');
  await admin.close();
  const db = openHubDb(cluster.url.replace('/postgres?', '/hub?'), { max: 8 });
  const server = await startHubServer({
    db,
    rendererDir: join(import.meta.dirname, '..', '..', 'dist', 'renderer'),
    port: 0,
    routes: allHubRoutes,
  });
  try {
    await migrate(db);
    const empty = Number(
      (await db.query('SELECT pg_database_size(current_database())::float8 AS n')).rows[0]?.n,
    );
    const tokens = await enrolAll(db, server, dir);
    log(
      `${COMMUNITIES} communities enrolled over HTTP; ingesting with ${CONCURRENCY} in flight (load ${load()})`,
    );
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const sent = await ingestAll(server, dir, tokens);
    const seconds = (performance.now() - t0) / 1000;
    // The hub and this client share the process; the client's part (read a file, post it) is small.
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (sent.refused.length > 0)
      throw new Error(
        `${sent.refused.length} refused, first: ${sent.refused.slice(0, 3).join('; ')}`,
      );
    log(
      `ingested ${sent.bundles} bundles in ${seconds.toFixed(0)} s: ${(sent.bundles / seconds).toFixed(1)}/s (load ${load()})`,
    );
    const rows: BenchResult[] = [
      {
        name: `hub: ingest over HTTP, ${sent.bundles} bundles (${CONCURRENCY} in flight${FAST ? ', fsync off' : ', durable PG'})`,
        value: round(sent.bundles / seconds),
        unit: 'bundle/s',
        goal: 'info',
        pass: true,
      },
      {
        name: 'hub: ingest total time',
        value: round(seconds / 60, 2),
        unit: 'min',
        goal: 'info',
        pass: true,
      },
      {
        name: `hub: Node CPU per ingested bundle (the process busy ${round((100 * cpuMs) / 1000 / seconds)}% of the time)`,
        value: round(cpuMs / sent.bundles),
        unit: 'ms',
        goal: 'info',
        pass: true,
      },
      ...(await sizes(db, sent, empty)),
    ];
    rows.push(...(await timeQueries(db)));
    const late: Sent = { bundles: 0, bytes: 0, refused: [] };
    for (let index = 0; index < COMMUNITIES; index++)
      if (holdsBack(index))
        await send(
          server,
          tokens[index]!,
          readFileSync(bundlePath(dir, index, HELD_SEQUENCE)),
          late,
          `${communityId(index)}#${HELD_SEQUENCE}`,
        );
    if (late.refused.length > 0)
      throw new Error(`late bundles refused: ${late.refused.join('; ')}`);
    log(`${late.bundles} held-back bundles sent last: each filled its gap`);
    return rows;
  } finally {
    await server.close();
    await db.close();
    cluster.stop();
  }
}

export default async function run(): Promise<BenchResult[]> {
  log(
    `${COMMUNITIES} communities × ${MEETINGS} meetings; bundles without filed PDFs; PostgreSQL ${FAST ? 'with fsync off (tests)' : 'with default durability'}; load ${load()}`,
  );
  const generated = await generate();
  try {
    await checkSample(generated.dir);
    const rows = await measure(generated.dir);
    log(`load average at the end: ${load()}`);
    return [...generated.rows, ...rows, ...(await minutesPdf())];
  } finally {
    if (!generated.keep) rmSync(generated.dir, { recursive: true, force: true });
  }
}
