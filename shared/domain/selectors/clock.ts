import { calendarDay, clockTime, FALLBACK_TIME_ZONE } from '../../time';
import type { MeetingState } from '../state/types';

// The meeting's clock for its readers (console, projector, exports): shared/time in the meeting's
// recorded zone, so no reader falls back on the zone of the machine it runs on.

/** The meeting's IANA zone; the fallback before a meeting exists. */
export function meetingTimeZone(state: Pick<MeetingState, 'meeting'>): string {
  return state.meeting?.timeZone ?? FALLBACK_TIME_ZONE;
}

/** Today 'YYYY-MM-DD' on the meeting's calendar, `now` from the caller's clock. */
export function meetingToday(state: Pick<MeetingState, 'meeting'>, now: number): string {
  return calendarDay(now, meetingTimeZone(state));
}

/** 'HH:MM' of an instant on the meeting's clock. */
export function meetingClock(state: Pick<MeetingState, 'meeting'>, ms: number): string {
  return clockTime(ms, meetingTimeZone(state));
}
