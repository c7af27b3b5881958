import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSelfSigned, describeCertificate } from '../../../main/signing/certificate';
import {
  ensureIdentity,
  normaliseFingerprint,
  trustedFingerprints,
} from '../../../main/signing/identity';
import { openKeyring } from '../../../main/signing/keyring';
import { tempDataDir } from './helpers';

const readPkcs12Fingerprint = (pem: string) => describeCertificate(pem).fingerprint;

const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

describe('signing identity', () => {
  it('creates a key pair and self-signed certificate once, kept private in DATA/signing', async () => {
    const dataDir = tempDataDir();
    expect((await openKeyring(dataDir).status()).source).toBeNull();
    const first = await ensureIdentity(dataDir, { installationName: '幸福里社区居民委员会' });
    expect(first.source).toBe('selfSigned');
    expect(first.fingerprint).toMatch(FINGERPRINT);
    expect(first.subject).toBe('幸福里社区居民委员会');
    expect(first.notAfter.getFullYear() - first.notBefore.getFullYear()).toBeGreaterThanOrEqual(19);
    const file = join(dataDir, 'signing', 'self.identity.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'signing')).mode & 0o777).toBe(0o700);
    // Under plain Node the file says what protects the key: its mode, nothing posing as more.
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      certificates: string[];
      key: { protection: string };
    };
    expect(stored.key.protection).toBe('fileMode');
    expect(readPkcs12Fingerprint(stored.certificates[0] as string)).toBe(first.fingerprint);
    const again = await ensureIdentity(dataDir, { installationName: 'other' });
    expect(again.fingerprint).toBe(first.fingerprint);
  });

  it('imports an organisation PKCS#12, which then signs, and refuses a wrong password', async () => {
    const dataDir = tempDataDir();
    const own = await ensureIdentity(dataDir, { installationName: '议事厅测试' });
    const org = createSelfSigned('幸福里街道办事处');
    const keyring = openKeyring(dataDir);
    await expect(keyring.importPkcs12(org.p12, 'wrong', 'a passphrase')).rejects.toThrow();
    expect((await keyring.status()).source).toBe('selfSigned');
    const imported = await keyring.importPkcs12(org.p12, org.password, 'a passphrase');
    expect(imported.subject).toBe('幸福里街道办事处');
    const active = await keyring.identity();
    expect(active.source).toBe('imported');
    expect(active.fingerprint).toBe(imported.fingerprint);
    const trusted = await trustedFingerprints(dataDir);
    expect(trusted).toContain(own.fingerprint);
    expect(trusted).toContain(imported.fingerprint);
  });

  it('trusts fingerprints listed in trusted.txt, in any common notation', async () => {
    const dataDir = tempDataDir();
    await ensureIdentity(dataDir, { installationName: '议事厅测试' });
    const other = 'ab'.repeat(32);
    writeFileSync(join(dataDir, 'signing', 'trusted.txt'), `# 街道\n${other}\nnot a fingerprint\n`);
    expect(await trustedFingerprints(dataDir)).toContain(normaliseFingerprint(other));
    expect(normaliseFingerprint('ab cd')).toBeNull();
  });
});

describe('ensureIdentity under concurrent first use', () => {
  it('creates one key pair even when called twice at once', async () => {
    const dataDir = tempDataDir();
    const [a, b] = await Promise.all([ensureIdentity(dataDir), ensureIdentity(dataDir)]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect((await openKeyring(dataDir).status()).fingerprint).toBe(a.fingerprint);
  });
});

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe.skipIf(!hasOpenssl)('importing a PKCS#12 made by OpenSSL 3 (AES-256, SHA-256 MAC)', () => {
  it('reads its UTF-8 subject and key', async () => {
    const dir = tempDataDir();
    const key = join(dir, 'k.pem');
    const cert = join(dir, 'c.pem');
    const p12 = join(dir, 'o.p12');
    const quiet = { stdio: 'ignore' } as const;
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '30',
        '-utf8',
        '-subj',
        '/CN=幸福里街道办事处/O=测试',
      ],
      quiet,
    );
    execFileSync(
      'openssl',
      ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', 'pass:secret'],
      quiet,
    );
    const identity = await openKeyring(dir).importPkcs12(readFileSync(p12), 'secret', 'passphrase');
    expect(identity.subject).toBe('幸福里街道办事处');
    expect(identity.fingerprint).toMatch(FINGERPRINT);
  });
});
