// Query parameters → checked filters, and the search text → a tsquery, before any SQL runs.
import { filtersSchema, type Filters } from '../../../shared/hub/api';
import { monthRangeDays } from '../../../shared/hub/months';
import { tsQueryOf } from '../../../shared/hub/search';
import { searchTerms } from '../search-tokens';
import type { HubReply } from '../server/route';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reply: HubReply };

export function badRequest(field?: string): HubReply {
  return { status: 400, json: field ? { error: 'badRequest', field } : { error: 'badRequest' } };
}

/** The filters of a query string; unknown or malformed parameters are refused by name. */
export function parseFilters(query: URLSearchParams): Parsed<Filters> {
  const raw: Record<string, string> = {};
  for (const [key, value] of query) {
    // A parameter twice is ambiguous: refuse it rather than pick one.
    if (Object.hasOwn(raw, key)) return { ok: false, reply: badRequest(key) };
    raw[key] = value;
  }
  for (const key of Object.keys(raw)) if (raw[key] === '') delete raw[key];
  const parsed = filtersSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  return { ok: false, reply: badRequest(typeof field === 'string' ? field : undefined) };
}

/**
 * The search as a to_tsquery('simple', …) text (always a bound parameter): null for no search,
 * false for a search with no words in it (punctuation only), which matches nothing.
 */
export function searchQueryOf(q: string | undefined): string | null | false {
  if (q === undefined || q.trim() === '') return null;
  return tsQueryOf(searchTerms(q)) ?? false;
}

/**
 * held_on bounds [first, after) of the filters: one month if given, else the from..to range
 * (either end alone is open), else nulls for all months.
 */
export function monthBounds(filters: Filters): readonly [string | null, string | null] {
  if (filters.month !== undefined) {
    const { first, after } = monthRangeDays(filters.month, filters.month);
    return [first, after];
  }
  const first =
    filters.from === undefined ? null : monthRangeDays(filters.from, filters.from).first;
  const after = filters.to === undefined ? null : monthRangeDays(filters.to, filters.to).after;
  return [first, after];
}
