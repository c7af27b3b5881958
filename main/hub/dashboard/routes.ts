// The dashboard's API under /api/dash/, for logged-in street-office staff only. Every query
// parameter and body is parsed with shared/hub/api.ts before SQL sees it; every value reaches
// PostgreSQL as a bound parameter.
import { defaultMonthRange } from '../../../shared/hub/months';
import { FALLBACK_TIME_ZONE } from '../../../shared/time';
import type { HubContext, HubReply, HubRequest, HubRoute } from '../server/route';
import { commentRoute } from './comment-route';
import { addCommunityRoute } from './community-route';
import { badRequest, monthBounds, parseFilters, searchQueryOf } from './filters';
import { ledgerRows, ledgerXlsx } from './ledger';
import { meetings } from './meetings';
import { overdueItems } from './overdue';
import { overview } from './overview';
import { quarantineList } from './quarantine';
import { HUB_WORDS } from '../../../shared/i18n/hub';
import { monthsBetween, MAX_MONTHS } from '../../../shared/hub/months';

type Handler = (request: HubRequest, context: HubContext) => Promise<HubReply>;

const get = (path: string, handle: Handler): HubRoute => ({
  method: 'GET',
  path,
  auth: 'staff',
  handle,
});

const handleOverview: Handler = async (request, context) => {
  const filters = parseFilters(request.query);
  if (!filters.ok) return filters.reply;
  const { community, from, to } = filters.value;
  // Without a range: the last twelve months on Beijing time's calendar (the page sends its own).
  const fallback = defaultMonthRange(context.now().getTime(), FALLBACK_TIME_ZONE);
  const range = { from: from ?? fallback.from, to: to ?? fallback.to };
  const span = monthsBetween(range.from, range.to).length;
  if (span === 0 || span > MAX_MONTHS) return badRequest('to');
  const reply = await overview(context.db.query, {
    community: community ?? null,
    ...range,
    now: context.now(),
  });
  return { status: 200, json: reply };
};

const handleMeetings: Handler = async (request, context) => {
  const filters = parseFilters(request.query);
  if (!filters.ok) return filters.reply;
  const [first, after] = monthBounds(filters.value);
  const reply = await meetings(context.db.query, {
    community: filters.value.community ?? null,
    first,
    after,
    search: searchQueryOf(filters.value.q),
  });
  return { status: 200, json: reply };
};

const handleOverdue: Handler = async (request, context) => {
  const filters = parseFilters(request.query);
  if (!filters.ok) return filters.reply;
  const reply = await overdueItems(context.db.query, {
    community: filters.value.community ?? null,
    now: context.now(),
  });
  return { status: 200, json: reply };
};

const handleQuarantine: Handler = async (request, context) => {
  const filters = parseFilters(request.query);
  if (!filters.ok) return filters.reply;
  const reply = await quarantineList(context.db.query, {
    community: filters.value.community ?? null,
    locale: filters.value.lang ?? request.locale,
  });
  return { status: 200, json: reply };
};

const handleLedger: Handler = async (request, context) => {
  const filters = parseFilters(request.query);
  if (!filters.ok) return filters.reply;
  const locale = filters.value.lang ?? request.locale;
  const [first, after] = monthBounds(filters.value);
  const now = context.now();
  const rows = await ledgerRows(context.db.query, {
    community: filters.value.community ?? null,
    first,
    after,
    search: searchQueryOf(filters.value.q),
    now,
    locale,
  });
  const sheet = HUB_WORDS[locale].ledger.sheet;
  const stamp = now.toISOString().slice(0, 10);
  const scope = [filters.value.community, filters.value.month].filter(Boolean).join('-');
  return {
    status: 200,
    bytes: await ledgerXlsx(rows, sheet),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${sheet}-${scope ? `${scope}-` : ''}${stamp}.xlsx`,
  };
};

export const dashboardRoutes: readonly HubRoute[] = [
  get('/api/dash/overview', handleOverview),
  get('/api/dash/meetings', handleMeetings),
  get('/api/dash/overdue', handleOverdue),
  get('/api/dash/quarantine', handleQuarantine),
  get('/api/dash/ledger.xlsx', handleLedger),
  commentRoute,
  addCommunityRoute,
];
