/** 'm:ss' for a countdown; negative values (overrun) get a leading '+', as the room reads them. */
export function clockText(ms: number): string {
  const overrun = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000) + (overrun ? 0 : Math.abs(ms) % 1000 > 0 ? 1 : 0);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${overrun ? '+' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Wall-clock time 'HH:MM' for the top bar, in the locale's own form. */
export function timeOfDay(now: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(now);
}
