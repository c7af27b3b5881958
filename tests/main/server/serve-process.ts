import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

// `yishiting serve` in a child process, as a user runs it: a crash there ends that process, so
// a test can tell "the server survived" from "the test runner caught the error".

export type ServeProcess = Readonly<{
  url: string;
  port: number;
  /** Everything the server printed, for the failure message. */
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
}>;

export function buildOnce(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
    stdio: 'inherit',
  });
}

export async function startServeProcess(
  extraArgs: readonly string[] = [],
  /** Options for Node itself, before the script (a `--require` preload). */
  nodeArgs: readonly string[] = [],
): Promise<ServeProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-hostile-'));
  writeFileSync(join(dir, 'first-run-done'), '');
  const serve = ['dist/main/cli.mjs', 'serve', '--port', '0', '--lan-port', '0', '--data', dir];
  const child = spawn(process.execPath, [...nodeArgs, ...serve, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  // 'close', not 'exit': what the process printed last may still be in the pipe when it is gone.
  const gone = new Promise<void>((resolve) =>
    child.once('close', () => {
      exited = true;
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Chair console:\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void gone.then(() => reject(new Error(`server exited:\n${output}`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    output: () => output,
    exited: () => exited,
    stop: async () => {
      if (!exited) {
        child.kill('SIGTERM');
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await gone;
        clearTimeout(force);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Result = { ok: boolean; value?: unknown; error?: { code: string } };
export type Frame = {
  kind: string;
  id?: number;
  channel?: string;
  result?: Result;
  payload?: unknown;
};

export type Client = Readonly<{
  ws: WebSocket;
  frames: Frame[];
  call(channel: string, request: unknown): Promise<Result>;
  /** Resolves with the first frame (already received or to come) that matches. */
  next(match: (frame: Frame) => boolean, ms?: number): Promise<Frame>;
  close(): void;
}>;

/** A well-behaved client of one socket; the chair's carries our own origin, as the page does. */
export async function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const ws = new WebSocket(url, { headers });
  const frames: Frame[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Frame);
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_request, response) =>
      reject(new Error(`HTTP ${response.statusCode}`)),
    );
  });
  const next = (match: (frame: Frame) => boolean, ms = 5_000) =>
    new Promise<Frame>((resolve, reject) => {
      const look = () => {
        const found = frames.find(match);
        if (!found) return;
        waiters.delete(look);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(look);
        reject(new Error(`no matching frame in ${ms} ms`));
      }, ms);
      waiters.add(look);
      look();
    });
  let nextId = 1;
  const call = async (channel: string, request: unknown) => {
    const id = nextId++;
    ws.send(JSON.stringify({ id, channel, request }));
    return (await next((frame) => frame.kind === 'response' && frame.id === id)).result as Result;
  };
  return { ws, frames, call, next, close: () => ws.close() };
}

export const connectChair = (base: string) =>
  connect(`${base.replace(/^http/, 'ws')}/ws/chair`, { Origin: base });

/** Turns the LAN display on from the chair and gives its socket URL on loopback. */
export async function enableLan(base: string): Promise<{ socketUrl: string; port: number }> {
  const chair = await connectChair(base);
  const status = await chair.call('lan/set', { enabled: true });
  chair.close();
  const shown = (status.value as { urls: string[] }).urls[0];
  if (!status.ok || !shown) throw new Error(`LAN display did not start: ${JSON.stringify(status)}`);
  const page = new URL(shown);
  return {
    socketUrl: `ws://127.0.0.1:${page.port}/ws/lan?token=${page.searchParams.get('token')}`,
    port: Number(page.port),
  };
}

export async function httpStatus(url: string): Promise<number> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}
