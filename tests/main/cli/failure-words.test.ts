import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, translator } from '../../../shared/i18n';
import { DocumentInputError } from '../../../shared/documents';
import { RepositoryError } from '../../../main/backend/repository';
import { StorageError } from '../../../main/storage';
import { describeFailure, localeOfArgv } from '../../../main/cli/failure';

// A command that fails tells the person why in their language: a storage refusal or a
// repository error is put into words from the catalogue, never printed as its code.

const KEY_LIKE = /\b(storage|errors|ui|documents|followup):|\berror\.[a-z]|\{"/;

const work = mkdtempSync(join(tmpdir(), 'yishiting-failure-'));
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
    stdio: 'inherit',
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a failed command in words', () => {
  it.each([
    ['a read-only data folder', new StorageError('error.readOnly', { pending: 0 })],
    ['a full disk', new StorageError('error.diskFull', { pending: 0 })],
    ['a locked data folder', new StorageError('error.locked', { pid: 4242 })],
    [
      'a damaged meeting',
      new RepositoryError({ code: 'error.unrecoverable', params: { meetingId: 'm1' } }),
    ],
    ['a vote the meeting lacks', new DocumentInputError('unknownVote', { voteId: 'v9' })],
  ])('describes %s in every language without a key', (_label, error) => {
    for (const locale of LOCALES) {
      const text = describeFailure(error, locale);
      expect(text, `${locale}: ${text}`).not.toMatch(KEY_LIKE);
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it('does not tell a command line to keep records in memory and stay open', () => {
    const text = describeFailure(new StorageError('error.readOnly', { pending: 0 }), 'en');
    expect(text).not.toContain('do not close the app');
    expect(text).toMatch(/read-only/i);
  });

  it('reads --lang from the command line, whichever form it takes', () => {
    expect(localeOfArgv(['node', 'cli', 'replay', 'x', '--lang', 'en'])).toBe('en');
    expect(localeOfArgv(['node', 'cli', 'replay', '--lang=zh-TW', 'x'])).toBe('zh-TW');
    expect(localeOfArgv(['node', 'cli', 'replay', '--lang', 'xx'])).toBe('zh-CN');
    expect(localeOfArgv(['node', 'cli', 'replay'])).toBe('zh-CN');
  });

  it('replay into a folder another process holds says so in the chosen language', () => {
    const data = join(work, 'locked');
    mkdirSync(data, { recursive: true });
    // The lock of a live process (this test's own), written now: the folder is in use.
    writeFileSync(join(data, 'lock'), `${process.pid} ${Date.now()}`);
    for (const locale of LOCALES) {
      const run = spawnSync(
        process.execPath,
        [
          'dist/main/cli.mjs',
          'replay',
          'seeds/village-quorum.json',
          '--data',
          data,
          '--lang',
          locale,
        ],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(2);
      expect(run.stderr, run.stderr).not.toMatch(KEY_LIKE);
      expect(run.stderr).toContain(
        translator(locale)('storage:error.locked', { pid: process.pid }),
      );
    }
  });
});
