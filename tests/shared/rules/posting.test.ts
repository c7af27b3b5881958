import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { postingPeriod } from '../../../shared/domain/rules';

const calendar = (days: number) => ({ days, counting: 'calendar' }) as const;
const working = (days: number) => ({ days, counting: 'workingDays' }) as const;

describe('postingPeriod, calendar days', () => {
  it.each([
    ['2026-05-01', 7, '2026-05-02', '2026-05-08'], // RULES.md: from 1 May, ends 8 May
    ['2026-05-01', 5, '2026-05-02', '2026-05-06'],
    ['2026-01-28', 7, '2026-01-29', '2026-02-04'], // month end
    ['2026-02-25', 7, '2026-02-26', '2026-03-04'], // February, common year
    ['2028-02-25', 7, '2028-02-26', '2028-03-03'], // February, leap year
    ['2026-12-28', 7, '2026-12-29', '2027-01-04'], // year end
    ['2026-12-31', 1, '2027-01-01', '2027-01-01'],
    ['2100-02-27', 3, '2100-02-28', '2100-03-02'], // 2100 is not a leap year
    ['2000-02-27', 3, '2000-02-28', '2000-03-01'], // 2000 is
  ])('posted %s for %i days: %s to %s', (postedOn, days, from, to) => {
    expect(postingPeriod(postedOn, calendar(days))).toEqual({ from, to });
  });
});

describe('postingPeriod, working days (Saturdays and Sundays skipped, no holiday calendar)', () => {
  it.each([
    ['2026-05-01', 7, '2026-05-04', '2026-05-12'], // posted Friday: starts Monday, skips a weekend
    ['2026-05-06', 5, '2026-05-07', '2026-05-13'], // Wednesday: Thu, Fri, Mon, Tue, Wed
    ['2026-05-02', 5, '2026-05-04', '2026-05-08'], // posted Saturday
    ['2026-05-03', 5, '2026-05-04', '2026-05-08'], // posted Sunday
    ['2026-05-04', 1, '2026-05-05', '2026-05-05'],
    ['2026-05-08', 1, '2026-05-11', '2026-05-11'],
    ['2026-12-30', 7, '2026-12-31', '2027-01-08'], // across the year end
    ['2026-01-29', 10, '2026-01-30', '2026-02-12'], // across a month end, two weekends
  ])('posted %s for %i working days: %s to %s', (postedOn, days, from, to) => {
    expect(postingPeriod(postedOn, working(days))).toEqual({ from, to });
  });
});

describe('postingPeriod, bad input', () => {
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-5-1', 'yesterday', ''])(
    'refuses %j',
    (date) => {
      expect(() => postingPeriod(date, calendar(7))).toThrow(RangeError);
    },
  );

  it('refuses fewer than one day', () => {
    expect(() => postingPeriod('2026-05-01', calendar(0))).toThrow(RangeError);
    expect(() => postingPeriod('2026-05-01', working(2.5))).toThrow(RangeError);
  });
});

describe('postingPeriod properties (checked against Date.UTC, which the tests may use)', () => {
  const DAY = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const postedOn = fc
    .integer({ min: Date.UTC(1901, 0, 1) / DAY, max: Date.UTC(2199, 0, 1) / DAY })
    .map((d) => d * DAY);

  it('calendar: from is the next day, to is days later', () => {
    fc.assert(
      fc.property(postedOn, fc.integer({ min: 1, max: 365 }), (ms, days) => {
        expect(postingPeriod(iso(ms), calendar(days))).toEqual({
          from: iso(ms + DAY),
          to: iso(ms + days * DAY),
        });
      }),
    );
  });

  it('working days: starts on the first weekday after posting and spans exactly that many weekdays', () => {
    fc.assert(
      fc.property(postedOn, fc.integer({ min: 1, max: 60 }), (ms, days) => {
        const weekday = (t: number) => new Date(t).getUTCDay() % 6 !== 0;
        let from = ms + DAY;
        while (!weekday(from)) from += DAY;
        let to = from;
        let counted = 1;
        while (counted < days) {
          to += DAY;
          if (weekday(to)) counted += 1;
        }
        expect(postingPeriod(iso(ms), working(days))).toEqual({ from: iso(from), to: iso(to) });
      }),
    );
  });
});
