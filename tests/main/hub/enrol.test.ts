import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/hub/db/migrate';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import {
  communityByToken,
  createCommunity,
  enrolCommunity,
  hashSecret,
} from '../../../main/hub/enrol';
import { ensureIdentity } from '../../../main/signing';
import { removeDir, tempDir } from '../bundle/fixture';
import { startPostgres, type PgCluster } from './postgres';

// Enrolment: a one-time code per community, used once, within 14 days; the certificate and the
// bearer token it gives are what the hub knows the community by from then on.

let cluster: PgCluster;
const dbs: HubDb[] = [];
const dirs: string[] = [];
let pemA: string;
let pemB: string;
const NOW = new Date('2026-06-01T08:00:00Z');
const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

beforeAll(async () => {
  cluster = await startPostgres();
  for (const name of ['A', 'B']) {
    const dir = tempDir('yst-hub-enrol-');
    dirs.push(dir);
    const identity = await ensureIdentity(dir, { installationName: `社区${name}`, now: NOW });
    const pem = new X509Certificate(identity.certificates[0]!).toString();
    if (name === 'A') pemA = pem;
    else pemB = pem;
  }
}, 120_000);
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.close()));
  cluster?.stop();
  dirs.forEach(removeDir);
});

async function freshDb(): Promise<HubDb> {
  const db = openHubDb(await cluster.createDatabase());
  dbs.push(db);
  await migrate(db);
  return db;
}

describe('enrolment', () => {
  it('issues a grouped one-time code stored only as its hash', async () => {
    const db = await freshDb();
    const { code } = await createCommunity(db, { id: 'xingfuli', name: '幸福里社区' }, 'cli', NOW);
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(code).not.toMatch(/[01258BILOSZ]/);
    const stored = await db.query('SELECT code_hash, expires_at FROM enrolment_codes');
    expect(stored.rows[0].code_hash).toBe(hashSecret(code.replace(/-/g, '')));
    expect(stored.rows[0].expires_at).toEqual(later(14));
    const logged = await db.query('SELECT actor, action, target FROM audit_log');
    expect(logged.rows).toEqual([
      { actor: 'cli', action: 'community.codeIssued', target: 'xingfuli' },
    ]);
  });

  it('refuses a bad community id', async () => {
    const db = await freshDb();
    await expect(createCommunity(db, { id: 'Bad Id', name: 'x' }, 'cli')).rejects.toThrow();
    expect((await db.query('SELECT * FROM communities')).rowCount).toBe(0);
  });

  it('enrols once: the code is single-use, the token finds the community', async () => {
    const db = await freshDb();
    const { code } = await createCommunity(db, { id: 'xingfuli', name: '幸福里社区' }, 'cli', NOW);
    const typed = code.toLowerCase().replace(/-/g, ' ');
    const enrolled = await enrolCommunity(db, { code: typed, certificatePem: pemA }, later(1));
    if (!enrolled.ok) throw new Error(enrolled.code);
    expect(enrolled).toMatchObject({ communityId: 'xingfuli', name: '幸福里社区' });
    expect(enrolled.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const found = await communityByToken(db, enrolled.token);
    expect(found).toEqual({
      id: 'xingfuli',
      name: '幸福里社区',
      certificateFingerprint: new X509Certificate(pemA).fingerprint256,
    });
    // Another token: its first character changed (a token's last character is 'A' one time in
    // four, so "end it with A" sometimes was the token itself).
    const other = `${enrolled.token.startsWith('A') ? 'B' : 'A'}${enrolled.token.slice(1)}`;
    expect(await communityByToken(db, other)).toBeNull();
    const stored = await db.query('SELECT token_hash FROM communities');
    expect(stored.rows[0].token_hash).toBe(hashSecret(enrolled.token));
    const again = await enrolCommunity(db, { code, certificatePem: pemB }, later(2));
    expect(again).toEqual({ ok: false, code: 'used' });
    expect((await communityByToken(db, enrolled.token))?.certificateFingerprint).toBe(
      new X509Certificate(pemA).fingerprint256,
    );
  });

  it('refuses an expired code, an unknown code and a broken certificate', async () => {
    const db = await freshDb();
    const { code } = await createCommunity(db, { id: 'hepingjie', name: '和平街' }, 'cli', NOW);
    expect(await enrolCommunity(db, { code, certificatePem: pemA }, later(14))).toEqual({
      ok: false,
      code: 'expired',
    });
    expect(
      await enrolCommunity(db, { code: 'AAAA-AAAA-AAAA', certificatePem: pemA }, later(1)),
    ).toEqual({ ok: false, code: 'unknownCode' });
    expect(await enrolCommunity(db, { code, certificatePem: 'not a pem' }, later(1))).toEqual({
      ok: false,
      code: 'badCertificate',
    });
    const row = await db.query('SELECT enrolled_at, token_hash FROM communities');
    expect(row.rows[0]).toEqual({ enrolled_at: null, token_hash: null });
  });

  it('re-enrols only with a new code, which replaces certificate and token', async () => {
    const db = await freshDb();
    const first = await createCommunity(db, { id: 'xingfuli', name: '幸福里社区' }, 'cli', NOW);
    const a = await enrolCommunity(db, { code: first.code, certificatePem: pemA }, NOW);
    const second = await createCommunity(db, { id: 'xingfuli', name: '幸福里社区' }, 'cli', NOW);
    const b = await enrolCommunity(db, { code: second.code, certificatePem: pemB }, NOW);
    if (!a.ok || !b.ok) throw new Error('not enrolled');
    expect(await communityByToken(db, a.token)).toBeNull();
    expect((await communityByToken(db, b.token))?.certificateFingerprint).toBe(
      new X509Certificate(pemB).fingerprint256,
    );
  });

  it('one certificate belongs to one community', async () => {
    const db = await freshDb();
    const one = await createCommunity(db, { id: 'c1', name: '一' }, 'cli', NOW);
    const two = await createCommunity(db, { id: 'c2', name: '二' }, 'cli', NOW);
    expect((await enrolCommunity(db, { code: one.code, certificatePem: pemA }, NOW)).ok).toBe(true);
    expect(await enrolCommunity(db, { code: two.code, certificatePem: pemA }, NOW)).toEqual({
      ok: false,
      code: 'certificateTaken',
    });
    const used = await db.query('SELECT used_at FROM enrolment_codes WHERE community_id = $1', [
      'c2',
    ]);
    expect(used.rows[0].used_at).toBeNull();
  });
});
