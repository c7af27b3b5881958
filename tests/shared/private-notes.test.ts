import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../shared/documents';
import { modelText } from './documents/helpers';
import { replay, toProjectorView } from './imports';
import { council } from './helpers';

// The chair keeps two kinds of note: for the minutes (printed) and a private memo (never printed,
// never shown to the room). A journal written before private notes existed keeps its notes as
// notes for the minutes.

const MEMO = '王阿姨情绪激动，会后单独上门沟通';
const FOR_MINUTES = '物业承诺下周一前提交维修报价';

function meetingWithNotes() {
  const sim = council(2);
  sim.do({ type: 'agenda/addItem', itemId: 'i1', title: '单元门禁维修' });
  sim.do({ type: 'notes/set', itemId: 'i1', text: FOR_MINUTES });
  sim.do({ type: 'notes/set', itemId: 'i1', text: MEMO, private: true });
  sim.do({ type: 'notes/set', text: '会议整体备忘：下次提前通知', private: true });
  return sim;
}

describe('private chair notes', () => {
  it('are kept apart from the notes for the minutes', () => {
    const sim = meetingWithNotes();
    expect(sim.state.items.i1?.chairNote).toBe(FOR_MINUTES);
    expect(sim.state.privateNotes.items.i1).toBe(MEMO);
    expect(sim.state.privateNotes.meeting).toBe('会议整体备忘：下次提前通知');
    expect(sim.state.chairNote).toBe('');
  });

  it('are never printed in the minutes nor sent to the projector', () => {
    const sim = meetingWithNotes();
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const text = modelText(buildMinutes(sim.state, { locale }));
      expect(text).toContain(FOR_MINUTES);
      expect(text).not.toContain(MEMO);
      expect(text).not.toContain('下次提前通知');
    }
    const view = JSON.stringify(toProjectorView(sim.state));
    expect(view).not.toContain(MEMO);
    expect(view).not.toContain(FOR_MINUTES);
  });

  it('replay the same, and an older journal’s notes (no private flag) stay notes for the minutes', () => {
    const sim = meetingWithNotes();
    expect(replay(sim.state.meetingId, sim.events)).toEqual(sim.state);
    const old = sim.events.map((e) => {
      if (e.type !== 'notes/chairNoteSet') return e;
      const { private: _flag, ...rest } = e;
      return rest;
    });
    const state = replay(sim.state.meetingId, old);
    expect(state.items.i1?.chairNote).toBe(MEMO);
    expect(state.privateNotes.items).toEqual({});
  });

  it('undo a private memo as one step', () => {
    const sim = meetingWithNotes();
    sim.do({ type: 'history/undo' });
    expect(sim.state.privateNotes.meeting).toBe('');
    expect(sim.state.privateNotes.items.i1).toBe(MEMO);
  });
});
