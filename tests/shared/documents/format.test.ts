import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDay,
  formatDuration,
  formatYuan,
  localDate,
} from '../../../shared/documents';
import { hanNumber, numbered } from '../../../shared/documents/format';
import { translator } from '../../../shared/i18n';

// Dates, times, durations and money as the documents print them, without the machine's clock.

const zh = translator('zh-CN');
const en = translator('en');

describe('document formats', () => {
  it('writes dates the GB/T 9704 way in Chinese and day-month-year in English', () => {
    expect(formatDay('2026-05-01', zh)).toBe('2026年5月1日');
    expect(formatDay('2026-12-31', translator('zh-TW'))).toBe('2026年12月31日');
    expect(formatDay('2026-05-01', en)).toBe('1 May 2026');
    expect(formatDay('soon', zh)).toBe('soon');
  });

  it("turns recorded instants into wall-clock time in the meeting's zone", () => {
    const ms = Date.parse('2026-04-18T16:30:00Z');
    expect(formatClock(ms, 'Asia/Shanghai')).toBe('00:30');
    expect(localDate(ms, 'Asia/Shanghai')).toBe('2026-04-19');
    expect(formatClock(ms, 'UTC')).toBe('16:30');
    expect(localDate(ms, 'UTC')).toBe('2026-04-18');
    expect(formatClock(ms, 'America/Los_Angeles')).toBe('09:30');
  });

  it('rounds durations to seconds', () => {
    expect(formatDuration(44_600, zh)).toBe('45秒');
    expect(formatDuration(185_000, zh)).toBe('3分05秒');
    expect(formatDuration(3_725_000, zh)).toBe('1小时02分');
    expect(formatDuration(185_000, en)).toBe('3 min 05 s');
  });

  it('prints fen as yuan with two decimals and separators, in integers', () => {
    expect(formatYuan(12_600_000, zh)).toBe('126,000.00元');
    expect(formatYuan(636_005, zh)).toBe('6,360.05元');
    expect(formatYuan(5, en)).toBe('0.05 yuan');
  });

  it('numbers sections with Han numerals in Chinese and digits in English', () => {
    expect([1, 10, 11, 20, 99].map(hanNumber)).toEqual(['一', '十', '十一', '二十', '九十九']);
    expect(numbered(zh, 'level1', 3, '决议')).toBe('三、决议');
    expect(numbered(zh, 'level2', 2, '按类别统计')).toBe('（二）按类别统计');
    expect(numbered(en, 'level1', 3, 'Resolutions')).toBe('3. Resolutions');
  });
});
