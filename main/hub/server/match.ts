import type { HubRoute } from './route';

// Routes are matched segment by segment: a literal must equal, a `:name` takes any one non-empty
// segment (decoded). No regular expressions built from route text, no prefix matches.

export type RouteMatch =
  | Readonly<{ kind: 'found'; route: HubRoute; params: Readonly<Record<string, string>> }>
  /** The path exists for other methods (405). */
  | Readonly<{ kind: 'method'; allow: readonly string[] }>
  | Readonly<{ kind: 'none' }>;

type Compiled = Readonly<{ route: HubRoute; segments: readonly string[] }>;

export type RouteTable = (method: string, path: string) => RouteMatch;

/** A matcher over `routes`; two routes with the same method and path are a programming error. */
export function routeTable(routes: readonly HubRoute[]): RouteTable {
  const seen = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path.replace(/:[^/]+/g, ':')}`;
    if (seen.has(key)) throw new Error(`hub: two routes for ${key}`);
    seen.add(key);
  }
  const compiled: Compiled[] = routes.map((route) => ({ route, segments: split(route.path) }));
  return (method, path) => {
    const segments = split(path);
    const allow: string[] = [];
    for (const entry of compiled) {
      const params = paramsOf(entry.segments, segments);
      if (!params) continue;
      if (entry.route.method === method) return { kind: 'found', route: entry.route, params };
      allow.push(entry.route.method);
    }
    return allow.length > 0 ? { kind: 'method', allow } : { kind: 'none' };
  };
}

function split(path: string): string[] {
  return path.split('/').slice(1);
}

function paramsOf(pattern: readonly string[], actual: readonly string[]) {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) {
      const decoded = decodeSegment(value);
      if (decoded === null || decoded === '') return null;
      params[part.slice(1)] = decoded;
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
