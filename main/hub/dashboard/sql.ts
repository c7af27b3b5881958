// SQL pieces the dashboard's queries share, so "overdue" means one thing on every page and in
// the ledger.
//
// "Today" is computed in SQL per row: the hub's clock (context.now(), passed as a parameter, so
// tests can stand near midnight) read on the item's own calendar with
// `($now AT TIME ZONE zone)::date`. Doing it in the query keeps the overdue count an indexed
// filter over every community's items instead of loading them into Node to compare dates there;
// PostgreSQL's zone database gives the same calendar day as shared/time's calendarDay for the
// zones meetings use (tests/main/hub/dashboard-figures.test.ts checks both near midnight). The
// server's own zone plays no part. An item without a zone takes its meeting's, then Beijing time
// (shared/time's FALLBACK_TIME_ZONE), as the follow-up registry does for old rows: that choice is
// stored on the item as deadline_zone (migration 002), so the filter needs no join to meetings.
//
// No zone's today is more than a day from the clock's UTC day (offsets run from -12:00 to
// +14:00). So an open item due before the UTC day before is overdue wherever it is, one due on or
// after the UTC day after is not, and only the two days between need the item's own today: the
// per-row zone conversion (most of the statement's time over 150,000 items) is skipped for the
// rest. `deadline < UTC day + 1` also lets PostgreSQL use the partial index of open items with a
// deadline (action_items_open_deadline) when few are that old.
/** The zone an action item's deadline is a day of (`ai` the item). */
export const ITEM_ZONE = 'ai.deadline_zone';

/** Today on the item's calendar; `now` is the placeholder of the hub's clock ($n::timestamptz). */
export const itemToday = (now: string): string =>
  `((${now}::timestamptz AT TIME ZONE ${ITEM_ZONE})::date)`;

/** The clock's day in UTC plus `days` (a date). */
const utcDay = (now: string, days: number): string =>
  `((${now}::timestamptz AT TIME ZONE 'UTC')::date ${days < 0 ? '-' : '+'} ${Math.abs(days)})`;

/** Past its deadline on its own calendar and neither done nor dropped. */
export const isOverdue = (now: string): string =>
  `(ai.deadline IS NOT NULL AND coalesce(ai.status, 'planned') NOT IN ('done', 'dropped')` +
  ` AND ai.deadline < ${utcDay(now, 1)}` +
  ` AND (ai.deadline < ${utcDay(now, -1)} OR ai.deadline < ${itemToday(now)}))`;

/**
 * A meeting matches a search: its own vector or one of its action items'. Written as a set of
 * keys from each table's own GIN index: an OR with an EXISTS tested every meeting in turn
 * (0.4 s for 充电 over 50,000 meetings here; about 50 ms this way).
 */
export const meetingMatches = (query: string): string =>
  `((m.community_id, m.meeting_id) IN (` +
  `SELECT community_id, meeting_id FROM meetings WHERE search @@ to_tsquery('simple', ${query}) ` +
  `UNION SELECT community_id, meeting_id FROM action_items WHERE search @@ to_tsquery('simple', ${query})))`;

/** Rows of a result as plain records (pg returns `any`). */
export type Row = Readonly<Record<string, unknown>>;

export const num = (value: unknown): number =>
  value === null || value === undefined ? 0 : Number(value);
export const str = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value);
export const strOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);
