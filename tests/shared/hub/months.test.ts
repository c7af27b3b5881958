import { describe, expect, it } from 'vitest';
import {
  addMonths,
  bucketByMonth,
  defaultMonthRange,
  isMonth,
  monthRangeDays,
  monthsBetween,
} from '../../../shared/hub/months';

describe('hub month buckets', () => {
  it('lists every month of a range across a year end, both ends included', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });

  it('moves months and gives the half-open day range of a month range', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(monthRangeDays('2026-03', '2026-12')).toEqual({
      first: '2026-03-01',
      after: '2027-01-01',
    });
  });

  it('accepts only YYYY-MM', () => {
    expect(isMonth('2026-05')).toBe(true);
    for (const bad of ['2026-13', '2026-5', '2026-05-01', "2026-05' OR 1=1", '']) {
      expect(isMonth(bad)).toBe(false);
    }
  });

  it('the default range ends with the current month in the given zone, not the machine’s', () => {
    // 2026-12-31 17:30 UTC is 2027-01-01 01:30 in Shanghai (UTC+8), 23:30 on the 31st in Urumqi (UTC+6).
    const ms = Date.UTC(2026, 11, 31, 17, 30);
    expect(defaultMonthRange(ms, 'Asia/Shanghai')).toEqual({ from: '2026-02', to: '2027-01' });
    expect(defaultMonthRange(ms, 'Asia/Urumqi')).toEqual({ from: '2026-01', to: '2026-12' });
  });

  it('lays counts on the range’s columns, zero where no meeting was held', () => {
    expect(
      bucketByMonth(
        ['2026-03', '2026-04', '2026-05'],
        [
          { month: '2026-05', count: 2 },
          { month: '2026-03', count: 1 },
          { month: '2025-01', count: 9 },
        ],
      ),
    ).toEqual([1, 0, 2]);
  });
});
