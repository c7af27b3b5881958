import { useState, type FormEvent } from 'react';
import { withParams } from './api';
import type { DashFilters } from './filters';
import { useWords } from './words';

export type CommunityOption = Readonly<{ id: string; name: string }>;

type Props = Readonly<{
  filters: DashFilters;
  onChange: (next: DashFilters) => void;
  communities: readonly CommunityOption[];
  /** Which filters this page has: the overview's range, or one month and a search. */
  kind: 'range' | 'month' | 'community';
  /** The 台账 export applies these filters; absent where the page has none to export. */
  exportable?: boolean;
}>;

/** The ledger's address for the filters the page shows (the same parameters the hub reads). */
export function ledgerHref(filters: DashFilters, kind: Props['kind'], lang: string): string {
  const scope =
    kind === 'range'
      ? { community: filters.community, from: filters.from, to: filters.to }
      : { community: filters.community, month: filters.month, q: filters.q };
  return withParams('/api/dash/ledger.xlsx', { ...scope, lang });
}

export function FilterBar({ filters, onChange, communities, kind, exportable = true }: Props) {
  const { w, locale } = useWords();
  const [q, setQ] = useState(filters.q);
  const search = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, q: q.trim() });
  };
  return (
    <form className="filters" onSubmit={search} role="search">
      <div className="field">
        <label htmlFor="filter-community">{w.filters.community}</label>
        <select
          id="filter-community"
          name="community"
          value={filters.community}
          onChange={(event) => onChange({ ...filters, community: event.target.value })}
        >
          <option value="">{w.filters.allCommunities}</option>
          {communities.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {kind === 'range' ? (
        <>
          <div className="field">
            <label htmlFor="filter-from">{w.filters.from}</label>
            <input
              id="filter-from"
              type="month"
              name="from"
              value={filters.from}
              max={filters.to}
              onChange={(event) =>
                event.target.value && onChange({ ...filters, from: event.target.value })
              }
            />
          </div>
          <div className="field">
            <label htmlFor="filter-to">{w.filters.to}</label>
            <input
              id="filter-to"
              type="month"
              name="to"
              value={filters.to}
              min={filters.from}
              onChange={(event) =>
                event.target.value && onChange({ ...filters, to: event.target.value })
              }
            />
          </div>
        </>
      ) : null}
      {kind === 'month' ? (
        <>
          <div className="field">
            <label htmlFor="filter-month">{w.filters.month}</label>
            <input
              id="filter-month"
              type="month"
              name="month"
              value={filters.month}
              onChange={(event) => onChange({ ...filters, month: event.target.value })}
            />
          </div>
          <div className="field grow">
            <label htmlFor="filter-q">{w.filters.search}</label>
            <input
              id="filter-q"
              type="search"
              name="q"
              value={q}
              maxLength={100}
              onChange={(event) => setQ(event.target.value)}
            />
          </div>
          <button type="submit">{w.filters.searchButton}</button>
          {filters.q || filters.month ? (
            <button
              type="button"
              className="plain"
              onClick={() => {
                setQ('');
                onChange({ ...filters, q: '', month: '' });
              }}
            >
              {w.filters.clear}
            </button>
          ) : null}
        </>
      ) : null}
      {exportable ? (
        <a className="button export" href={ledgerHref(filters, kind, locale)} download>
          {w.filters.exportLedger}
        </a>
      ) : null}
    </form>
  );
}
