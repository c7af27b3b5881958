#!/usr/bin/env node
// Builds the renderer with Vite and main, the CLI and the preloads with esbuild.
// Why not electron-vite: it drives the Electron binary for dev and preview, which cannot run on an
// offline machine, and the same main bundle must also run under plain Node (npm run serve, the CLI).
// `--if-needed` skips the build when nothing under the sources changed since the last one.
// `--out=DIR` builds into DIR instead of dist/: a test that checks a full build must not empty the
// dist/renderer that servers of other tests, running beside it, are handing out.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import {
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const outArg = [...args].find((arg) => arg.startsWith('--out='));
const out = outArg ? resolve(root, outArg.slice('--out='.length)) : join(root, 'dist');
const stamp = join(out, '.build-stamp');
const log = (message) => {
  if (!quiet) console.log(message);
};

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function sourcesChangedSince(time) {
  // scripts/ui-font.ts cuts the console's font from the characters of the sources and the seeds.
  const inputs = [
    'main',
    'shared',
    'renderer',
    'seeds',
    'scripts/ui-font.ts',
    'package.json',
    'vite.config.ts',
  ];
  return inputs.some((input) => newestMtime(join(root, input)) > time);
}

if (args.has('--if-needed') && existsSync(stamp) && !sourcesChangedSince(statSync(stamp).mtimeMs)) {
  process.exit(0);
}

// dist/ is always the production build. Vite takes `process.env.NODE_ENV` from the caller when it
// is set, and every test that builds the app runs under vitest (NODE_ENV=test): React's development
// builds then went into dist/ (twice the size, and what the e2e suite and the benches measured).
process.env.NODE_ENV = 'production';

const started = Date.now();
await viteBuild({
  configFile: join(root, 'vite.config.ts'),
  logLevel: quiet ? 'error' : 'warn',
  // The manifest names each page's chunks and what they import (the renderer bench follows it).
  build: { manifest: true, outDir: join(out, 'renderer'), emptyOutDir: true },
});
// Out of dist/renderer, which the servers hand out file by file.
const rendererDir = join(out, 'renderer');
renameSync(join(rendererDir, '.vite', 'manifest.json'), join(out, 'renderer-manifest.json'));
rmSync(join(rendererDir, '.vite'), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};
await Promise.all([
  // Dependencies stay in node_modules (pdfkit reads its own data files next to its code).
  esbuild({
    ...common,
    entryPoints: { cli: 'main/cli/index.ts', electron: 'main/electron/main.ts' },
    outdir: join(out, 'main'),
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  }),
  // Sandboxed preloads can only require('electron'): bundle everything else into them.
  esbuild({
    ...common,
    entryPoints: {
      chair: 'main/electron/preload-chair.ts',
      projector: 'main/electron/preload-projector.ts',
    },
    outdir: join(out, 'preload'),
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
    target: 'chrome120',
  }),
]);
mkdirSync(dirname(stamp), { recursive: true });
writeFileSync(stamp, new Date().toISOString());
log(`built ${out} in ${Date.now() - started} ms`);
