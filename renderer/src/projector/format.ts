import { clockTime, FALLBACK_TIME_ZONE } from '../../../shared/time';

/**
 * Wall-clock time 'HH:MM' for the top bar on the meeting's clock (its recorded zone), so the
 * projector shows the room's time even when the laptop is set to another zone.
 */
export function timeOfDay(now: number, timeZone: string | undefined): string {
  return clockTime(now, timeZone ?? FALLBACK_TIME_ZONE);
}
