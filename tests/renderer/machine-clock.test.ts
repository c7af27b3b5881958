import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarDay } from '../../shared/time';
import { machineTimeZone, today } from '../../renderer/src/chair/format';

// Issue 15: the create form on the first screen offers this computer's zone and today's date.
// Intl's first formatter costs the page 15-60 ms (ICU's locale data); where the browser has
// Temporal, both are read from its clock instead, with the same answers.
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function stubTemporal(zone: string, date: string) {
  const plainDateISO = vi.fn((timeZone: string) => {
    if (timeZone === 'Not/AZone') throw new RangeError('unknown zone');
    return { toString: () => date };
  });
  vi.stubGlobal('Temporal', { Now: { timeZoneId: () => zone, plainDateISO } });
  return plainDateISO;
}

describe('this computer’s clock on the first screen', () => {
  it('comes from Temporal when the browser has it, without building an Intl formatter', () => {
    const plainDateISO = stubTemporal('Asia/Shanghai', '2026-05-10');
    const formatter = vi.spyOn(Intl, 'DateTimeFormat');
    expect(machineTimeZone()).toBe('Asia/Shanghai');
    expect(today()).toBe('2026-05-10');
    expect(plainDateISO).toHaveBeenCalledWith('Asia/Shanghai');
    expect(formatter).not.toHaveBeenCalled();
  });

  it('offers the fallback zone when Temporal names an offset, not an IANA zone', () => {
    stubTemporal('+08:00', '2026-05-10');
    expect(machineTimeZone()).toBe('Asia/Shanghai');
  });

  it('lets Intl decide a zone Temporal refuses', () => {
    stubTemporal('UTC', '2026-05-10');
    expect(() => today('Not/AZone')).toThrow();
    expect(today('UTC')).toBe('2026-05-10');
  });

  it('reads Intl, as before, where there is no Temporal', () => {
    vi.stubGlobal('Temporal', undefined);
    expect(machineTimeZone()).toMatch(/^[A-Za-z]/);
    expect(today('Asia/Shanghai')).toBe(calendarDay(Date.now(), 'Asia/Shanghai'));
  });
});
