import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/i18n';
import {
  calendarDay,
  canonicalTimeZone,
  clockTime,
  FALLBACK_TIME_ZONE,
} from '../../../shared/time';
import { useAppStore } from '../store/context';

/** The chair's language, as the catalogue knows it. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

type TemporalNow = Readonly<{
  timeZoneId(): string;
  plainDateISO(timeZone: string): { toString(): string };
}>;

/**
 * Temporal's clock where the browser has one. It reads this computer's zone and today's date
 * without building an Intl formatter: the first formatter of a page loads ICU's locale data, 15 to
 * 60 ms of the first screen (the create form asks for both). Elsewhere Intl answers, as before.
 */
function temporalNow(): TemporalNow | undefined {
  return (globalThis as { Temporal?: { Now?: TemporalNow } }).Temporal?.Now;
}

/**
 * This computer's IANA zone: only the default offered for a new meeting's zone, and the calendar
 * of dates typed before there is a meeting (a topic raised). Everything else reads the meeting's.
 */
export function machineTimeZone(): string {
  const named = temporalNow()?.timeZoneId();
  // Temporal names the zone as Intl does; an offset ('+08:00') is no IANA name.
  if (named !== undefined) return /^[A-Za-z]/.test(named) ? named : FALLBACK_TIME_ZONE;
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return canonicalTimeZone(zone) ?? FALLBACK_TIME_ZONE;
}

/** Today 'YYYY-MM-DD' in a zone (the meeting's; this computer's when there is none). */
export function today(timeZone: string = machineTimeZone()): string {
  const now = temporalNow();
  if (now) {
    try {
      return now.plainDateISO(timeZone).toString();
    } catch {
      // A zone name Temporal refuses: Intl's calendar decides, as without Temporal.
    }
  }
  return calendarDay(Date.now(), timeZone);
}

/** The open meeting's zone in the console; the fallback before one is open. */
export function useMeetingTimeZone(): string {
  return useAppStore((store) => store.snapshot?.state.meeting?.timeZone) ?? FALLBACK_TIME_ZONE;
}

export type Formatters = Readonly<{
  locale: Locale;
  /** Clock time of an epoch ms on the meeting's clock, e.g. 19:32. */
  time(ms: number): string;
  /** A calendar date 'YYYY-MM-DD' written for the locale, e.g. 2026年5月10日. */
  date(isoDate: string): string;
  number(n: number): string;
  /** A duration as m:ss (h:mm:ss past an hour); negative values read as their size. */
  duration(ms: number): string;
}>;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** One set of formatters per locale and zone: Intl constructors are slow to build. */
const cache = new Map<string, Formatters>();

function formattersFor(locale: Formatters['locale'], timeZone: string): Formatters {
  const key = `${locale} ${timeZone}`;
  const held = cache.get(key);
  if (held) return held;
  // Built on first use, not at start: the first Intl formatter of a locale loads its data.
  let dateFormat: Intl.DateTimeFormat | undefined;
  let numberFormat: Intl.NumberFormat | undefined;
  const made: Formatters = {
    locale,
    time: (ms) => clockTime(ms, timeZone),
    date: (isoDate) => {
      const parsed = Date.parse(`${isoDate}T00:00:00Z`);
      if (Number.isNaN(parsed)) return isoDate;
      dateFormat ??= new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      });
      return dateFormat.format(new Date(parsed));
    },
    number: (n) => {
      numberFormat ??= new Intl.NumberFormat(locale);
      return numberFormat.format(n);
    },
    duration: (ms) => {
      const total = Math.floor(Math.abs(ms) / 1000);
      const h = Math.floor(total / 3600);
      const m = Math.floor((total % 3600) / 60);
      const s = total % 60;
      return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
    },
  };
  cache.set(key, made);
  return made;
}

/** Dates, times and numbers the way the chair's locale writes them; times on the meeting's clock. */
export function useFormat(): Formatters {
  return formattersFor(useLocale(), useMeetingTimeZone());
}
