#!/usr/bin/env node
// Static security scan of the Electron code with @doyensec/electronegativity, over main/ (the
// sources) and the built bundles (dist/). Its CLI exits 0 even with HIGH findings, and is broken
// against the commander version npm hoists here, so this drives its runner directly, reads the
// issues it returns, and fails on any HIGH or MEDIUM finding that is not accepted with a reason in
// scripts/security-accepted.json (each one is explained in the README).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const initI18n = require('@doyensec/electronegativity/dist/locales/i18n.js');
const runScan = require('@doyensec/electronegativity');
const accepted = JSON.parse(readFileSync(join(root, 'scripts', 'security-accepted.json'), 'utf8'));

await initI18n();
const work = mkdtempSync(join(tmpdir(), 'yishiting-scan-'));
const findings = [];
// Silence the scanner's progress bar and its attempts to reach the network (it carries on offline).
const log = console.log;
const warn = console.warn;
// The scanner's global checks (CSP, navigation limits, permission handler) look across the whole
// app, so it scans one staged copy of what ships: main's sources (the bundles are .mjs, which it
// does not parse), the built page with its CSP and its scripts, and the preloads.
function stageApp() {
  const stage = mkdtempSync(join(tmpdir(), 'yishiting-app-'));
  cpSync(join(root, 'main'), join(stage, 'main'), { recursive: true });
  cpSync(join(root, 'dist', 'renderer', 'index.html'), join(stage, 'renderer', 'index.html'));
  // The built renderer's code too (React, the console, the projector): what the windows run.
  const assets = join(root, 'dist', 'renderer', 'assets');
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js')))
    cpSync(join(assets, name), join(stage, 'renderer', 'assets', name));
  for (const name of readdirSync(join(root, 'dist', 'preload')).filter((n) => n.endsWith('.cjs'))) {
    cpSync(
      join(root, 'dist', 'preload', name),
      join(stage, 'preload', name.replace(/\.cjs$/, '.js')),
    );
  }
  cpSync(join(root, 'package.json'), join(stage, 'package.json'));
  return stage;
}
const staged = process.argv.length > 2 ? null : stageApp();
const inputs = staged ? [staged] : process.argv.slice(2);
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
for (const input of inputs) {
  const output = join(work, `${input.replaceAll('/', '_')}.csv`);
  console.log = () => undefined;
  console.warn = () => undefined;
  let result;
  try {
    result = await runScan(
      {
        input: input.startsWith('/') ? input : join(root, input),
        output,
        isSarif: false,
        customScan: [],
        excludeFromScan: [],
        isRelative: true,
        isVerbose: false,
        parserPlugins: [],
        electronVersionOverride: electronVersion,
      },
      false,
    );
  } finally {
    console.log = log;
    console.warn = warn;
  }
  // The runner also writes a CSV, but without waiting for it: read the issues it returns.
  if (result.errors?.length)
    throw new Error(
      `electronegativity could not scan ${input}: ${JSON.stringify(result.errors).slice(0, 500)}`,
    );
  for (const issue of result.issues) {
    findings.push({
      input: staged ? 'app' : input,
      issue: issue.id,
      file: issue.file,
      location: `${issue.location.line}:${issue.location.column}`,
      severity: issue.severity.name,
      description: issue.description,
    });
  }
}
rmSync(work, { recursive: true, force: true });
if (staged) rmSync(staged, { recursive: true, force: true });

const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const unexplained = serious.filter(
  (f) => !accepted.some((a) => a.issue === f.issue && (a.input ?? f.input) === f.input),
);
for (const f of serious) {
  const reason = accepted.find(
    (a) => a.issue === f.issue && (a.input ?? f.input) === f.input,
  )?.reason;
  console.log(
    `${reason ? 'accepted' : 'FINDING '} ${f.severity.padEnd(6)} ${f.issue} ${f.input}/${f.file} ${f.location}${reason ? ` — ${reason}` : ''}`,
  );
}
console.log(
  `electronegativity: ${findings.length} findings, ${serious.length} high or medium, ${unexplained.length} unexplained`,
);
process.exit(unexplained.length === 0 ? 0 : 1);
