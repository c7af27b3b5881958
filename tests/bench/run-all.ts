import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark, BenchResult } from './types';

// Runs every *.bench.ts in this folder (or those named on the command line), one at a time so
// they do not disturb each other, then prints one table and writes results.json.
const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
const rows: Array<BenchResult & { file: string }> = [];
let crashed = 0;
for (const file of files) {
  process.stdout.write(`running ${file}…\n`);
  try {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: Benchmark };
    for (const result of await module.default()) rows.push({ ...result, file });
  } catch (error) {
    crashed += 1;
    console.error(`${file} failed:`, error);
  }
}

const width = Math.max(10, ...rows.map((row) => row.name.length));
console.log(
  `\n${'benchmark'.padEnd(width)}  ${'value'.padStart(12)}  unit     goal                  pass`,
);
for (const row of rows) {
  const value = Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(3);
  console.log(
    `${row.name.padEnd(width)}  ${value.padStart(12)}  ${row.unit.padEnd(7)}  ${row.goal.padEnd(20)}  ${row.pass ? 'yes' : 'NO'}`,
  );
}
console.log(`\nmachine: ${machine}`);

// A partial run (`npm run bench -- NAME`) replaces only its own files' rows: the figures of the
// other benchmarks stay in results.json, each with the time it was measured.
type StoredRow = BenchResult & { file: string; machine: string; at: string };
const at = new Date().toISOString();
const resultsFile = join(dir, 'results.json');
const ran = new Set(files);
let kept: StoredRow[] = [];
if (only.length > 0 && existsSync(resultsFile)) {
  try {
    const previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as { results?: StoredRow[] };
    kept = (previous.results ?? []).filter((row) => !ran.has(row.file));
  } catch {
    kept = []; // an unreadable file is replaced by this run's figures
  }
}
const fresh: StoredRow[] = rows.map(({ name, value, unit, goal, pass, file }) => ({
  name,
  value,
  unit,
  goal,
  pass,
  file,
  machine,
  at,
}));
writeFileSync(
  resultsFile,
  JSON.stringify(
    {
      machine,
      at,
      results: [...kept, ...fresh].sort((a, b) => a.file.localeCompare(b.file)),
    },
    null,
    2,
  ) + '\n',
);
process.exit(crashed > 0 ? 1 : 0);
