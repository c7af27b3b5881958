import { useTranslation } from 'react-i18next';
import { localDate } from '../../../shared/documents/format';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/i18n';

/** The chair's language, as the catalogue knows it. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Today as 'YYYY-MM-DD' on this computer's calendar: the default of every date the chair types. */
export function today(): string {
  return localDate(Date.now(), -new Date().getTimezoneOffset());
}

export type Formatters = Readonly<{
  locale: Locale;
  /** Clock time of an epoch ms, e.g. 19:32. */
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

/** One set of formatters per locale for the whole window: Intl constructors are slow to build. */
const cache = new Map<string, Formatters>();

function formattersFor(locale: Formatters['locale']): Formatters {
  const held = cache.get(locale);
  if (held) return held;
  // Built on first use, not at start: the first Intl formatter of a locale loads its data.
  let timeFormat: Intl.DateTimeFormat | undefined;
  let dateFormat: Intl.DateTimeFormat | undefined;
  let numberFormat: Intl.NumberFormat | undefined;
  const made: Formatters = {
    locale,
    time: (ms) => {
      timeFormat ??= new Intl.DateTimeFormat(locale, {
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      });
      return timeFormat.format(new Date(ms));
    },
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
  cache.set(locale, made);
  return made;
}

/** Dates, times and numbers written the way the chair's locale writes them. */
export function useFormat(): Formatters {
  return formattersFor(useLocale());
}
