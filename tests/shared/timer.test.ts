import { describe, expect, it } from 'vitest';
import {
  currentSpeech,
  durationMs,
  elapsedMs,
  isPaused,
  MAX_SPEECH_LIMIT_SEC,
  overrunMs,
  remainingMs,
  toProjectorView,
} from './imports';
import { onFloor } from './helpers';

describe('speech timer', () => {
  it('takes a limit up to MAX_SPEECH_LIMIT_SEC (two hours) and refuses one beyond it', () => {
    expect(MAX_SPEECH_LIMIT_SEC).toBe(2 * 60 * 60);
    const sim = onFloor(2, 2);
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1', limitSec: 120 });
    sim.do({ type: 'speech/setLimit', limitSec: MAX_SPEECH_LIMIT_SEC });
    expect(currentSpeech(sim.state)?.limitMs).toBe(MAX_SPEECH_LIMIT_SEC * 1000);
    expect(sim.reject({ type: 'speech/setLimit', limitSec: MAX_SPEECH_LIMIT_SEC + 1 }).code).toBe(
      'command.malformed',
    );
  });

  it('computes the remaining time from recorded times and the caller’s clock, without ticking', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1', limitSec: 120 });
    const start = sim.now;
    const speech = currentSpeech(sim.state);
    if (!speech) throw new Error('no speech');
    expect(remainingMs(speech, start)).toBe(120_000);
    expect(remainingMs(speech, start + 30_000)).toBe(90_000);
    expect(remainingMs(speech, start + 150_000)).toBe(-30_000);
    expect(overrunMs(speech, start + 150_000)).toBe(30_000);
    expect(overrunMs(speech, start + 10_000)).toBe(0);
  });

  it('pauses and resumes: paused time does not count', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1' });
    const start = sim.now;
    sim.do({ type: 'speech/pause' }, 20_000);
    expect(sim.reject({ type: 'speech/pause' }).code).toBe('speech.alreadyPaused');
    let speech = currentSpeech(sim.state);
    if (!speech) throw new Error('no speech');
    expect(isPaused(speech)).toBe(true);
    expect(elapsedMs(speech, start + 500_000)).toBe(20_000); // frozen while paused
    sim.do({ type: 'speech/resume' }, 60_000);
    expect(sim.reject({ type: 'speech/resume' }).code).toBe('speech.notPaused');
    sim.do({ type: 'speech/end' }, 10_000);
    speech = sim.state.speeches.i1?.[0] ?? null;
    if (!speech) throw new Error('no speech');
    expect(speech.pauses).toEqual([{ from: start + 20_000, to: start + 80_000 }]);
    expect(durationMs(speech)).toBe(30_000);
    expect(speech.endedAt).toBe(start + 90_000);
  });

  it('ending a paused speech closes the pause', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1' });
    sim.do({ type: 'speech/pause' }, 10_000).do({ type: 'speech/end' }, 5_000);
    const speech = sim.state.speeches.i1?.[0];
    expect(speech?.pauses[0]?.to).toBe(sim.now);
    expect(speech && durationMs(speech)).toBe(10_000);
  });

  it('records overrun, a changed limit and unlimited speeches', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1', limitSec: 60 });
    sim.do({ type: 'speech/setLimit', limitSec: 90 }, 30_000);
    sim.do({ type: 'speech/end' }, 70_000);
    const s1 = sim.state.speeches.i1?.[0];
    if (!s1) throw new Error('no speech');
    expect(s1.limitMs).toBe(90_000);
    expect(overrunMs(s1, sim.now + 999_999)).toBe(10_000); // a finished speech stops counting
    sim.do({ type: 'speech/start', speechId: 's2', memberId: 'r2', limitSec: 0 });
    const s2 = currentSpeech(sim.state);
    expect(s2 && remainingMs(s2, sim.now + 1e6)).toBeNull();
  });

  it('refuses timer commands when nobody speaks', () => {
    const sim = onFloor(2, 2);
    for (const type of ['speech/pause', 'speech/resume', 'speech/end'] as const) {
      expect(sim.reject({ type }).code).toBe('speech.noneRunning');
    }
    expect(sim.reject({ type: 'speech/setLimit', limitSec: 10 }).code).toBe('speech.noneRunning');
  });

  it('gives the projector what it needs to count down itself', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1', limitSec: 180 });
    const view = toProjectorView(sim.state);
    expect(view.speech && remainingMs(view.speech, sim.now + 60_000)).toBe(120_000);
  });
});
