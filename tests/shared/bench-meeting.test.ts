import { describe, expect, it } from 'vitest';
import { generateMeeting } from '../bench/generate-meeting';
import { summarize } from './imports';

describe('the benchmark meeting', () => {
  it('is the size the benchmark claims: 4 hours, 200 members, 40 items, 600 speeches, 40 votes', () => {
    const { state, end } = generateMeeting(42);
    const s = summarize(state);
    expect(state.memberOrder).toHaveLength(200);
    expect(s.items).toHaveLength(40);
    expect(s.speeches).toHaveLength(600);
    expect(s.votes).toHaveLength(40);
    expect(end - (state.meeting?.openedAt ?? end)).toBeGreaterThanOrEqual(4 * 3600_000);
  });
});
