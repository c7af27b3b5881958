import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

// The street office's hub as the e2e specs run it: the built CLI, `yishiting hub …` against a
// database URL, exactly as an office would type it.

const run = promisify(execFile);
const CLI = 'dist/main/cli.mjs';

/** One `yishiting hub ARGS --db DB` command; `stdin` answers a password prompt. Its stdout. */
export async function hubCli(args: readonly string[], db: string, stdin?: string): Promise<string> {
  const child = run(process.execPath, [CLI, 'hub', ...args, '--db', db]);
  if (stdin !== undefined) child.child.stdin?.end(stdin);
  return (await child).stdout;
}

/** `yishiting hub --db DB --port 0`, resolved with its address once it says where it listens. */
export function startHub(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'hub', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`hub exited with ${code}:\n${output}`)));
  });
}
