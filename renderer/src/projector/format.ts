/** Wall-clock time 'HH:MM' for the top bar, in the locale's own form. */
export function timeOfDay(now: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(now);
}
