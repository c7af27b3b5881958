import { beforeAll, describe, expect, it } from 'vitest';
import { rendererBuild, type RendererBuild } from './renderer-build';

// Issue 15: the page's first script opens the chair's socket and asks for the meeting list before
// React, the catalogues and the contract have arrived, and the page fetches those beside it
// instead of after it has run.

/** The chunks a chunk imports statically (`from "./x.js"`). */
function staticImports(build: RendererBuild, asset: string): string[] {
  return [...build.read(asset).matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
}

describe('the first script of the console', () => {
  let build: RendererBuild;
  let entry: string;
  beforeAll(() => {
    build = rendererBuild();
    entry =
      /<script type="module" crossorigin src="\/assets\/([^"]+\.js)"/.exec(build.html)?.[1] ?? '';
  }, 600_000);

  it('is the only script tag, small, and imports nothing it would have to wait for', () => {
    expect(build.html.match(/<script\b/g)).toHaveLength(1);
    expect(entry).not.toBe('');
    expect(build.bytes(entry).length).toBeLessThan(8 * 1024);
    expect(staticImports(build, entry)).toEqual([]);
  });

  it('opens the socket and asks for the meeting list', () => {
    const code = build.read(entry);
    expect(code).toContain('new WebSocket(');
    expect(code).toContain('meetings/list');
  });

  it('finds the app and everything it imports already listed by the page', () => {
    const app = /import\(`\.\/([^`]+\.js)`\)/.exec(build.read(entry))?.[1];
    expect(app, 'the app chunk the entry imports').toBeDefined();
    const preloaded = [
      ...build.html.matchAll(/<link rel="modulepreload" crossorigin href="\/assets\/([^"]+\.js)"/g),
    ].map((match) => match[1] ?? '');
    const needed = new Set<string>();
    const visit = (asset: string) => {
      if (needed.has(asset)) return;
      needed.add(asset);
      staticImports(build, asset).forEach(visit);
    };
    visit(app ?? '');
    needed.delete(entry);
    expect([...needed].filter((asset) => !preloaded.includes(asset))).toEqual([]);
    // The app's own stylesheet is in the page too, so the first frame is never drawn unstyled.
    const css = build.firstScreen.filter((asset) => asset.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
  });

  it('builds no command schema and no issuing-body form at start', () => {
    const first = build.firstScreen
      .filter((asset) => asset.endsWith('.js'))
      .map((asset) => build.read(asset))
      .join('\n');
    // The command schemas (shared/domain/commands) come with the contract's request schemas,
    // fetched by the first call that needs them; the issuer form when it is shown.
    expect(first.includes('agenda/addItem'), 'a command schema').toBe(false);
    expect(first.includes('ui:issuer.addressees'), 'the issuing-body form').toBe(false);
    expect(build.assets.some((asset) => /^contract-.+\.js$/.test(asset))).toBe(true);
  });
});
