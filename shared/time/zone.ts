// The meeting's own clock. Every time of day and every calendar date that a person reads (minutes,
// sign-in sheets, notices, the console, the projector, the follow-up board, the command line) is
// an epoch-ms instant turned into wall-clock fields in the meeting's IANA time zone here, and
// nowhere else: never the zone of the machine that happens to show or export it, and never a
// fixed offset (a fixed offset prints an April meeting in Los Angeles an hour off, because the
// zone's offset changes with daylight saving). Pure: the zone data comes from Intl (ICU), the
// instant from the caller; nothing reads the clock.

/**
 * The zone of a meeting that recorded none: meetings stored before zones were recorded, and
 * scripts whose times are bare epoch milliseconds. Their events hold only epoch ms, so there is
 * no offset to recover; they were held in China, where documents were printed at +08:00.
 */
export const FALLBACK_TIME_ZONE = 'Asia/Shanghai';

/** Wall-clock fields of an instant in a zone; month 1–12, hour 0–23. */
export type WallClock = Readonly<{
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}>;

// Intl formatters are slow to build and fast to use: one per zone for the life of the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let held = formatters.get(zone);
  if (!held) {
    held = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, held);
  }
  return held;
}

/** The wall clock of `ms` in `zone` (an IANA name; see isTimeZone). */
export function wallClock(ms: number, zone: string): WallClock {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(zone).formatToParts(ms)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  return fields;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 'HH:MM' (24-hour) of an instant on the zone's clock. */
export function clockTime(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** 'HH:MM:SS' of an instant on the zone's clock. */
export function clockTimeWithSeconds(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  return `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/**
 * The calendar date 'YYYY-MM-DD' of an instant in the zone. "Today" is `calendarDay(now, zone)`
 * with the caller's clock: the date on the meeting room's wall, not on the exporting machine.
 */
export function calendarDay(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  return `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
}

/** The zone's offset from UTC at that instant, in minutes east (+480 in Shanghai). */
export function utcOffsetMinutes(ms: number, zone: string): number {
  const w = wallClock(ms, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

// An IANA name: 'Asia/Shanghai', 'America/Argentina/Buenos_Aires', 'Etc/GMT-8', 'UTC'. Newer
// engines also take '+08:00' as a zone; that is an offset, not a place, and is refused here.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** The zone's canonical spelling as Intl knows it ('asia/shanghai' → 'Asia/Shanghai'), or null. */
export function canonicalTimeZone(name: string): string | null {
  if (name.length > 64 || !IANA_NAME.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Whether `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

// Offsets that are not whole hours have no Etc/ zone; each goes to the place that keeps it.
const ODD_OFFSETS: Readonly<Record<number, string>> = {
  [-570]: 'Pacific/Marquesas',
  [-210]: 'America/St_Johns',
  [210]: 'Asia/Tehran',
  [270]: 'Asia/Kabul',
  [330]: 'Asia/Kolkata',
  [345]: 'Asia/Kathmandu',
  [390]: 'Asia/Yangon',
  [525]: 'Australia/Eucla',
  [570]: 'Australia/Darwin',
  [630]: 'Australia/Lord_Howe',
  [765]: 'Pacific/Chatham',
};

/**
 * A zone for a script that gave its times with an offset but named no zone. +08:00 is China's
 * (Asia/Shanghai); another whole-hour offset becomes the fixed zone Etc/GMT∓N (POSIX sign:
 * Etc/GMT-5 is five hours east), which keeps exactly the offset the script wrote.
 */
export function zoneOfOffset(offsetMinutes: number): string | null {
  if (offsetMinutes === 480) return FALLBACK_TIME_ZONE;
  if (offsetMinutes === 0) return 'UTC';
  if (offsetMinutes % 60 !== 0) return ODD_OFFSETS[offsetMinutes] ?? null;
  const hours = offsetMinutes / 60;
  if (hours < -12 || hours > 14) return null;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/** The zone an ISO 8601 date-time's offset implies ('…+08:00' → Asia/Shanghai, '…Z' → UTC). */
export function zoneOfIsoTime(iso: string): string | null {
  if (/[Zz]$/.test(iso)) return 'UTC';
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  const offset = match[1] === '-' ? -minutes : minutes;
  const zone = zoneOfOffset(offset);
  return zone && canonicalTimeZone(zone);
}
