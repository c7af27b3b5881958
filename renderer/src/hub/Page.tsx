// The page of the current address with its data, loaded for the current filters.
import {
  meetingsReplySchema,
  overdueReplySchema,
  overviewReplySchema,
  quarantineReplySchema,
  type MeetingsReply,
  type OverdueReply,
  type OverviewReply,
  type QuarantineReply,
} from '../../../shared/hub/api';
import { AddCommunity } from './AddCommunity';
import { getJson } from './api';
import { errorText } from './errors';
import { FilterBar, type CommunityOption } from './FilterBar';
import type { DashFilters } from './filters';
import { Meetings } from './Meetings';
import { Overdue } from './Overdue';
import { Overview } from './Overview';
import { Refused } from './Refused';
import { useLoad, type Loaded } from './use-load';
import { useWords } from './words';

export const PAGES = ['overview', 'meetings', 'overdue', 'refused', 'add'] as const;
export type PageName = (typeof PAGES)[number];

type Props = Readonly<{
  page: PageName;
  filters: DashFilters;
  setFilters: (next: DashFilters) => void;
  communities: readonly CommunityOption[];
  onSignedOut: (error: unknown) => void;
  onCommunityAdded: () => void;
}>;

// Replies were parsed with their schemas by getJson; here they are only named.
function Show<T>({
  loaded,
  children,
}: Readonly<{ loaded: Loaded<T>; children: (value: T) => React.ReactNode }>) {
  const { w } = useWords();
  if (loaded.state === 'loading')
    return (
      <p className="muted" aria-busy="true">
        {w.common.loading}
      </p>
    );
  if (loaded.state === 'failed')
    return (
      <p className="error" role="alert">
        {errorText(loaded.error, w)}
      </p>
    );
  return <>{children(loaded.value)}</>;
}

function load(page: PageName, filters: DashFilters, lang: string): Promise<unknown> {
  const { community, from, to, month, q } = filters;
  switch (page) {
    case 'overview':
      return getJson(overviewReplySchema, '/api/dash/overview', { community, from, to });
    case 'meetings':
      return getJson(meetingsReplySchema, '/api/dash/meetings', { community, month, q });
    case 'overdue':
      return getJson(overdueReplySchema, '/api/dash/overdue', { community });
    case 'refused':
      return getJson(quarantineReplySchema, '/api/dash/quarantine', { community, lang });
    case 'add':
      return Promise.resolve(null);
  }
}

export function Page({
  page,
  filters,
  setFilters,
  communities,
  onSignedOut,
  onCommunityAdded,
}: Props) {
  const { locale } = useWords();
  const key = JSON.stringify([
    page,
    filters.community,
    page === 'overview' ? [filters.from, filters.to] : null,
    page === 'meetings' ? [filters.month, filters.q] : null,
    page === 'refused' ? locale : null,
  ]);
  const loaded = useLoad<unknown>(key, () => load(page, filters, locale), onSignedOut);
  const bar = (kind: 'range' | 'month' | 'community', exportable = true) => (
    <FilterBar
      filters={filters}
      onChange={setFilters}
      communities={communities}
      kind={kind}
      exportable={exportable}
    />
  );
  switch (page) {
    case 'overview':
      return (
        <>
          {bar('range')}
          <Show loaded={loaded}>{(value) => <Overview reply={value as OverviewReply} />}</Show>
        </>
      );
    case 'meetings':
      return (
        <>
          {bar('month')}
          <Show loaded={loaded}>{(value) => <Meetings reply={value as MeetingsReply} />}</Show>
        </>
      );
    case 'overdue':
      return (
        <>
          {bar('community', false)}
          <Show loaded={loaded}>{(value) => <Overdue reply={value as OverdueReply} />}</Show>
        </>
      );
    case 'refused':
      return (
        <>
          {bar('community', false)}
          <Show loaded={loaded}>{(value) => <Refused reply={value as QuarantineReply} />}</Show>
        </>
      );
    case 'add':
      return <AddCommunity onAdded={onCommunityAdded} />;
  }
}
