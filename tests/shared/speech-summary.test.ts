import { describe, expect, it } from 'vitest';
import { eventSchema, MAX_SUMMARY_CHARS, replay, toProjectorView } from './imports';
import { onFloor } from './helpers';

// A summary per speech (issue 14): the recorder writes it while the speech runs or afterwards,
// also after 散会, and may take it back with undo; the projector never shows it.

const summaryOf = (sim: ReturnType<typeof onFloor>, speechId: string) =>
  Object.values(sim.state.speeches)
    .flat()
    .find((s) => s.speechId === speechId)?.summary;

function twoSpeeches() {
  const sim = onFloor(3, 3);
  sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1' });
  sim.do({ type: 'speech/start', speechId: 's2', memberId: 'r2' }, 60_000);
  return sim;
}

describe('speech/setSummary', () => {
  it('keeps a summary on a finished speech and on the one on the floor', () => {
    const sim = twoSpeeches();
    sim.do({
      type: 'speech/setSummary',
      speechId: 's1',
      text: '赞成加装电梯，建议低层住户少出资。',
    });
    sim.do({ type: 'speech/setSummary', speechId: 's2', text: '担心噪声' });
    expect(summaryOf(sim, 's1')).toBe('赞成加装电梯，建议低层住户少出资。');
    expect(summaryOf(sim, 's2')).toBe('担心噪声');
    // The speech itself is unchanged: the floor, its times and its speaker.
    expect(sim.state.floor?.speechId).toBe('s2');
    expect(sim.state.speeches.i1?.[0]).toMatchObject({
      memberId: 'r1',
      endedAt: expect.any(Number),
    });
  });

  it('is allowed after 散会 and undone one step at a time', () => {
    const sim = twoSpeeches();
    sim.do({ type: 'speech/setSummary', speechId: 's1', text: '初稿' });
    sim.do({ type: 'meeting/close' });
    sim.do({ type: 'speech/setSummary', speechId: 's1', text: '会后整理的摘要' });
    expect(summaryOf(sim, 's1')).toBe('会后整理的摘要');
    sim.do({ type: 'history/undo' });
    expect(summaryOf(sim, 's1')).toBe('初稿');
    // 散会 is final: the summary written before it cannot be undone past it.
    expect(sim.reject({ type: 'history/undo' }).code).toBe('history.nothingToUndo');
  });

  it('refuses an unknown speech, an over-long text and control characters, changing nothing', () => {
    const sim = twoSpeeches();
    expect(sim.reject({ type: 'speech/setSummary', speechId: 'nope', text: 'x' })).toMatchObject({
      code: 'speech.unknown',
      params: { speechId: 'nope' },
    });
    const long = '长'.repeat(MAX_SUMMARY_CHARS + 1);
    expect(sim.reject({ type: 'speech/setSummary', speechId: 's1', text: long }).code).toMatch(
      /^command\./,
    );
    expect(sim.reject({ type: 'speech/setSummary', speechId: 's1', text: 'a\u0007b' }).code).toBe(
      'command.controlCharacter',
    );
    sim.do({ type: 'speech/setSummary', speechId: 's1', text: '长'.repeat(MAX_SUMMARY_CHARS) });
    expect(summaryOf(sim, 's1')).toHaveLength(MAX_SUMMARY_CHARS);
  });

  it('replays from the journal, and a journal written before summaries still replays', () => {
    const sim = twoSpeeches();
    sim.do({ type: 'speech/setSummary', speechId: 's1', text: '摘要' });
    const events = sim.events.map((e) => eventSchema.parse(JSON.parse(JSON.stringify(e))));
    expect(replay(sim.state.meetingId, events)).toEqual(sim.state);
    const older = events.filter((e) => e.type !== 'speech/summarySet');
    const state = replay(sim.state.meetingId, older);
    expect(state.speeches.i1?.[0]?.summary).toBeUndefined();
  });

  it('never reaches the projector', () => {
    const sim = twoSpeeches();
    sim.do({ type: 'speech/setSummary', speechId: 's2', text: '仅供记录的摘要' });
    const view = toProjectorView(sim.state);
    expect(view.speech?.speechId).toBe('s2');
    expect(JSON.stringify(view)).not.toContain('仅供记录');
  });
});
