import { describe, expect, it } from 'vitest';
import { replay, type CommandInput, type MeetingState } from './imports';
import { onFloor, Sim } from './helpers';

/** The state without bookkeeping that undo deliberately leaves moving forward. */
function content(state: MeetingState) {
  const { version: _v, lastAt: _l, undo: _u, ...rest } = state;
  return rest;
}

/** Runs `command`, undoes it, and checks the meeting is as before (only version and clock moved). */
function undoes(sim: Sim, command: CommandInput) {
  const before = sim.state;
  sim.do(command).do({ type: 'history/undo' });
  expect(content(sim.state), command.type).toEqual(content(before));
  expect(sim.state.version).toBe(before.version + 2);
  expect(replay('m1', sim.events)).toEqual(sim.state);
}

describe('undo', () => {
  it('reverts each undoable chair action exactly', () => {
    const sim = onFloor(6, 4);
    undoes(sim, { type: 'roster/addMember', memberId: 'x', name: 'X', category: 'stakeholder' });
    undoes(sim, { type: 'roster/updateMember', memberId: 'r1', name: '改名' });
    undoes(sim, { type: 'roster/signIn', memberId: 'r5' });
    undoes(sim, { type: 'roster/signOut', memberId: 'r4' });
    undoes(sim, { type: 'roster/excuse', memberId: 'r6', reason: '病假' });
    undoes(sim, { type: 'agenda/addItem', itemId: 'u', title: '紧急' });
    undoes(sim, { type: 'agenda/updateItem', itemId: 'i1', stage: 'decide' });
    undoes(sim, { type: 'display/setMessage', text: '安静' });
    undoes(sim, { type: 'notes/set', itemId: 'i1', text: '备忘' });
    undoes(sim, { type: 'queue/request', memberId: 'r1' });
    sim.do({ type: 'queue/request', memberId: 'r1' }).do({ type: 'queue/request', memberId: 'r2' });
    undoes(sim, { type: 'queue/withdraw', memberId: 'r1' });
    undoes(sim, { type: 'queue/reorder', memberIds: ['r2', 'r1'] });
    undoes(sim, { type: 'roster/signOut', memberId: 'r2' }); // also leaves the queue: restored
    undoes(sim, { type: 'queue/callNext', speechId: 's1' });
    sim.do({ type: 'queue/callNext', speechId: 's1' });
    undoes(sim, { type: 'speech/pause' });
    undoes(sim, { type: 'speech/setLimit', limitSec: 60 });
    undoes(sim, { type: 'speech/end' });
    undoes(sim, { type: 'queue/callNext', speechId: 's2' }); // ends s1 and starts s2: both undone
    undoes(sim, { type: 'vote/open', voteId: 'v1', method: 'rollCall', question: 'q' });
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'rollCall', question: 'q' });
    undoes(sim, { type: 'vote/recordBallot', memberId: 'r1', ballot: 'yes' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'yes' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r2', ballot: 'yes' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r3', ballot: 'yes' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r4', ballot: 'yes' });
    undoes(sim, { type: 'vote/recordBallot', memberId: 'r1', ballot: 'no' });
    sim.do({ type: 'vote/close' });
    undoes(sim, { type: 'vote/setResolution', voteId: 'v1', text: '决议' });
    undoes(sim, { type: 'action/add', actionId: 'a1', voteId: 'v1', title: '落实' });
    sim.do({ type: 'vote/open', voteId: 'v2', method: 'hands', question: 'q2' });
    undoes(sim, { type: 'vote/enterCounts', counts: { yes: { heads: 1 } } });
    sim.do({ type: 'vote/void', voteId: 'v2', reason: '重来' });
    undoes(sim, { type: 'agenda/closeItem', itemId: 'i1' });
    undoes(sim, { type: 'agenda/deferItem', itemId: 'i1' });
    undoes(sim, { type: 'agenda/reorder', itemIds: ['i1'] });
  });

  it('reverts opening the meeting and an item', () => {
    const sim = new Sim();
    sim.do({ type: 'meeting/create', title: 't', bodyKind: 'custom', date: '2026-05-10' });
    sim.do({ type: 'agenda/addItem', itemId: 'i1', title: '议题' });
    undoes(sim, { type: 'meeting/open' });
    sim.do({ type: 'meeting/open' });
    undoes(sim, { type: 'agenda/openItem', itemId: 'i1' });
  });

  it('undoes several steps in a row, newest first', () => {
    const sim = onFloor(4, 2);
    const before = sim.state;
    sim.do({ type: 'roster/signIn', memberId: 'r3' }).do({ type: 'roster/signIn', memberId: 'r4' });
    sim.do({ type: 'history/undo' });
    expect(sim.state.attendance.r4).toBeUndefined(); // never signed in before
    expect(sim.state.attendance.r3?.status).toBe('present');
    sim.do({ type: 'history/undo' });
    expect(content(sim.state)).toEqual(content(before));
  });

  it('cannot undo a closed vote, nor anything before it', () => {
    const sim = onFloor(3, 3);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' });
    sim.do({ type: 'vote/enterCounts', counts: { yes: { heads: 3 } } });
    sim.do({ type: 'vote/close' });
    expect(sim.reject({ type: 'history/undo' }).code).toBe('history.nothingToUndo');
    expect(sim.state.votes.v1?.status).toBe('closed');
    sim.do({ type: 'display/setMessage', text: '通过' });
    sim.do({ type: 'history/undo' });
    expect(sim.state.display).toBeNull();
    expect(sim.reject({ type: 'history/undo' }).code).toBe('history.nothingToUndo');
  });

  it('cannot undo closing the meeting', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'meeting/close' });
    expect(sim.reject({ type: 'history/undo' }).code).toBe('history.nothingToUndo');
  });

  it('records what was undone, and keeps a bounded history', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'display/setMessage', text: 'a' });
    const seq = sim.state.version;
    sim.do({ type: 'history/undo' });
    expect(sim.events.at(-1)).toMatchObject({
      type: 'history/undone',
      undoneSeq: seq,
      undoneType: 'display/messageSet',
    });
    for (let i = 0; i < 50; i++) sim.do({ type: 'display/setMessage', text: `m${i}` });
    expect(sim.state.undo.length).toBe(30);
  });

  it('cannot undo into an empty meeting', () => {
    const sim = new Sim();
    sim.do({ type: 'meeting/create', title: 't', bodyKind: 'custom', date: '2026-05-10' });
    expect(sim.reject({ type: 'history/undo' }).code).toBe('history.nothingToUndo');
  });
});
