import { useState, type FormEvent } from 'react';
import { withParams } from './api';
import { addMonths, defaultMonthRange, monthsBetween } from '../../../shared/hub/months';
import { browserZone, type DashFilters } from './filters';
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

/**
 * Months as 'YYYY-MM' in a plain list: the same in every language and browser (a month input is
 * drawn in the browser's own language, not the page's), newest first.
 */
function MonthSelect(
  props: Readonly<{
    name: string;
    label: string;
    value: string;
    months: readonly string[];
    all?: string;
    onChange: (month: string) => void;
  }>,
) {
  const options =
    props.value && !props.months.includes(props.value)
      ? [props.value, ...props.months]
      : props.months;
  return (
    <div className="field">
      <label htmlFor={`filter-${props.name}`}>{props.label}</label>
      <select
        id={`filter-${props.name}`}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.all !== undefined ? <option value="">{props.all}</option> : null}
        {options.map((month) => (
          <option key={month} value={month}>
            {month}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The last five years of months, newest first, ending with this month. */
function recentMonths(nowMs: number): string[] {
  const to = defaultMonthRange(nowMs, browserZone()).to;
  return monthsBetween(addMonths(to, -59), to).reverse();
}

export function FilterBar({ filters, onChange, communities, kind, exportable = true }: Props) {
  const { w, locale } = useWords();
  const [q, setQ] = useState(filters.q);
  const [months] = useState(() => recentMonths(Date.now()));
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
          <MonthSelect
            name="from"
            label={w.filters.from}
            value={filters.from}
            months={months.filter((m) => m <= filters.to)}
            onChange={(from) => onChange({ ...filters, from })}
          />
          <MonthSelect
            name="to"
            label={w.filters.to}
            value={filters.to}
            months={months.filter((m) => m >= filters.from)}
            onChange={(to) => onChange({ ...filters, to })}
          />
        </>
      ) : null}
      {kind === 'month' ? (
        <>
          <MonthSelect
            name="month"
            label={w.filters.month}
            value={filters.month}
            months={months}
            all={w.filters.allMonths}
            onChange={(month) => onChange({ ...filters, month })}
          />
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
