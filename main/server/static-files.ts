import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** Content types of the built renderer's files (the hub serves its dashboard with them too). */
export const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Routes of the single-page renderer; each returns index.html and the page picks its view. */
const APP_ROUTES = new Set(['/', '/projector', '/lan', '/join']);

export type StaticFile = Readonly<{ body: Buffer; type: string; immutable: boolean }>;

/**
 * Resolves a URL path to a file of the built renderer, or null. Paths are normalised and must stay
 * inside the renderer folder, so `..` or encoded separators can never reach the data folder.
 */
export async function loadStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const route = decoded.replace(/\/+$/, '') || '/';
  const relative = APP_ROUTES.has(route) ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const body = await readFile(file);
    return {
      body,
      type: TYPES[extname(file)] ?? 'application/octet-stream',
      // Vite puts a content hash in every asset name under assets/: safe to cache for good.
      immutable: relative.startsWith('assets/'),
    };
  } catch {
    return null;
  }
}
