// Month buckets of the dashboard: a month is 'YYYY-MM' on the meeting's own calendar (meetings
// store held_on as the date in their zone), so a range is a list of such strings, compared as text.
import { calendarDay } from '../time';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The longest range the overview shows: ten years of columns is already unreadable. */
export const MAX_MONTHS = 120;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function index(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function monthAt(at: number): string {
  const year = Math.floor(at / 12);
  return `${String(year).padStart(4, '0')}-${String((at % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const start = index(from);
  const end = index(to);
  const out: string[] = [];
  for (let at = start; at <= end; at += 1) out.push(monthAt(at));
  return out;
}

/** `month` moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  return monthAt(index(month) + delta);
}

/** The first and the day after the last day of a month range, for a `held_on` half-open filter. */
export function monthRangeDays(
  from: string,
  to: string,
): Readonly<{ first: string; after: string }> {
  return { first: `${from}-01`, after: `${addMonths(to, 1)}-01` };
}

/** The default range: the twelve months ending with the current month in `zone`. */
export function defaultMonthRange(
  nowMs: number,
  zone: string,
): Readonly<{ from: string; to: string }> {
  const to = calendarDay(nowMs, zone).slice(0, 7);
  return { from: addMonths(to, -11), to };
}

/** Counts per month laid on the range's columns (months without meetings show 0). */
export function bucketByMonth(
  months: readonly string[],
  counts: readonly Readonly<{ month: string; count: number }>[],
): number[] {
  const byMonth = new Map(counts.map((row) => [row.month, row.count]));
  return months.map((month) => byMonth.get(month) ?? 0);
}
