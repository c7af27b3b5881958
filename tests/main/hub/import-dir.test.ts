import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHubImport } from '../../../main/cli/hub';
import { migrate } from '../../../main/hub/db/migrate';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { createCommunity, enrolCommunity } from '../../../main/hub/enrol';
import { cleanupCommunities, communities, tamper, type TestCommunity } from './fixtures';
import { startPostgres, type PgCluster } from './postgres';

// `yishiting hub import DIR`: bundles from a USB stick, each known by its certificate. One line
// per file with its result or reason; exit 0 only when every file is accepted or already there.

let cluster: PgCluster;
let c1: TestCommunity;
let c2: TestCommunity;
let root: string;
const dbs: HubDb[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
  [c1, c2] = (await communities(2)) as [TestCommunity, TestCommunity];
  root = mkdtempSync(join(tmpdir(), 'yst-hub-import-'));
}, 180_000);
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.close()));
  cluster?.stop();
  cleanupCommunities();
  rmSync(root, { recursive: true, force: true });
});

/** A migrated database where c1 is enrolled and c2 is not. */
async function hubDatabase(): Promise<string> {
  const url = await cluster.createDatabase();
  const db = openHubDb(url);
  dbs.push(db);
  await migrate(db);
  const { code } = await createCommunity(db, { id: c1.id, name: c1.name }, 'cli');
  await enrolCommunity(db, { code, certificatePem: c1.certificatePem });
  return url;
}

function folder(name: string, files: Readonly<Record<string, Uint8Array | string>>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(dir, file), bytes);
  return dir;
}

async function runImport(url: string, dir: string, lang: 'zh-CN' | 'en' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runHubImport(
    dir,
    { db: url, lang, host: '127.0.0.1', port: 0 },
    { sinks: { out: (line) => out.push(line), err: (line) => err.push(line) } },
  );
  return { status, out, err };
}

describe('hub import DIR', () => {
  it('imports every bundle in name order (numbers as numbers), then finds them replayed', async () => {
    const url = await hubDatabase();
    const dir = folder('good', {
      'meeting-10.zip': c1.bundles[2]!,
      'meeting-2.zip': c1.bundles[1]!,
      'meeting-1.zip': c1.bundles[0]!,
      'readme.txt': 'not a bundle',
    });
    const first = await runImport(url, dir);
    expect(first.err).toEqual([]);
    expect(first.out).toEqual([
      'meeting-1.zip: accepted (community c1, number 1)',
      'meeting-2.zip: accepted (community c1, number 2)',
      'meeting-10.zip: accepted (community c1, number 3)',
      '3 bundles, 0 not accepted',
    ]);
    expect(first.status).toBe(0);
    const again = await runImport(url, dir, 'zh-CN');
    expect(again.status).toBe(0);
    expect(again.out[0]).toBe('meeting-1.zip：汇总库中已有，无需重复接收');
    const db = dbs.at(-1)!;
    const via = await db.query('SELECT DISTINCT via FROM bundles');
    expect(via.rows).toEqual([{ via: 'folder' }]);
  });

  it('names each refused file with its reason and exits 1', async () => {
    const url = await hubDatabase();
    const dir = folder('mixed', {
      'a-first.zip': c1.bundles[0]!,
      'b-tampered.zip': tamper(c1.bundles[1]!),
      'c-stranger.zip': c2.bundles[0]!,
      'd-empty.ZIP': new Uint8Array(),
    });
    const run = await runImport(url, dir);
    expect(run.status).toBe(1);
    expect(run.out).toEqual(['a-first.zip: accepted (community c1, number 1)']);
    expect(run.err).toHaveLength(4);
    expect(run.err[0]).toMatch(/^b-tampered\.zip: refused: .*state\.json/);
    expect(run.err[1]).toMatch(/^c-stranger\.zip: refused: \S/);
    expect(run.err[2]).toMatch(/^d-empty\.ZIP: refused: \S/);
    expect(run.err[3]).toBe('4 bundles, 3 not accepted');
    for (const line of run.err) expect(line).not.toMatch(/notEnrolled|hashMismatch|badZip/);
  });

  it('accepts a later bundle past a gap and reports the gap', async () => {
    const url = await hubDatabase();
    const dir = folder('gap', { '1.zip': c1.bundles[0]!, '3.zip': c1.bundles[2]! });
    const run = await runImport(url, dir);
    expect(run.status).toBe(0);
    expect(run.out[1]).toBe(
      '3.zip: accepted (community c1, number 3); the community still lacks number 2',
    );
  });

  it('says so when the folder holds no bundle, and fails on a folder that is not there', async () => {
    const url = await hubDatabase();
    const empty = folder('empty', { 'notes.txt': 'x' });
    const none = await runImport(url, empty, 'zh-CN');
    expect(none.out).toEqual([`文件夹 ${empty} 中没有 .zip 数据包`]);
    const missing = await runImport(url, join(root, 'not-there'));
    expect(missing.status).toBe(2);
    expect(missing.err).toEqual([
      `The folder ${join(root, 'not-there')} is not there or cannot be read`,
    ]);
  });
});
