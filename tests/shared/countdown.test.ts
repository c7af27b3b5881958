import { describe, expect, it } from 'vitest';
import { countdownView, WARN_MS, type Speech } from '../../shared/domain';

const speech = (over: Partial<Speech> = {}): Speech =>
  ({
    speechId: 's1',
    memberId: 'm1',
    pointOfOrder: false,
    startedAt: 1_000_000,
    endedAt: null,
    limitMs: 180_000,
    pauses: [],
    ...over,
  }) as Speech;

describe('countdownView: the one clock the chair and the projector print', () => {
  it('starts at the full limit and rounds a countdown up, never showing 2:59 at the start', () => {
    expect(countdownView(speech(), 1_000_000).text).toBe('3:00');
    expect(countdownView(speech(), 1_000_400).text).toBe('3:00');
    expect(countdownView(speech(), 1_001_000).text).toBe('2:59');
  });

  it('turns amber for the last 30 seconds and red with a plus past the limit', () => {
    const start = 1_000_000;
    expect(countdownView(speech(), start + 180_000 - WARN_MS - 1).phase).toBe('normal');
    expect(countdownView(speech(), start + 180_000 - WARN_MS).phase).toBe('warn');
    expect(countdownView(speech(), start + 180_000).text).toBe('0:00');
    const over = countdownView(speech(), start + 180_000 + 29_900);
    expect(over).toMatchObject({ phase: 'overrun', text: '+0:29', seconds: 29 });
  });

  it('counts up without a limit and stands still while paused', () => {
    expect(countdownView(speech({ limitMs: 0 }), 1_065_500)).toMatchObject({
      phase: 'free',
      text: '1:05',
    });
    const paused = speech({ pauses: [{ from: 1_010_000, to: null }] });
    expect(countdownView(paused, 1_500_000)).toMatchObject({ text: '2:50', paused: true });
    expect(countdownView(paused, 1_010_000).text).toBe('2:50');
  });
});
