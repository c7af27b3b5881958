import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type AppPaths = Readonly<{ root: string; rendererDir: string; seedsDir: string }>;

/**
 * Finds the app's own files from wherever this code runs: the sources under vitest, the bundle in
 * dist/ under Node or Electron, or app.asar in an installed app (seeds then sit in resources/).
 */
export function appPaths(from: string = fileURLToPath(import.meta.url)): AppPaths {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isOurs(manifest)) break;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('yishiting: cannot find the app folder (package.json)');
    dir = parent;
  }
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const packagedSeeds = resources ? join(resources, 'seeds') : null;
  return {
    root: dir,
    rendererDir: join(dir, 'dist', 'renderer'),
    seedsDir: packagedSeeds && existsSync(packagedSeeds) ? packagedSeeds : join(dir, 'seeds'),
  };
}

function isOurs(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'yishiting';
  } catch {
    return false;
  }
}
