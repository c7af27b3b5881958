import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  failureSummary,
  playwrightFailures,
  vitestFailures,
} from '../../scripts/test-failures.mjs';

// `npm test` ends with the failed tests' names and errors above its totals, read from the runners'
// JSON reports. The reports here are real: each runner is run on a scratch folder holding one
// passing and one failing test (and, for vitest, a file that cannot load), so a change in a
// runner's report shape fails this test instead of silently printing nothing in CI.
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'yishiting-failures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runReport(bin: string, args: string[], env: Record<string, string>, file: string) {
  const result = spawnSync(join(root, 'node_modules', '.bin', bin), args, {
    cwd: work,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(1);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

describe('the failed tests printed at the end of npm test', () => {
  it('names each failed vitest test and file that cannot load, with its message', () => {
    writeFileSync(
      join(work, 'votes.test.mjs'),
      [
        "import { describe, expect, it } from 'vitest';",
        "describe('tally', () => {",
        "  it('counts', () => expect(1 + 1).toBe(2));",
        "  it('meets the threshold', () => expect(7).toBe(8));",
        '});',
      ].join('\n'),
    );
    writeFileSync(join(work, 'broken.test.mjs'), "throw new Error('cannot load');\n");
    const file = join(work, 'vitest.json');
    const report = runReport(
      'vitest',
      ['run', '--root', work, '--reporter=json', `--outputFile.json=${file}`],
      {},
      file,
    );
    const failures = vitestFailures(report, work);
    expect(failures.map((failure) => failure.name).sort()).toEqual([
      'broken.test.mjs',
      'votes.test.mjs › tally meets the threshold',
    ]);
    expect(failures.find((f) => f.name.startsWith('votes'))?.message).toContain(
      'expected 7 to be 8',
    );
    expect(failures.find((f) => f.name === 'broken.test.mjs')?.message).toContain('cannot load');
  });

  it('names each failed Playwright test with its line and message', () => {
    writeFileSync(
      join(work, 'playwright.config.mjs'),
      "export default { testDir: '.', testMatch: '*.spec.mjs', reporter: 'json' };\n",
    );
    // No page fixture: Playwright starts no browser for these, so the check is quick.
    writeFileSync(
      join(work, 'queue.spec.mjs'),
      [
        `import { test, expect } from '${join(root, 'node_modules/@playwright/test/index.mjs')}';`,
        "test.describe('queue', () => {",
        "  test('keeps order', () => expect([1, 2]).toEqual([1, 2]));",
        "  test('shows the speaker', () => expect('甲').toBe('乙'));",
        '});',
      ].join('\n'),
    );
    const file = join(work, 'playwright.json');
    const run = () =>
      runReport(
        'playwright',
        ['test', '--config', join(work, 'playwright.config.mjs')],
        { PLAYWRIGHT_JSON_OUTPUT_NAME: file },
        file,
      );
    const failures = playwrightFailures(run(), work);
    expect(failures.map((failure) => failure.name)).toEqual([
      'queue.spec.mjs › queue › shows the speaker:4',
    ]);
    expect(failures[0]?.message).toContain('乙');
    // A spec file that cannot load stops Playwright before any test: only the error is reported.
    writeFileSync(join(work, 'broken.spec.mjs'), "throw new Error('cannot load');\n");
    const loadErrors = playwrightFailures(run(), work);
    expect(loadErrors.map((failure) => failure.name)).toEqual(['broken.spec.mjs:1']);
    expect(loadErrors[0]?.message).toContain('cannot load');
  });

  it('prints names and the first lines of each message without colours', () => {
    const lines = failureSummary(
      [
        {
          runner: 'vitest',
          name: 'a.test.ts › b',
          message: '\u001b[31mAssertionError\u001b[39m\n\n  at x\n  at y',
        },
      ],
      2,
    );
    expect(lines).toEqual([
      'failed (1):',
      '✗ vitest: a.test.ts › b',
      '    AssertionError',
      '      at x',
    ]);
    expect(failureSummary([])).toEqual([]);
  });
});
