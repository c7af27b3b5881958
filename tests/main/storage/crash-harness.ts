import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  inspectMeeting,
  layoutOf,
  nodeFs,
  restoreMeeting,
  safeJsonParse,
  DOCUMENT_LIMITS,
} from '../../../main/storage';
import { readJournal } from '../../../main/storage/journal';
import { meetingCodec } from '../../../main/backend/storage-repository';
import { generateMeeting } from '../../bench/generate-meeting';

export type CrashReport = {
  kills: number;
  /** Events the child acknowledged as durable, over all meetings. */
  acknowledged: number;
  /** Distinct acknowledged seqs found missing after any restart (goal: 0). */
  lost: number;
  /** Files that did not parse (temp files of killed writes excluded). */
  badFiles: string[];
  /** Events on disk in the last meeting at the end. */
  eventsOnDisk: number;
  /** Recovery notices seen when inspecting after kills (e.g. torn tails), by code. */
  notices: Record<string, number>;
  childErrors: string[];
  /** Rounds in which the child had written the whole script before the kill came. */
  completedScripts: number;
  seconds: number;
};

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundle the child once with esbuild: `node bundle.mjs` starts ~5x faster than `npx tsx`. */
async function bundleChild(): Promise<string> {
  const out = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'yst-crash-bin-')),
    'crash-child.mjs',
  );
  await build({
    entryPoints: [path.join(here, 'crash-child.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return out;
}

function walk(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Every file must parse: documents and backups pass the restore gate, journals decode. `only`
 * limits the walk to one meeting's files plus the index and quarantine (the ones a round touches).
 */
function checkFiles(
  dataDir: string,
  bad: string[],
  notices: Record<string, number>,
  only?: string,
): void {
  const touched = (rel: string): boolean =>
    only === undefined ||
    rel === 'index.json' ||
    rel.startsWith('quarantine') ||
    rel.startsWith(`meetings${path.sep}${only}.`) ||
    rel.startsWith(`backups${path.sep}${only}${path.sep}`);
  for (const file of walk(dataDir).filter((f) => touched(path.relative(dataDir, f)))) {
    if (file.endsWith('.tmp') || path.basename(file) === 'lock') continue;
    const text = fs.readFileSync(file, 'utf8');
    const name = path.relative(dataDir, file);
    if (file.endsWith('.journal')) {
      // A journal continues its document: start from its own first seq.
      const first = /^\{"seq":(\d+)/.exec(text);
      const read = readJournal(
        text,
        first ? Number(first[1]) - 1 : 0,
        meetingCodec.eventSchema,
        name,
      );
      for (const n of read.notices)
        notices[`journal:${n.code}`] = (notices[`journal:${n.code}`] ?? 0) + 1;
      if (read.damaged) bad.push(name);
    } else if (file.endsWith('.count')) {
      // A whole number, or empty when killed between truncating and writing (count unknown).
      if (!/^(\d{1,15}\n)?$/.test(text)) bad.push(name);
    } else if (name.startsWith('meetings') || name.startsWith('backups')) {
      if (!restoreMeeting(text, meetingCodec, { file: name }).ok) bad.push(name);
    } else if (!safeJsonParse(text, DOCUMENT_LIMITS, name).ok) bad.push(name);
  }
}

/**
 * Run the child `kills` times, SIGKILL it at a random moment each time, and after each kill
 * check (read-only) that every acknowledged seq is on disk, in order, and every file parses.
 */
export async function runCrashTest(options: {
  kills: number;
  dataDir?: string;
  maxDelayMs?: number;
}): Promise<CrashReport> {
  const started = Date.now();
  const child = await bundleChild();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'yst-crash-'));
  const report: CrashReport = {
    kills: 0,
    acknowledged: 0,
    lost: 0,
    badFiles: [],
    eventsOnDisk: 0,
    notices: {},
    childErrors: [],
    completedScripts: 0,
    seconds: 0,
  };
  const maxDelay = options.maxDelayMs ?? 150;
  // What the child replays (the same deterministic script every time), as the disk must hold it.
  // Through the event schema, as the store reads events back (it fixes the keys' order).
  const expected = generateMeeting(42).events.map((event) =>
    JSON.stringify(meetingCodec.eventSchema.parse(JSON.parse(JSON.stringify(event)))),
  );
  const ackedMax = new Map<string, number>();
  const lost = new Set<string>();
  for (let round = 0; round < options.kills; round++) {
    // A new meeting every 20 kills keeps each one at a realistic few thousand events.
    const meetingId = `crash-${Math.floor(round / 20)}`;
    const acked: number[] = [];
    let stderr = '';
    let scriptDone = false;
    let buffer = '';
    const proc = spawn(process.execPath, [child, dataDir, meetingId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ready!: () => void;
    const readyP = new Promise<void>((resolve) => (ready = resolve));
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
        else if (line === 'done') scriptDone = true;
        else if (line.startsWith('ready')) ready();
      }
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<{ signal: NodeJS.Signals | null }>((resolve) =>
      proc.on('exit', (_code, signal) => resolve({ signal })),
    );
    // One kill in six lands during start-up and recovery, the others while appending.
    if (round % 6 !== 5) await Promise.race([readyP, exited]);
    await new Promise((r) => setTimeout(r, Math.random() * maxDelay));
    proc.kill('SIGKILL');
    const { signal } = await exited;
    if (signal !== 'SIGKILL')
      report.childErrors.push(stderr.slice(0, 2000) || `exited by itself (round ${round})`);
    report.kills++;
    if (scriptDone) report.completedScripts++;
    const maxAcked = Math.max(ackedMax.get(meetingId) ?? 0, ...acked);
    ackedMax.set(meetingId, maxAcked);
    let onDisk: readonly unknown[] = [];
    try {
      onDisk = (await inspectMeeting(nodeFs, layoutOf(dataDir), meetingCodec, meetingId)).events;
    } catch (error) {
      if (maxAcked > 0) report.childErrors.push(`inspect after kill ${round}: ${String(error)}`);
    }
    // The events on disk must be the script's first n, to the letter: then every acknowledged
    // event up to n is present and intact, and anything acknowledged beyond n is lost.
    const wrong = onDisk.findIndex((event, i) => JSON.stringify(event) !== expected[i]);
    if (wrong >= 0)
      report.badFiles.push(`round ${round}: event ${wrong + 1} differs from the script`);
    for (let seq = onDisk.length + 1; seq <= maxAcked; seq++) lost.add(`${meetingId}/${seq}`);
    report.eventsOnDisk = onDisk.length;
    checkFiles(dataDir, report.badFiles, report.notices, meetingId);
  }
  checkFiles(dataDir, report.badFiles, report.notices);
  report.acknowledged = [...ackedMax.values()].reduce((a, b) => a + b, 0);
  report.lost = lost.size;
  report.seconds = (Date.now() - started) / 1000;
  fs.rmSync(path.dirname(child), { recursive: true, force: true });
  // Keep a folder the caller named (to look at); remove our own once it passed.
  if (!options.dataDir && report.lost === 0 && report.badFiles.length === 0)
    fs.rmSync(dataDir, { recursive: true, force: true });
  return report;
}
