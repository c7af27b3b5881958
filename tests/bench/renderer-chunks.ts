import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of Vite's build manifest (dist/renderer-manifest.json, written by scripts/build.mjs). */
export type ManifestChunk = Readonly<{
  file: string;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
}>;
export type BuildManifest = Readonly<Record<string, ManifestChunk>>;

export const MANIFEST_PATH = join('dist', 'renderer-manifest.json');

export function readBuildManifest(path = MANIFEST_PATH): BuildManifest {
  return JSON.parse(readFileSync(path, 'utf8')) as BuildManifest;
}

/**
 * The scripts a page can ever load: its entry and every chunk reached from it by a static or a
 * dynamic import (lazy screens, languages chosen later), each file once, as names under assets/.
 * The build has more than one page (the console's index.html, the street office's hub.html), so
 * summing assets/ would charge one page with the other's code.
 */
export function pageScripts(manifest: BuildManifest, page: string): string[] {
  if (!manifest[page]) throw new Error(`the build manifest has no page ${page}`);
  const seen = new Set<string>();
  const files = new Set<string>();
  const pending = [page];
  while (pending.length > 0) {
    const key = pending.pop() as string;
    const chunk = manifest[key];
    if (seen.has(key) || !chunk) continue;
    seen.add(key);
    if (chunk.file.endsWith('.js')) files.add(chunk.file.replace(/^assets\//, ''));
    pending.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []));
  }
  return [...files].sort();
}
