import { describe, expect, it } from 'vitest';
import { projectorViewSchema, toProjectorView } from './imports';
import { onFloor, Sim } from './helpers';

function rollCall(sim: Sim) {
  sim.do({ type: 'vote/open', voteId: 'v1', method: 'rollCall', question: '是否同意' });
  sim.do({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'yes' });
  sim.do({ type: 'vote/recordBallot', memberId: 'r2', ballot: 'no' });
  sim.do({ type: 'vote/recordBallot', memberId: 'r3', ballot: 'yes' });
}

describe('projector view', () => {
  it('matches its schema and shows the meeting, attendance, agenda, queue and message', () => {
    const sim = onFloor(5, 4);
    sim.do({ type: 'queue/request', memberId: 'r2', stance: 'pro' });
    sim.do({ type: 'display/setMessage', text: '请举牌发言' });
    const view = toProjectorView(sim.state);
    expect(projectorViewSchema.parse(view)).toEqual(view);
    expect(view.meeting).toMatchObject({
      title: '测试议事会',
      status: 'open',
      presetId: 'council-default',
    });
    expect(view.attendance).toEqual({
      expected: 5,
      present: 4,
      excused: 0,
      absent: 1,
      observersPresent: 0,
      quorumMet: true,
    });
    expect(view.agenda.map((i) => i.itemId)).toEqual(['i1']);
    expect(view.queue).toEqual([
      {
        memberId: 'r2',
        name: '代表2',
        category: 'residentRep',
        stance: 'pro',
        pointOfOrder: false,
      },
    ]);
    expect(view.display?.text).toBe('请举牌发言');
  });

  it('never shows chair notes, households or floor areas', () => {
    const sim = onFloor(3, 3);
    sim.do({ type: 'roster/updateMember', memberId: 'r1', household: '3-2-501', area: 8_912 });
    sim.do({ type: 'notes/set', text: '会议私密备注' });
    sim.do({ type: 'notes/set', itemId: 'i1', text: '议题私密备注' });
    const text = JSON.stringify(toProjectorView(sim.state));
    expect(text).not.toContain('私密备注');
    expect(text).not.toContain('3-2-501');
    expect(text).not.toContain('8912');
    expect(text).not.toContain('chairNote');
  });

  it('shows live roll-call totals but no names while open; names after close if the preset allows', () => {
    const sim = onFloor(3, 3);
    rollCall(sim);
    let vote = toProjectorView(sim.state).votes[0];
    expect(vote?.counts?.yes?.heads).toBe(2);
    expect(vote?.ballotsCast).toBe(3);
    expect(vote?.names).toBeNull();
    expect(JSON.stringify(vote)).not.toContain('代表2');
    sim.do({ type: 'vote/close' });
    vote = toProjectorView(sim.state).votes[0];
    expect(vote?.names).toEqual([
      { name: '代表1', ballot: 'yes' },
      { name: '代表2', ballot: 'no' },
      { name: '代表3', ballot: 'yes' },
    ]);
    expect(vote?.outcome?.result).toBe('passed');
  });

  it('keeps roll-call names private after close where the preset says so', () => {
    const sim = new Sim();
    sim.do({
      type: 'meeting/create',
      title: '业主大会',
      bodyKind: 'custom',
      date: '2026-05-10',
      presetId: 'owners-general',
    });
    for (let i = 1; i <= 3; i++) {
      sim.do({
        type: 'roster/addMember',
        memberId: `r${i}`,
        name: `业主${i}`,
        category: 'residentRep',
        area: 9_000,
      });
      sim.do({ type: 'roster/signIn', memberId: `r${i}` });
    }
    sim
      .do({ type: 'agenda/addItem', itemId: 'i1', title: 't' })
      .do({ type: 'meeting/open' })
      .do({ type: 'agenda/openItem', itemId: 'i1' });
    rollCall(sim);
    sim.do({ type: 'vote/close' });
    const vote = toProjectorView(sim.state).votes[0];
    expect(vote?.names).toBeNull();
    expect(JSON.stringify(toProjectorView(sim.state))).not.toContain('业主2');
  });

  it('shows a secret ballot only as entered totals', () => {
    const sim = onFloor(4, 4);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'secret', question: 'q' });
    let vote = toProjectorView(sim.state).votes[0];
    expect(vote?.counts).toBeNull();
    sim.do({ type: 'vote/enterCounts', counts: { yes: { heads: 3 }, no: { heads: 1 } } });
    vote = toProjectorView(sim.state).votes[0];
    expect(vote?.counts?.yes?.heads).toBe(3);
    expect(vote?.names).toBeNull();
  });

  it('shows the speaker with what the countdown needs', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r2', limitSec: 120 });
    sim.do({ type: 'speech/pause' }, 5000);
    const speech = toProjectorView(sim.state).speech;
    expect(speech).toMatchObject({ name: '代表2', limitMs: 120_000, endedAt: null });
    expect(speech?.pauses).toHaveLength(1);
  });

  it('is empty but valid before the meeting exists', () => {
    const sim = new Sim();
    const view = toProjectorView(sim.state);
    expect(projectorViewSchema.parse(view)).toEqual(view);
    expect(view.meeting).toBeNull();
    expect(view.attendance.quorumMet).toBeNull();
  });
});
