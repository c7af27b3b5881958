import type { Speech } from '../state/types';
import { elapsedMs, isPaused, remainingMs } from './speech';

/** The last this many ms of a limited speech show amber, on the chair's screen and the room's. */
export const WARN_MS = 30_000;

export type CountdownPhase = 'free' | 'normal' | 'warn' | 'overrun';

export type CountdownView = Readonly<{
  /** free: no limit (counts up); warn: the last WARN_MS; overrun: past the limit. */
  phase: CountdownPhase;
  /** Whole seconds on the clock face: left (rounded up), overrun or spoken (rounded down). */
  seconds: number;
  /** 'm:ss', with '+' before an overrun: what both screens print. */
  text: string;
  paused: boolean;
}>;

/**
 * The speaker's clock at `now`, from the recorded start and pauses. The chair console and the
 * projector both print this, so they never disagree by a second: a countdown rounds up (3:00 at
 * the start, 0:00 exactly at the limit), an overrun or a count-up rounds down.
 */
export function countdownView(speech: Speech, now: number): CountdownView {
  const left = remainingMs(speech, now);
  const paused = isPaused(speech);
  if (left === null) {
    const seconds = Math.floor(elapsedMs(speech, now) / 1000);
    return { phase: 'free', seconds, text: clock(seconds), paused };
  }
  if (left < 0) {
    const seconds = Math.floor(-left / 1000);
    return { phase: 'overrun', seconds, text: `+${clock(seconds)}`, paused };
  }
  const seconds = Math.ceil(left / 1000);
  return { phase: left <= WARN_MS ? 'warn' : 'normal', seconds, text: clock(seconds), paused };
}

function clock(total: number): string {
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
