// Where the console's JS goes: `node --import tsx tests/bench/renderer-modules.ts [N]` builds the
// renderer into a temporary folder (dist/ is left alone) and prints the N modules (default 15)
// and the packages and folders that weigh most in what index.html can load, gzipped.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { pageScripts, readBuildManifest } from './renderer-chunks';

type Rendered = { chunk: string; id: string; raw: number; gz: number };

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

/** Each module's rendered code, as it stands in its chunk after tree-shaking and minifying. */
function recordModules(into: Rendered[]): Plugin {
  return {
    name: 'record-module-sizes',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(output.modules)) {
          const code = module.code ?? '';
          const name = id.replace(process.cwd() + '/', '').replace(/^\0/, '');
          into.push({ chunk: output.fileName, id: name, raw: code.length, gz: gz(code) });
        }
      }
    },
  };
}

const top = Number(process.argv[2] ?? 15);
const out = mkdtempSync(join(tmpdir(), 'renderer-modules-'));
process.env.NODE_ENV = 'production';
try {
  const modules: Rendered[] = [];
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, manifest: true },
    plugins: [recordModules(modules)],
  });
  const files = new Set(
    pageScripts(readBuildManifest(join(out, '.vite', 'manifest.json')), 'index.html'),
  );
  const mine = modules.filter((module) => files.has(module.chunk.replace(/^assets\//, '')));
  // A module gzipped alone costs more than inside its chunk: give each chunk's real gzipped size
  // to its modules in proportion to their own gzipped sizes.
  const chunkTotal = new Map<string, number>();
  for (const module of mine)
    chunkTotal.set(module.chunk, (chunkTotal.get(module.chunk) ?? 0) + module.gz);
  const share = (module: Rendered) =>
    (module.gz / (chunkTotal.get(module.chunk) ?? 1)) * gz(readFileSync(join(out, module.chunk)));
  const rows = mine.map((module) => ({ ...module, share: share(module) }));
  const total = rows.reduce((sum, row) => sum + row.share, 0);
  console.log(`index.html can load ${files.size} scripts, ${kb(total).trim()} KB gzipped\n`);
  console.log(`top ${top} modules (KB gzipped share, KB minified, chunk, module)`);
  for (const row of [...rows].sort((a, b) => b.share - a.share).slice(0, top)) {
    console.log(
      `${kb(row.share)} ${kb(row.raw)}  ${row.chunk.replace(/^assets\//, '').padEnd(28)} ${row.id}`,
    );
  }
  const groups = new Map<string, number>();
  for (const row of rows) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(row.id)?.[1];
    const group = pkg ? `package ${pkg}` : row.id.replace(/\/[^/]+$/, '/');
    groups.set(group, (groups.get(group) ?? 0) + row.share);
  }
  console.log(`\ntop ${top} packages and folders`);
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${kb(bytes)}  ${group}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
