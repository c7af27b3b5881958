import { spawn, spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/hub/db/migrate';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { enrolCommunity } from '../../../main/hub/enrol';
import { verifyStaff } from '../../../main/hub/staff';
import { buildOnce } from '../server/serve-process';
import { cleanupCommunities, communities } from './fixtures';
import { startPostgres, type PgCluster } from './postgres';

// `yishiting hub …` as the office runs it: the built CLI in a child process against a real
// PostgreSQL. Passwords come from stdin, never from the command line.

let cluster: PgCluster;
const dbs: HubDb[] = [];

beforeAll(async () => {
  buildOnce();
  cluster = await startPostgres();
}, 300_000);
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.close()));
  cluster?.stop();
  cleanupCommunities();
});

type Run = Readonly<{ status: number | null; stdout: string; stderr: string }>;

function cli(
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Run {
  const run = spawnSync(process.execPath, ['dist/main/cli.mjs', 'hub', ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, YISHITING_HUB_DB: '', ...options.env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function database(): Promise<{ url: string; db: HubDb }> {
  const url = await cluster.createDatabase();
  const db = openHubDb(url);
  dbs.push(db);
  return { url, db };
}

/** GET /api/staff/me at `address` with another name in Host, as a rebinding page would send. */
function statusWithHost(address: string, host: string): Promise<number> {
  const { hostname, port } = new URL(address);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: hostname, port, path: '/api/staff/me', headers: { Host: host } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('yishiting hub', () => {
  it('migrates a database, then finds it up to date; the URL may come from the environment', async () => {
    const { url, db } = await database();
    const first = cli(['migrate', '--db', url, '--lang', 'en']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Database updated: 001_initial/);
    const again = cli(['migrate', '--lang', 'zh-TW'], { env: { YISHITING_HUB_DB: url } });
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe('資料庫結構已是最新');
    const tables = await db.query("SELECT to_regclass('staff_sessions') IS NOT NULL AS ok");
    expect(tables.rows[0].ok).toBe(true);
  });

  it('says where the database goes when none is given (exit 2)', () => {
    const run = cli(['migrate']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      '请用 --db 或环境变量 YISHITING_HUB_DB 指定 PostgreSQL 数据库地址（postgres://…）',
    );
  });

  it('adds a staff account with the password from stdin; refuses weak or duplicate ones in words', async () => {
    // A fresh database: the command brings the tables first (staff before the first start).
    const { url, db } = await database();
    const password = 'a password of the office';
    const added = cli(['staff', 'add', 'wang', '--name', '王芳', '--db', url], {
      input: `${password}\n`,
    });
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout.trim()).toBe('已添加街道工作人员账号 wang（王芳）');
    expect(await verifyStaff(db, 'wang', password)).toBe(true);
    expect(await verifyStaff(db, 'wang', `${password}\n`)).toBe(false);

    const again = cli(['staff', 'add', 'wang', '--name', '王芳', '--db', url, '--lang', 'en'], {
      input: `${password}\n`,
    });
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe('The account wang already exists; nothing changed');
    const short = cli(['staff', 'add', 'li', '--name', '李明', '--db', url], { input: 'short\n' });
    expect(short.status).toBe(2);
    expect(short.stderr.trim()).toBe('密码太短，至少 10 个字符');
    const none = cli(['staff', 'add', 'li', '--name', '李明', '--db', url, '--lang', 'en']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('No password was read');
    const count = await db.query('SELECT count(*)::int AS n FROM staff');
    expect(count.rows[0].n).toBe(1);
  });

  it('adds a community and prints a one-time code that enrols it', async () => {
    const { url, db } = await database();
    await migrate(db);
    const run = cli(['community', 'add', 'xingfu', '幸福里社区', '--db', url]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('已添加社区 xingfu（幸福里社区）。一次性注册码：');
    const code = lines[1] ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const [community] = await communities(1);
    const enrolled = await enrolCommunity(db, { code, certificatePem: community!.certificatePem });
    expect(enrolled).toMatchObject({ ok: true, communityId: 'xingfu', name: '幸福里社区' });
    const bad = cli(['community', 'add', 'Bad Id', '名称', '--db', url, '--lang', 'en']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('A community id is 2–40 lower-case letters, digits or hyphens');
  }, 120_000);

  it('migrates and serves on loopback by default, answers its --public-name, stops on SIGTERM', async () => {
    const { url, db } = await database();
    const child = spawn(
      process.execPath,
      [
        'dist/main/cli.mjs',
        'hub',
        '--db',
        url,
        '--port',
        '0',
        '--lang',
        'en',
        '--public-name',
        'hub.jiedao.example',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 30_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /is running: (http:\/\/\S+?)\/\s[^]*Ctrl\+C/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        void exited.then(() => reject(new Error(`hub exited:\n${output}`)));
      });
      expect(new URL(address).hostname).toBe('127.0.0.1');
      expect(output).toContain('Only this computer can reach it');
      const me = await fetch(`${address}/api/staff/me`);
      expect(me.status).toBe(401);
      expect(me.headers.get('cache-control')).toBe('no-store');
      // Host names it by the name given: served; another name (DNS rebinding): refused.
      expect(await statusWithHost(address, 'hub.jiedao.example')).toBe(401);
      expect(await statusWithHost(address, 'evil.example')).toBe(421);
      const migrated = await db.query('SELECT version FROM schema_migrations');
      expect(migrated.rows.map((row: { version: string }) => row.version)).toContain('001_initial');
    } finally {
      child.kill('SIGTERM');
    }
    expect({ code: await exited, output }).toEqual({ code: 0, output });
  }, 60_000);
});
