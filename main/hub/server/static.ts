import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { TYPES } from '../../server/static-files';

// The built dashboard: dist/renderer/hub.html at `/` (and at the dashboard's own page paths, so a
// reload on one works) and the hashed files under /assets/. Nothing else of the renderer folder is
// served: the chair console (index.html) belongs to a community's laptop, not to the hub.

export const DASHBOARD_PAGE = 'hub.html';

export type HubStatic = Readonly<{ body: Buffer; type: string }>;

/** A page path of the dashboard (no extension, not the API): answered with hub.html. */
const PAGE = /^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?\/?$/;

/** The file for a GET of `urlPath`, or null (unknown, outside the folder, not built). */
export async function loadHubStatic(root: string, urlPath: string): Promise<HubStatic | null> {
  if (urlPath.startsWith('/api/') || urlPath === '/api') return null;
  const relative = PAGE.test(urlPath) ? DASHBOARD_PAGE : assetPath(urlPath);
  if (relative === null) return null;
  const file = normalize(join(root, relative));
  const inside = root.endsWith(sep) ? root : root + sep;
  if (!file.startsWith(inside)) return null;
  try {
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

/** `assets/…` or the favicon, decoded; null for anything else or a path that tries to climb. */
function assetPath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((part) => part === '..' || part === '.')) return null;
  if (decoded === '/favicon.svg') return 'favicon.svg';
  return /^\/assets\/[^/]/.test(decoded) ? decoded.slice(1) : null;
}
