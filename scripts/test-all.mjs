#!/usr/bin/env node
// `npm test`: every check and every test runner, one after the other, then one line of totals
// across all of them ("N passed, N failed, N skipped") so a CI log shows the whole count at once.
// Static checks count as one test each; a runner that crashes without a report counts as failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failureSummary, playwrightFailures, vitestFailures } from './test-failures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

// Every runner gets its own TMPDIR for this run, so whatever a test leaves there (data folders,
// browser profiles, exported PDFs) is found and removed at the end instead of piling up in /tmp,
// and a server a test forgot to stop can be recognised by that folder in its arguments.
const runTmp = mkdtempSync(join(tmpdir(), 'yishiting-test-run-'));

const rows = [];
// Each failed test's name and the first lines of its error, printed again right above the totals.
const failures = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: runTmp, ...env },
  });
  return { status: result.status ?? 1, seconds: (Date.now() - started) / 1000 };
}

function runQuietly(command, args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, TMPDIR: runTmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(String(error))));
    child.on('close', (code) =>
      resolve({
        status: code ?? 1,
        seconds: (Date.now() - started) / 1000,
        output: Buffer.concat(output).toString('utf8'),
      }),
    );
  });
}

async function checksTwoAtATime(list) {
  const results = new Array(list.length);
  let next = 0;
  const lane = async () => {
    while (next < list.length) {
      const index = next++;
      const [, command, args] = list[index];
      results[index] = await runQuietly(command, args);
    }
  };
  await Promise.all([lane(), lane()]);
  list.forEach(([label], index) => {
    const { status, seconds, output } = results[index];
    console.log(`\n▶ ${label}`);
    if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    if (status !== 0) failures.push({ runner: 'check', name: label, message: output });
    rows.push({
      label,
      passed: status === 0 ? 1 : 0,
      failed: status === 0 ? 0 : 1,
      skipped: 0,
      seconds,
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// The static checks are independent single-threaded programs: two at a time use both cores of a
// small CI machine (about 45 s saved); each one's output is printed whole when it ends, in order.
await checksTwoAtATime([
  ['format (prettier --check)', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['typecheck (node program)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']],
  ['typecheck (web program)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']],
  ['typecheck (renderer tests)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.renderer-tests.json']],
  ['lint (eslint, layer rules)', bin('eslint'), ['.', '--max-warnings', '0']],
  ['build (vite + esbuild)', process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet']],
  [
    'security scan (electronegativity)',
    process.execPath,
    [join(root, 'scripts', 'security-scan.mjs')],
  ],
]);

{
  const file = join(reports, 'vitest.json');
  const { status, seconds } = run('unit and integration tests (vitest)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file);
  if (report) {
    failures.push(...vitestFailures(report, root));
    const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
    rows.push({
      label: 'vitest',
      passed: report.numPassedTests,
      failed,
      skipped: report.numPendingTests + report.numTodoTests,
      seconds,
    });
  } else {
    rows.push({ label: 'vitest (no report)', passed: 0, failed: 1, skipped: 0, seconds });
  }
}

{
  const file = join(reports, 'playwright.json');
  const { status, seconds } = run(
    'end-to-end tests (playwright, chromium)',
    bin('playwright'),
    ['test'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
    },
  );
  const report = existsSync(file) ? readJson(file) : null;
  if (report?.stats) {
    failures.push(...playwrightFailures(report, root));
    const { expected, unexpected, skipped, flaky } = report.stats;
    const failed = unexpected + (status !== 0 && unexpected === 0 ? 1 : 0);
    rows.push({ label: 'playwright', passed: expected + flaky, failed, skipped, seconds });
  } else {
    rows.push({ label: 'playwright (no report)', passed: 0, failed: 1, skipped: 0, seconds });
  }
}

rows.push(leftovers());

/**
 * After the suite nothing of it may still run: a server left behind keeps writing into a folder
 * that is being removed (the ENOTEMPTY flake) and holds ports for the next run. Such processes
 * fail this row and are stopped; the run's temporary folder is then removed either way.
 */
function leftovers() {
  console.log('\n▶ no process or temporary folder left behind');
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const stray = (ps.stdout ?? '')
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(.*)$/))
    .filter((match) => match && Number(match[1]) !== process.pid && match[2].includes(runTmp))
    .map((match) => ({ pid: Number(match[1]), args: match[2] }));
  for (const { pid, args } of stray) {
    console.log(`  still running: ${pid} ${args.slice(0, 160)}`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone between ps and kill.
    }
  }
  const left = readdirSync(runTmp).length;
  if (left > 0) console.log(`  removing ${left} temporary entries the tests left in ${runTmp}`);
  rmSync(runTmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  return {
    label: 'no leftover process',
    passed: stray.length === 0 ? 1 : 0,
    failed: stray.length === 0 ? 0 : 1,
    skipped: 0,
    seconds: 0,
  };
}

const total = rows.reduce(
  (sum, row) => ({
    passed: sum.passed + row.passed,
    failed: sum.failed + row.failed,
    skipped: sum.skipped + row.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const summary = failureSummary(failures);
if (summary.length > 0) console.log(`\n${summary.join('\n')}`);
console.log('\nrunner                                  passed  failed  skipped  seconds');
for (const row of rows) {
  console.log(
    `${row.label.padEnd(38)}  ${String(row.passed).padStart(6)}  ${String(row.failed).padStart(6)}  ${String(row.skipped).padStart(7)}  ${row.seconds.toFixed(1).padStart(7)}`,
  );
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
