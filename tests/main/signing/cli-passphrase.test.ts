import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RepositoryError } from '../../../main/backend/repository';
import { signingService } from '../../../main/backend/signing';
import {
  cliIdentity,
  PASSPHRASE_ENV,
  unlockFromEnvironment,
} from '../../../main/cli/signing-passphrase';
import { organisationP12, tempDataDir } from './helpers';

// The passphrase outside the desktop app: YISHITING_SIGNING_PASSPHRASE or a hidden prompt.

const PASSPHRASE = 'ein Passwort 口令';
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function importedFolder(): Promise<{ dataDir: string; fingerprint: string | null }> {
  const dataDir = tempDataDir();
  folders.push(dataDir);
  const org = organisationP12('幸福里街道办事处', 'secret');
  const status = await signingService(dataDir).importPkcs12(org.p12, 'secret', PASSPHRASE);
  return { dataDir, fingerprint: status.fingerprint };
}

const noPrompt = () => Promise.resolve(null);

describe('the CLI signing passphrase', () => {
  it('takes the passphrase from the environment', async () => {
    const { dataDir, fingerprint } = await importedFolder();
    const identity = await cliIdentity(dataDir, 'zh-CN', {
      env: { [PASSPHRASE_ENV]: PASSPHRASE },
      prompt: noPrompt,
    })();
    expect(identity.fingerprint).toBe(fingerprint);
  });

  it('asks at a prompt when the environment has none, and refuses in words without one', async () => {
    const { dataDir, fingerprint } = await importedFolder();
    const asked: string[] = [];
    const identity = await cliIdentity(dataDir, 'en', {
      env: {},
      prompt: (question) => (asked.push(question), Promise.resolve(PASSPHRASE)),
    })();
    expect(identity.fingerprint).toBe(fingerprint);
    expect(asked).toEqual(['Signing passphrase: ']);
    const refused = cliIdentity(dataDir, 'en', { env: {}, prompt: noPrompt })();
    await expect(refused).rejects.toBeInstanceOf(RepositoryError);
    await expect(refused).rejects.toMatchObject({ error: { code: 'signing.locked' } });
    const wrong = cliIdentity(dataDir, 'en', { env: { [PASSPHRASE_ENV]: 'not the one' } })();
    await expect(wrong).rejects.toMatchObject({ error: { code: 'signing.wrongPassphrase' } });
  });

  it('migrates the old layout only when the chosen passphrase is typed the same twice', async () => {
    const dataDir = tempDataDir();
    folders.push(dataDir);
    const org = organisationP12('幸福里街道办事处', 'old');
    mkdirSync(join(dataDir, 'signing'), { recursive: true });
    writeFileSync(join(dataDir, 'signing', 'organisation.p12'), org.p12);
    writeFileSync(join(dataDir, 'signing', 'organisation.p12.password'), 'old');
    const answers = [PASSPHRASE, `${PASSPHRASE}x`];
    const mistyped = cliIdentity(dataDir, 'zh-CN', {
      env: {},
      prompt: () => Promise.resolve(answers.shift() ?? null),
    })();
    await expect(mistyped).rejects.toMatchObject({ error: { code: 'signing.locked' } });
    expect(existsSync(join(dataDir, 'signing', 'organisation.p12.password'))).toBe(true);
    const twice = [PASSPHRASE, PASSPHRASE];
    await cliIdentity(dataDir, 'zh-CN', {
      env: {},
      prompt: () => Promise.resolve(twice.shift() ?? null),
    })();
    expect(existsSync(join(dataDir, 'signing', 'organisation.p12.password'))).toBe(false);
  });

  it('lets serve unlock at start from the environment', async () => {
    const { dataDir } = await importedFolder();
    const signing = signingService(dataDir);
    expect((await signing.status()).locked).toBe('passphrase');
    await unlockFromEnvironment(signing, { [PASSPHRASE_ENV]: PASSPHRASE });
    expect((await signing.status()).locked).toBeNull();
  });
});
