import type { RulePreset } from './types';

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of dayNumber (parseDay), as 'YYYY-MM-DD'. */
export function dateOf(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return (
    dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayNumber(year, month, 1)
  );
}

/** Parses a calendar date 'YYYY-MM-DD' to its day number, or null if it is not a real date. */
export function parseDay(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

/** Saturday or Sunday; 1970-01-01 (day 0) was a Thursday. */
function isWeekend(days: number): boolean {
  const weekday = (((days + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/**
 * The posting period (公示期) of a notice posted on `postedOn`. Counting starts the day after
 * posting (民法典 art. 201): 7 calendar days from 2026-05-01 run 2026-05-02 to 2026-05-08.
 * Working days skip Saturdays and Sundays only: the app has no holiday calendar, so statutory
 * holidays and make-up working days (调休) are not known here and the chair must adjust around
 * them; for the same reason art. 203 (a period ending on a holiday runs to the next day) is not
 * applied. A working-day period starts on the first working day after posting.
 * Throws RangeError on a malformed date or fewer than 1 day: callers pass schema-checked values.
 */
export function postingPeriod(
  postedOn: string,
  posting: RulePreset['posting'],
): Readonly<{ from: string; to: string }> {
  const posted = parseDay(postedOn);
  if (posted === null) throw new RangeError(`postingPeriod: not a date: ${postedOn}`);
  if (!Number.isSafeInteger(posting.days) || posting.days < 1) {
    throw new RangeError(`postingPeriod: days must be a positive integer: ${posting.days}`);
  }
  if (posting.counting === 'calendar') {
    return { from: dateOf(posted + 1), to: dateOf(posted + posting.days) };
  }
  let day = posted + 1;
  while (isWeekend(day)) day += 1;
  const from = day;
  // Whole weeks first, so a long period does not walk day by day.
  const weeks = Math.floor((posting.days - 1) / 5);
  day += weeks * 7;
  let left = posting.days - 1 - weeks * 5;
  while (left > 0) {
    day += 1;
    if (!isWeekend(day)) left -= 1;
  }
  return { from: dateOf(from), to: dateOf(day) };
}
