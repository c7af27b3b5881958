import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageScripts, readBuildManifest } from '../bench/renderer-chunks';

// A build of its own, beside dist/: other test files serve dist/renderer meanwhile.
const out = mkdtempSync(join(tmpdir(), 'yishiting-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const assets = join(out, 'renderer', 'assets');
const scripts = () => readdirSync(assets).filter((name) => name.endsWith('.js'));
const read = (name: string) => readFileSync(join(assets, name), 'utf8');

// Every test that builds the app runs under vitest, which sets NODE_ENV=test; the build must not
// take it from its caller (React's development builds went into dist/ that way).
describe('the renderer build, started with NODE_ENV=test', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet', `--out=${out}`], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'test' },
    });
  }, 300_000);

  it('bundles the production builds of React and the JSX runtime', () => {
    const all = scripts().map(read).join('\n');
    // (booleans: a failure would otherwise print every script of the build)
    expect(all.includes('jsxDEV')).toBe(false);
    // react-dom's production build replaces its messages by this line and an error number.
    expect(all.includes('Minified React error')).toBe(true);
  });

  it("writes the build manifest outside the served folder, naming the console's scripts", () => {
    expect(existsSync(join(out, 'renderer', '.vite'))).toBe(false);
    const console = pageScripts(
      readBuildManifest(join(out, 'renderer-manifest.json')),
      'index.html',
    );
    const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\/assets\/([^"]+)"/.exec(html)?.[1];
    expect(console).toContain(entry);
    expect(console.every((name) => scripts().includes(name))).toBe(true);
  });
});
