import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { documentExporter } from '../../../main/backend/documents';
import { seedCatalogue } from '../../../main/backend/seeds';
import { signingService } from '../../../main/backend/signing';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import type { ApiError } from '../../../shared/api/errors';
import { translator } from '../../../shared/i18n';
import { describeError } from '../../../shared/i18n/describe-error';
import { fakeSafeStorage, filesUnder, organisationP12, tempDataDir } from './helpers';

// Issue 12: the organisation's PKCS#12 password must not be stored, and the private key must be
// protected by the OS keychain (desktop) or a passphrase kept only in memory (plain Node). Every
// check goes through the backend's channels, as the settings screen and the exports use them.

type Keychain = ReturnType<typeof fakeSafeStorage>;
type Ok<T> = { ok: true; value: T };
type Status = {
  fingerprint: string | null;
  subject: string | null;
  source: string | null;
  locked: string | null;
  protection: string | null;
};

const folders: string[] = [];
const backends: Backend[] = [];
afterAll(async () => {
  for (const backend of backends) await backend.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = tempDataDir();
  folders.push(dir);
  return dir;
}

/** A backend over `dataDir`, as serve (no keychain) or the desktop app (a keychain) builds it. */
async function start(dataDir: string, keychain?: Keychain) {
  const signing = signingService(dataDir, keychain ? { keychain } : {});
  let ids = 0;
  const backend = createBackend({
    repository: await openRepository(dataDir, { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_800_000_000_000,
    newId: () => `m${++ids}-${Math.round(performance.now())}`,
    documents: documentExporter(dataDir, signing.identity),
    signing,
  });
  backends.push(backend);
  const call = (channel: string, request: unknown) => backend.handle('chair', channel, request);
  return { backend, call };
}

type Call = Awaited<ReturnType<typeof start>>['call'];

async function status(call: Call): Promise<Status> {
  const result = await call('signing/status', {});
  expect(result).toMatchObject({ ok: true });
  return (result as Ok<Status>).value;
}

/** Exports a sign-in sheet of a demo meeting and asks the backend to verify it. */
async function exportAndVerify(call: Call) {
  const opened = (await call('meetings/openDemo', { seedId: 'courtyard-repairs' })) as Ok<{
    meetingId: string;
  }>;
  const exported = await call('documents/export', {
    meetingId: opened.value.meetingId,
    kind: 'signin',
    locale: 'zh-CN',
  });
  if (!exported.ok) return exported;
  const base64 = (exported as Ok<{ base64: string }>).value.base64;
  return call('documents/verify', { base64 });
}

/** Every way the secret could sit in a file: UTF-8, UTF-16 (both orders), base64. */
function encodings(secret: string): Buffer[] {
  const utf8 = Buffer.from(secret, 'utf8');
  const utf16le = Buffer.from(secret, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  return [
    utf8,
    utf16le,
    utf16be,
    Buffer.from(utf8.toString('base64')),
    Buffer.from(utf8.toString('base64url')),
  ];
}

function expectNowhere(dataDir: string, needles: readonly Buffer[]) {
  for (const { file, bytes } of filesUnder(dataDir)) {
    for (const needle of needles) {
      expect(bytes.includes(needle), `${file} holds a secret`).toBe(false);
    }
  }
}

/** The unencrypted private key as PEM, as a PEM body line and as DER. */
function keyForms(org: ReturnType<typeof organisationP12>): Buffer[] {
  const body = org.keyPem.split('\n').filter((line) => line && !line.startsWith('-----'));
  return [Buffer.from(org.keyPem), Buffer.from(body[1] ?? 'x'), org.keyDer];
}

const PASSWORD = ' 口令 pass ';
const PASSPHRASE = '会议室 chair passphrase';

describe('an imported PKCS#12 under plain Node (a passphrase kept only in memory)', () => {
  it('stores neither the import password nor the key in the clear, and locks after a restart', async () => {
    const dataDir = folder();
    const org = organisationP12('幸福里街道办事处', PASSWORD);
    const first = await start(dataDir);
    const imported = await first.call('signing/import', {
      base64: org.p12.toString('base64'),
      password: PASSWORD,
      passphrase: PASSPHRASE,
    });
    expect(imported).toMatchObject({
      ok: true,
      value: {
        source: 'imported',
        subject: '幸福里街道办事处',
        locked: null,
        protection: 'passphrase',
      },
    });
    expect(await exportAndVerify(first.call)).toMatchObject({
      ok: true,
      value: { status: 'valid' },
    });
    expectNowhere(dataDir, [...encodings(PASSWORD), ...encodings(PASSPHRASE), ...keyForms(org)]);

    // A restart: a new backend over the same folder knows the certificate but not the key.
    const second = await start(dataDir);
    const locked = await status(second.call);
    expect(locked).toMatchObject({ source: 'imported', locked: 'passphrase' });
    expect(locked.fingerprint).toBe((imported as Ok<Status>).value.fingerprint);
    const refused = await exportAndVerify(second.call);
    expect(refused).toMatchObject({ ok: false, error: { code: 'signing.locked' } });
    const t = translator('zh-CN');
    const words = describeError(t, (refused as unknown as { error: ApiError }).error);
    expect(words).toContain('设置');
    expect(words).not.toContain('signing.locked');

    // A wrong passphrase is refused in words and changes nothing on disk.
    const before = filesUnder(dataDir).map(({ file, bytes }) => [file, bytes.toString('base64')]);
    const wrong = await second.call('signing/unlock', { passphrase: `${PASSPHRASE} ` });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'signing.wrongPassphrase' } });
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const text = describeError(
        translator(locale),
        (wrong as unknown as { error: ApiError }).error,
      );
      expect(text).not.toMatch(/signing\.|unknown|未知/i);
    }
    expect(filesUnder(dataDir).map(({ file, bytes }) => [file, bytes.toString('base64')])).toEqual(
      before,
    );
    expect(await status(second.call)).toMatchObject({ locked: 'passphrase' });

    const unlocked = await second.call('signing/unlock', { passphrase: PASSPHRASE });
    expect(unlocked).toMatchObject({ ok: true, value: { locked: null, source: 'imported' } });
    expect(await exportAndVerify(second.call)).toMatchObject({
      ok: true,
      value: { status: 'valid' },
    });
  }, 60_000);

  it('refuses an import without a passphrase where no keychain protects the key, changing nothing', async () => {
    const dataDir = folder();
    const { call } = await start(dataDir);
    const org = organisationP12('幸福里街道办事处', 'secret');
    const refused = await call('signing/import', {
      base64: org.p12.toString('base64'),
      password: 'secret',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'signing.passphraseRequired' } });
    expect(existsSync(join(dataDir, 'signing', 'organisation.identity.json'))).toBe(false);
    expectNowhere(dataDir, encodings('secret'));
  }, 60_000);
});

describe('an imported PKCS#12 under the desktop app (the OS keychain, here a stand-in)', () => {
  it('stores no password, signs, and after a restart signs again without any prompt', async () => {
    const dataDir = folder();
    const keychain = fakeSafeStorage();
    const password = 'pässwörd\t';
    const org = organisationP12('幸福里社区居民委员会', password);
    const first = await start(dataDir, keychain);
    const imported = await first.call('signing/import', {
      base64: org.p12.toString('base64'),
      password,
    });
    expect(imported).toMatchObject({
      ok: true,
      value: { source: 'imported', locked: null, protection: 'keychain' },
    });
    expect(await status(first.call)).toMatchObject({ source: 'imported', locked: null });
    expect(await exportAndVerify(first.call)).toMatchObject({
      ok: true,
      value: { status: 'valid' },
    });
    expectNowhere(dataDir, [...encodings(password), ...keyForms(org)]);

    const second = await start(dataDir, keychain);
    expect(await status(second.call)).toMatchObject({ source: 'imported', locked: null });
    expect(await exportAndVerify(second.call)).toMatchObject({
      ok: true,
      value: { status: 'valid' },
    });
    expect(keychain.calls()).toBeGreaterThan(1);
  }, 60_000);

  it('keeps passwords with spaces at either end and non-ASCII characters exactly', async () => {
    for (const password of [' 口令 pass ', 'pässwörd\t', '  ']) {
      const dataDir = folder();
      const { call } = await start(dataDir, fakeSafeStorage());
      const org = organisationP12('议事厅测试', password);
      const imported = await call('signing/import', {
        base64: org.p12.toString('base64'),
        password,
      });
      expect(imported, JSON.stringify(password)).toMatchObject({ ok: true });
      expect(await status(call)).toMatchObject({ source: 'imported', locked: null });
      expect(await exportAndVerify(call)).toMatchObject({ ok: true, value: { status: 'valid' } });
    }
  }, 60_000);
});

describe('the old layout (organisation.p12 beside its password in plain text)', () => {
  function oldLayout(dataDir: string, password: string) {
    const org = organisationP12('幸福里街道办事处', password);
    const dir = join(dataDir, 'signing');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, 'organisation.p12'), org.p12, { mode: 0o600 });
    writeFileSync(join(dir, 'organisation.p12.password'), password, { mode: 0o600 });
    return org;
  }

  it('is re-wrapped by the keychain on first load, and the password file is deleted', async () => {
    const dataDir = folder();
    const org = oldLayout(dataDir, 'old secret');
    const { call } = await start(dataDir, fakeSafeStorage());
    expect(await status(call)).toMatchObject({
      source: 'imported',
      locked: null,
      protection: 'keychain',
    });
    expect(existsSync(join(dataDir, 'signing', 'organisation.p12.password'))).toBe(false);
    expectNowhere(dataDir, [...encodings('old secret'), ...keyForms(org)]);
    expect(await exportAndVerify(call)).toMatchObject({ ok: true, value: { status: 'valid' } });
  }, 60_000);

  it('under plain Node asks for a new passphrase once, then deletes the password file', async () => {
    const dataDir = folder();
    const org = oldLayout(dataDir, 'old secret');
    const { call } = await start(dataDir);
    expect(await status(call)).toMatchObject({ source: 'imported', locked: 'choosePassphrase' });
    expect(await exportAndVerify(call)).toMatchObject({
      ok: false,
      error: { code: 'signing.locked' },
    });
    const unlocked = await call('signing/unlock', { passphrase: PASSPHRASE });
    expect(unlocked).toMatchObject({ ok: true, value: { locked: null, protection: 'passphrase' } });
    expect(existsSync(join(dataDir, 'signing', 'organisation.p12.password'))).toBe(false);
    expectNowhere(dataDir, [
      ...encodings('old secret'),
      ...encodings(PASSPHRASE),
      ...keyForms(org),
    ]);
    expect(await exportAndVerify(call)).toMatchObject({ ok: true, value: { status: 'valid' } });
    const restarted = await start(dataDir);
    expect(await status(restarted.call)).toMatchObject({ locked: 'passphrase' });
  }, 60_000);
});

describe('the self-signed installation identity', () => {
  it('signs without any prompt under plain Node, with no password file posing as protection', async () => {
    const dataDir = folder();
    const { call } = await start(dataDir);
    expect(await exportAndVerify(call)).toMatchObject({ ok: true, value: { status: 'valid' } });
    expect(await status(call)).toMatchObject({
      source: 'selfSigned',
      locked: null,
      protection: 'fileMode',
    });
    const names = filesUnder(join(dataDir, 'signing')).map(({ file }) => file);
    expect(names.some((name) => name.endsWith('.password'))).toBe(false);
    const restarted = await start(dataDir);
    expect(await exportAndVerify(restarted.call)).toMatchObject({
      ok: true,
      value: { status: 'valid' },
    });
  }, 60_000);

  it('is kept by the keychain under the desktop app', async () => {
    const dataDir = folder();
    const keychain = fakeSafeStorage();
    const { call } = await start(dataDir, keychain);
    expect(await exportAndVerify(call)).toMatchObject({ ok: true, value: { status: 'valid' } });
    expect(await status(call)).toMatchObject({ source: 'selfSigned', protection: 'keychain' });
    expect(filesUnder(dataDir).some(({ bytes }) => bytes.includes('PRIVATE KEY'))).toBe(false);
  }, 60_000);

  it('does not trust a keychain that only obfuscates (Linux basic_text): a file mode is said instead', async () => {
    const dataDir = folder();
    const { call } = await start(dataDir, fakeSafeStorage('basic_text'));
    expect(await exportAndVerify(call)).toMatchObject({ ok: true, value: { status: 'valid' } });
    expect(await status(call)).toMatchObject({ protection: 'fileMode' });
  }, 60_000);
});
