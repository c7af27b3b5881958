import { describe, expect, it } from 'vitest';
import { pageScripts, type BuildManifest } from '../bench/renderer-chunks';

// The shape Vite writes: keys are sources (or _name.js for shared chunks), files are under assets/.
const manifest: BuildManifest = {
  'index.html': {
    file: 'assets/index-a.js',
    imports: ['_preload.js'],
    dynamicImports: ['src/main.tsx'],
  },
  'src/main.tsx': {
    file: 'assets/main-b.js',
    // main imports index.html back (a cycle Vite really writes) and the shared runtime.
    imports: ['index.html', '_react.js'],
    dynamicImports: ['src/Meeting.tsx', 'i18n/en.ts'],
  },
  'src/Meeting.tsx': { file: 'assets/Meeting-c.js', imports: ['_react.js', '_excel.js'] },
  '_excel.js': { file: 'assets/excel-d.js' },
  'i18n/en.ts': { file: 'assets/en-e.js' },
  '_react.js': { file: 'assets/react-f.js' },
  '_preload.js': { file: 'assets/preload-g.js' },
  'src/style.css': { file: 'assets/style-h.css' },
  'hub.html': {
    file: 'assets/hub-i.js',
    imports: ['_react.js', '_preload.js'],
    dynamicImports: ['hub/en.ts'],
  },
  'hub/en.ts': { file: 'assets/hub-en-j.js' },
};

describe('pageScripts', () => {
  it('follows static and dynamic imports from the page, through cycles, each file once', () => {
    expect(pageScripts(manifest, 'index.html')).toEqual([
      'Meeting-c.js',
      'en-e.js',
      'excel-d.js',
      'index-a.js',
      'main-b.js',
      'preload-g.js',
      'react-f.js',
    ]);
  });

  it("leaves out the other page's own chunks but keeps the ones both pages load", () => {
    const hub = pageScripts(manifest, 'hub.html');
    expect(hub).toEqual(['hub-en-j.js', 'hub-i.js', 'preload-g.js', 'react-f.js']);
    expect(pageScripts(manifest, 'index.html')).not.toContain('hub-i.js');
  });

  it('counts no stylesheet or font', () => {
    expect(pageScripts(manifest, 'index.html').every((file) => file.endsWith('.js'))).toBe(true);
  });

  it('refuses a page the build does not have, rather than counting nothing', () => {
    expect(() => pageScripts(manifest, 'console.html')).toThrow(/no page console\.html/);
  });
});
