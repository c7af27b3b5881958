import { translator, type Locale } from '../../shared/i18n';
import { asRepositoryError, signingService, type SigningService } from '../backend/signing';
import type { SigningIdentity } from '../signing';

// The signing passphrase outside the desktop app. Under plain Node no OS keychain holds an
// imported key, so the CLI and `serve` need the passphrase the chair chose at import: from
// YISHITING_SIGNING_PASSPHRASE (for unattended use; any process of the same user can read a
// process's environment, so prefer the prompt on a shared machine) or typed at a hidden prompt.

export const PASSPHRASE_ENV = 'YISHITING_SIGNING_PASSPHRASE';

type Env = Readonly<Record<string, string | undefined>>;

/** Unlocks with the environment's passphrase when one is set and the key is locked. */
export async function unlockFromEnvironment(
  signing: SigningService,
  env: Env = process.env,
): Promise<void> {
  const passphrase = env[PASSPHRASE_ENV];
  if (passphrase === undefined || passphrase === '') return;
  const status = await signing.status();
  if (status.locked === 'passphrase' || status.locked === 'choosePassphrase') {
    await signing.unlock(passphrase);
  }
}

export type Prompt = (question: string) => Promise<string | null>;

/**
 * The identity for one CLI export: the environment's passphrase, else a hidden prompt on a
 * terminal (twice when choosing one), else the locked refusal in words.
 */
export function cliIdentity(
  dataDir: string,
  locale: Locale,
  io: Readonly<{ env?: Env; prompt?: Prompt }> = {},
): () => Promise<SigningIdentity> {
  const t = translator(locale);
  const prompt = io.prompt ?? hiddenPrompt;
  return async () => {
    const signing = signingService(dataDir);
    try {
      await unlockFromEnvironment(signing, io.env ?? process.env);
      const { locked } = await signing.status();
      if (locked === 'passphrase') {
        const typed = await prompt(t('ui:cli.signing.passphrase'));
        if (typed !== null) await signing.unlock(typed);
      } else if (locked === 'choosePassphrase') {
        const typed = await prompt(t('ui:cli.signing.choosePassphrase'));
        const again = typed === null ? null : await prompt(t('ui:cli.signing.repeat'));
        if (typed !== null && typed === again) await signing.unlock(typed);
      }
      return await signing.identity();
    } catch (error) {
      throw asRepositoryError(error);
    }
  };
}

/** Reads a line without echo from a terminal; null when stdin is not one (a pipe, CI). */
export const hiddenPrompt: Prompt = (question) => {
  const input = process.stdin;
  if (!input.isTTY || !process.stderr.isTTY) return Promise.resolve(null);
  process.stderr.write(question);
  return new Promise((resolve) => {
    let typed = '';
    const done = (value: string | null) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(typed);
        if (char === '\u0003' || char === '\u0004') return done(null); // Ctrl+C, Ctrl+D
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
};
