import type { Translate } from '../i18n';
import { calendarDay, clockTime } from '../time';

// Words for numbers, dates and times on printed documents. Pure: every time is an epoch-ms value
// recorded on an event, read on the meeting's own clock (its IANA zone, shared/time), never with
// the clock or the time zone of the machine that happens to export the PDF.

const pad = (n: number): string => String(n).padStart(2, '0');

/** '09:05' on the meeting's clock. */
export function formatClock(ms: number, timeZone: string): string {
  return clockTime(ms, timeZone);
}

/** The calendar date 'YYYY-MM-DD' of an instant on the meeting's calendar. */
export function localDate(ms: number, timeZone: string): string {
  return calendarDay(ms, timeZone);
}

/**
 * A calendar date 'YYYY-MM-DD' as documents write it: '2026年5月1日' (GB/T 9704: Arabic numerals,
 * no leading zeros) or '1 May 2026'. Anything else is printed as given rather than guessed at.
 */
export function formatDay(date: string, t: Translate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return date;
  return t('documents:date.day', {
    year,
    month,
    day,
    monthName: t(`documents:date.month.m${month}`),
  });
}

/** A date and a time of day on the meeting's clock: '2026年5月1日 09:05'. */
export function formatDayTime(ms: number, timeZone: string, t: Translate): string {
  return t('documents:date.at', {
    date: formatDay(localDate(ms, timeZone), t),
    time: formatClock(ms, timeZone),
  });
}

/** A duration rounded to whole seconds: '45秒', '3分05秒', '1小时02分'. */
export function formatDuration(ms: number, t: Translate): string {
  const total = Math.max(0, Math.round(ms / 1000));
  if (total < 60) return t('documents:duration.sec', { sec: total });
  if (total < 3600) {
    return t('documents:duration.minSec', { min: Math.floor(total / 60), sec: pad(total % 60) });
  }
  const minutes = Math.round(total / 60);
  return t('documents:duration.hourMin', {
    hours: Math.floor(minutes / 60),
    min: pad(minutes % 60),
  });
}

/** An amount in fen as yuan with two decimals and thousands separators: 12600000 → '126,000.00元'. */
export function formatYuan(fen: number, t: Translate): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const amount = `${negative ? '-' : ''}${yuan}.${pad(abs % 100)}`;
  return t('documents:money.yuan', { amount });
}

/** A per-mille share as a percentage with one decimal: 875 → '87.5%'. */
export function formatPermille(permille: number, t: Translate): string {
  return t('rules:percent.value', { value: `${Math.floor(permille / 10)}.${permille % 10}` });
}

const HAN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Han numerals 1–99 for section numbers (一、二、…十一、); larger numbers stay Arabic. */
export function hanNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const units = HAN[n % 10] ?? '';
  if (tens === 0) return units;
  return `${tens === 1 ? '' : (HAN[tens] ?? '')}十${units}`;
}

/** A numbered heading or list entry in the locale's style: '二、议题' / '2. Agenda items'. */
export function numbered(
  t: Translate,
  style: 'level1' | 'level2' | 'item',
  n: number,
  text: string,
): string {
  return t(`documents:numbering.${style}`, { han: hanNumber(n), num: n, text });
}

/** Names joined the locale's way: '张三、李四' / 'Zhang San, Li Si'; '无' / 'none' when empty. */
export function joinList(items: readonly string[], t: Translate): string {
  return items.length > 0 ? items.join(t('documents:list')) : t('documents:none');
}

/** A head count: '37人' / '37'. */
export function people(count: number, t: Translate): string {
  return t('documents:people', { count });
}
