// The failed tests of a vitest or Playwright JSON report, as { runner, name, message }, and their
// summary for the end of `npm test`: a CI log is often shown only by its tail, and the tail must
// say which test failed and why, not only how many.
import { relative } from 'node:path';

export function vitestFailures(report, root) {
  const failures = [];
  for (const file of report?.testResults ?? []) {
    const where = relative(root, file.name);
    const tests = file.assertionResults ?? [];
    // A file that fails to load (a syntax error, a throw at import) has no tests, only a message.
    if (file.status === 'failed' && tests.every((test) => test.status !== 'failed')) {
      failures.push({ runner: 'vitest', name: where, message: file.message ?? '' });
    }
    for (const test of tests) {
      if (test.status !== 'failed') continue;
      const message = (test.failureMessages ?? []).join('\n');
      failures.push({ runner: 'vitest', name: `${where} › ${test.fullName}`, message });
    }
  }
  return failures;
}

export function playwrightFailures(report, root) {
  const failures = [];
  const walk = (suites, titles) => {
    for (const suite of suites ?? []) {
      const path = suite.title ? [...titles, suite.title] : titles;
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests ?? []) {
          if (test.status !== 'unexpected') continue;
          const last = (test.results ?? []).at(-1);
          const message = last?.error?.message ?? last?.errors?.[0]?.message ?? '';
          const name = `${[...path, spec.title].join(' › ')}:${spec.line}`;
          failures.push({ runner: 'playwright', name, message });
        }
      }
      walk(suite.suites, path);
    }
  };
  walk(report?.suites, []);
  // Errors outside any test: a spec file that cannot load, a global setup that throws.
  for (const error of report?.errors ?? []) {
    const where = error.location
      ? `${relative(root, error.location.file)}:${error.location.line}`
      : 'setup';
    failures.push({ runner: 'playwright', name: where, message: error.message ?? '' });
  }
  return failures;
}

const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Lines to print: each failure's name, then the first lines of its message without colours. */
export function failureSummary(failures, linesEach = 6) {
  if (failures.length === 0) return [];
  const out = [`failed (${failures.length}):`];
  for (const { runner, name, message } of failures) {
    out.push(`✗ ${runner}: ${name}`);
    const lines = message
      .replace(ansi, '')
      .split('\n')
      .filter((line) => line.trim())
      .slice(0, linesEach);
    for (const line of lines) out.push(`    ${line.slice(0, 200)}`);
  }
  return out;
}
