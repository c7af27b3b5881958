import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  canonicalTimeZone,
  clockTime,
  isTimeZone,
  utcOffsetMinutes,
  wallClock,
  zoneOfIsoTime,
  zoneOfOffset,
} from '../../../shared/time';

const at = (iso: string): number => Date.parse(iso);

describe('the meeting clock', () => {
  it('prints a meeting at 09:42 in Shanghai as 09:42, whatever zone runs the test', () => {
    const t = at('2026-04-18T09:42:00+08:00');
    expect(clockTime(t, 'Asia/Shanghai')).toBe('09:42');
    expect(calendarDay(t, 'Asia/Shanghai')).toBe('2026-04-18');
    expect(clockTime(t, 'UTC')).toBe('01:42');
  });

  it('follows daylight saving: Los Angeles is -7 h in April and -8 h in December', () => {
    const april = at('2026-04-18T16:42:00Z');
    const december = at('2026-12-05T17:42:00Z');
    expect(clockTime(april, 'America/Los_Angeles')).toBe('09:42');
    expect(clockTime(december, 'America/Los_Angeles')).toBe('09:42');
    expect(utcOffsetMinutes(april, 'America/Los_Angeles')).toBe(-420);
    expect(utcOffsetMinutes(december, 'America/Los_Angeles')).toBe(-480);
    expect(utcOffsetMinutes(april, 'Asia/Shanghai')).toBe(480);
  });

  it('crosses the switch to summer time: 01:59 then 03:00 in Los Angeles', () => {
    const before = at('2026-03-08T09:59:00Z');
    expect(clockTime(before, 'America/Los_Angeles')).toBe('01:59');
    expect(clockTime(before + 60_000, 'America/Los_Angeles')).toBe('03:00');
  });

  it('keeps the hour 00 after midnight, never 24', () => {
    expect(wallClock(at('2026-05-10T16:00:30Z'), 'Asia/Shanghai')).toEqual({
      year: 2026,
      month: 5,
      day: 11,
      hour: 0,
      minute: 0,
      second: 30,
    });
  });

  it('puts one instant on different days either side of the date line', () => {
    const t = at('2026-04-18T11:30:00Z');
    expect(calendarDay(t, 'Pacific/Kiritimati')).toBe('2026-04-19');
    expect(calendarDay(t, 'Pacific/Pago_Pago')).toBe('2026-04-18');
    // Samoa moved across the date line: 29 December 2011 was followed by 31 December.
    const lastMinute = at('2011-12-29T23:59:00-10:00');
    expect(calendarDay(lastMinute, 'Pacific/Apia')).toBe('2011-12-29');
    expect(calendarDay(lastMinute + 60_000, 'Pacific/Apia')).toBe('2011-12-31');
  });

  it("gives 'today' on the meeting's calendar, not the caller's", () => {
    const now = at('2026-04-18T16:30:00Z');
    expect(calendarDay(now, 'Asia/Shanghai')).toBe('2026-04-19');
    expect(calendarDay(now, 'UTC')).toBe('2026-04-18');
    expect(calendarDay(now, 'America/Los_Angeles')).toBe('2026-04-18');
  });

  it('knows IANA names and refuses offsets and nonsense', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(canonicalTimeZone('asia/shanghai')).toBe('Asia/Shanghai');
    for (const bad of ['', '+08:00', 'Mars/Olympus', 'Asia/Shanghai ', '../etc', 'x'.repeat(100)]) {
      expect(isTimeZone(bad), bad).toBe(false);
    }
  });

  it("derives a script's zone from the offset of its times", () => {
    expect(zoneOfIsoTime('2026-05-10T19:30:00+08:00')).toBe('Asia/Shanghai');
    expect(zoneOfIsoTime('2026-05-10T19:30:00Z')).toBe('UTC');
    expect(zoneOfIsoTime('2026-05-10T19:30:00-05:00')).toBe('Etc/GMT+5');
    expect(zoneOfIsoTime('2026-05-10T19:30:00+05:30')).toBe(canonicalTimeZone('Asia/Kolkata'));
    expect(zoneOfIsoTime('2026-05-10T19:30:00')).toBeNull();
    expect(zoneOfOffset(17)).toBeNull();
    const t = at('2026-05-10T19:30:00-05:00');
    expect(clockTime(t, zoneOfOffset(-300) ?? '')).toBe('19:30');
  });
});
