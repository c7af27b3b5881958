import type { MeetingState, Speech } from '../state/types';

/** The speech in progress, if anyone holds the floor. */
export function currentSpeech(state: MeetingState): Speech | null {
  const floor = state.floor;
  if (floor === null) return null;
  return state.speeches[floor.itemId]?.find((s) => s.speechId === floor.speechId) ?? null;
}

/** Milliseconds spoken by `now` (or by the end), not counting pauses. Never negative. */
export function elapsedMs(speech: Speech, now: number): number {
  const end = speech.endedAt ?? now;
  let paused = 0;
  for (const p of speech.pauses) paused += Math.max(0, (p.to ?? end) - p.from);
  return Math.max(0, end - speech.startedAt - paused);
}

/** Spoken time of a finished speech; for a running one, as of its last recorded moment. */
export function durationMs(speech: Speech): number {
  return elapsedMs(speech, speech.endedAt ?? speech.startedAt);
}

/**
 * Time left on the speaking limit at `now`; negative is overrun. The UI passes its own clock so
 * the core never ticks. Null when the speech has no limit.
 */
export function remainingMs(speech: Speech, now: number): number | null {
  if (speech.limitMs === 0) return null;
  return speech.limitMs - elapsedMs(speech, now);
}

/** How far past its limit a speech ran (0 when within it or unlimited). */
export function overrunMs(speech: Speech, now: number): number {
  const left = remainingMs(speech, now);
  return left !== null && left < 0 ? -left : 0;
}

/** Whether the speech is paused right now. */
export function isPaused(speech: Speech): boolean {
  const last = speech.pauses[speech.pauses.length - 1];
  return last !== undefined && last.to === null;
}
