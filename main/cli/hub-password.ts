import { hiddenPrompt, type Prompt } from './signing-passphrase';
import type { ServerWords } from '../hub/server/words';

// A staff password for `yishiting hub staff add`: typed twice at a hidden prompt on a terminal,
// else the first line of stdin (a script: `printf '%s\n' "$PW" | yishiting hub staff add …`).
// Never an argument: argv shows in `ps` and in the shell's history.

export type PasswordSource = Readonly<{ prompt?: Prompt; stdin?: () => Promise<string | null> }>;

export async function readPassword(
  source: PasswordSource = {},
  t: ServerWords,
  login: string,
): Promise<string | null> {
  const fromStdin = source.stdin ?? (process.stdin.isTTY ? null : readStdinLine);
  if (fromStdin) return fromStdin();
  const prompt = source.prompt ?? hiddenPrompt;
  const first = await prompt(t('cli.passwordPrompt', { login }));
  if (first === null) return null;
  const again = await prompt(t('cli.passwordRepeat'));
  return again === first ? first : null;
}

/** The first line of stdin without its line ending; null when stdin is empty. */
export async function readStdinLine(): Promise<string | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return null;
  const line = text.split(/\r?\n/)[0] ?? '';
  return line === '' ? null : line;
}
