// The dashboard's filters, kept in the page's URL query so a reload or a shared link shows the
// same view, and sent to the hub as the same parameters.
import { defaultMonthRange } from '../../../shared/hub/months';

export type DashFilters = Readonly<{
  community: string;
  from: string;
  to: string;
  month: string;
  q: string;
}>;

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai';
}

export function filtersFromUrl(search: string, nowMs: number): DashFilters {
  const query = new URLSearchParams(search);
  const range = defaultMonthRange(nowMs, browserZone());
  return {
    community: query.get('community') ?? '',
    from: query.get('from') ?? range.from,
    to: query.get('to') ?? range.to,
    month: query.get('month') ?? '',
    q: query.get('q') ?? '',
  };
}

export function filtersToQuery(filters: DashFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}
