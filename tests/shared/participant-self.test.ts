import { describe, expect, it } from 'vitest';
import { hands, onFloor } from './helpers';
import {
  participantSelf,
  participantSelfSchema,
  projectorViewSchema,
  toProjectorView,
} from './imports';

// Issue 16: what the room and a member's own phone may see of the phones' ballots.

const cast = (memberId: string, choice: string, ballotId = `${memberId}-${choice}`) =>
  ({ type: 'vote/cast', voteId: 'v1', memberId, ballotId, choice }) as const;

describe('projector vote view: the split by channel', () => {
  it('shows entered counts and the phones’ apart while open, and after close', () => {
    const sim = onFloor(9, 9);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意' });
    sim
      .do(cast('r1', 'yes'))
      .do(cast('r2', 'no'))
      .do(hands(4, 1, 0));
    let view = toProjectorView(sim.state).votes[0];
    expect(view?.counts?.yes?.heads).toBe(4);
    expect(view?.device.voted).toBe(2);
    expect(view?.device.counts?.yes?.heads).toBe(1);
    expect(view?.device.counts?.no?.heads).toBe(1);
    expect(projectorViewSchema.safeParse(toProjectorView(sim.state)).success).toBe(true);
    sim.do({ type: 'vote/close' });
    view = toProjectorView(sim.state).votes[0];
    expect(view?.counts?.yes?.heads).toBe(4); // still the chair's part
    expect(view?.device.counts?.yes?.heads).toBe(1);
    expect(view?.outcome?.counts.yes?.heads).toBe(5); // the total
  });

  it('secret: only how many voted on phones while open, the box’s aggregate after', () => {
    const sim = onFloor(9, 9);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'secret', question: '是否同意' });
    sim.do({ type: 'vote/markVoted', voteId: 'v1', memberId: 'r3' });
    sim.do({ type: 'vote/markVoted', voteId: 'v1', memberId: 'r1' });
    const view = toProjectorView(sim.state).votes[0];
    expect(view?.device).toEqual({ voted: 2, counts: null });
    expect(JSON.stringify(view)).not.toContain('r3');
    sim.do(hands(4, 1, 0)).do({ type: 'vote/close', sealed: { yes: { heads: 2 } } });
    const closed = toProjectorView(sim.state).votes[0];
    expect(closed?.device.counts?.yes?.heads).toBe(2);
    expect(closed?.counts?.yes?.heads).toBe(4);
    expect(closed?.outcome?.counts.yes?.heads).toBe(6);
  });
});

describe('participantSelf: a member’s own view', () => {
  it('never carries another member’s choice, notes or phones; the own choice is there', () => {
    const sim = onFloor(5, 5);
    sim.do({ type: 'roster/updateMember', memberId: 'r1', phone: '13800000001' });
    sim.do({ type: 'roster/updateMember', memberId: 'r2', phone: '13800000002' });
    sim.do({ type: 'notes/set', text: '主持人备注XYZ', private: true });
    sim.do({ type: 'notes/set', itemId: 'i1', text: '议题备注XYZ' });
    sim.do({ type: 'queue/request', memberId: 'r2', stance: 'pro' });
    sim.do({ type: 'queue/request', memberId: 'r1', stance: 'contra', pointOfOrder: true });
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意' });
    sim.do(cast('r1', 'no')).do(cast('r2', 'abstain'));
    const self = participantSelf(sim.state, 'r1');
    expect(self).not.toBeNull();
    expect(participantSelfSchema.safeParse(self).success).toBe(true);
    // Named field by field: nothing else of the state rides along.
    expect(Object.keys(self ?? {}).sort()).toEqual(
      [
        'meetingStatus',
        'memberId',
        'name',
        'queue',
        'role',
        'signedIn',
        'signedInVia',
        'vote',
      ].sort(),
    );
    expect(Object.keys(self?.vote ?? {}).sort()).toEqual(
      ['canVote', 'choices', 'method', 'myChoice', 'question', 'secret', 'voteId', 'voted'].sort(),
    );
    expect(self?.vote?.myChoice).toBe('no');
    expect(self?.vote?.voted).toBe(true);
    expect(self?.vote?.canVote).toBe(true);
    expect(self?.vote?.choices.map((c) => c.key)).toEqual(['yes', 'no', 'abstain']);
    expect(self?.queue).toEqual({
      itemId: 'i1',
      position: 1,
      stance: 'contra',
      pointOfOrder: true,
    });
    const text = JSON.stringify(self);
    for (const secret of ['13800000001', '13800000002', 'XYZ', 'r2'])
      expect(text).not.toContain(secret);
  });

  it('secret: myChoice is always null; voted from the marks; no second ballot', () => {
    const sim = onFloor(5, 5);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'secret', question: '是否同意' });
    sim.do({ type: 'vote/markVoted', voteId: 'v1', memberId: 'r1' });
    const self = participantSelf(sim.state, 'r1');
    expect(self?.vote).toMatchObject({ secret: true, myChoice: null, voted: true, canVote: false });
    expect(participantSelf(sim.state, 'r2')?.vote).toMatchObject({ voted: false, canVote: true });
  });

  it('says how the member signed in, and that observers and the absent cannot vote', () => {
    const sim = onFloor(5, 3);
    sim.do({ type: 'roster/signIn', memberId: 'r4', via: 'device' });
    sim.do({
      type: 'roster/addMember',
      memberId: 'ob',
      name: '列席',
      category: 'custom',
      role: 'observer',
    });
    sim.do({ type: 'roster/signIn', memberId: 'ob' });
    sim.do({
      type: 'vote/open',
      voteId: 'v1',
      method: 'choice',
      question: '选哪家',
      options: [
        { optionId: 'a', label: '甲' },
        { optionId: 'b', label: '乙' },
      ],
    });
    expect(participantSelf(sim.state, 'r4')).toMatchObject({
      signedIn: true,
      signedInVia: 'device',
    });
    expect(participantSelf(sim.state, 'r1')).toMatchObject({
      signedIn: true,
      signedInVia: 'chair',
    });
    const absent = participantSelf(sim.state, 'r5');
    expect(absent).toMatchObject({ signedIn: false, signedInVia: null });
    expect(absent?.vote?.canVote).toBe(false);
    expect(absent?.vote?.choices).toEqual([
      { key: 'a', label: '甲' },
      { key: 'b', label: '乙' },
      { key: 'abstain', label: '' },
    ]);
    expect(participantSelf(sim.state, 'ob')?.vote?.canVote).toBe(false);
    expect(participantSelf(sim.state, 'nobody')).toBeNull();
  });

  it('while speaking: the queue place is null; with no item on the floor, no queue', () => {
    const sim = onFloor(5, 5);
    sim.do({ type: 'queue/request', memberId: 'r1', stance: 'pro' });
    sim.do({ type: 'queue/callNext', speechId: 's1' });
    expect(participantSelf(sim.state, 'r1')?.queue).toMatchObject({ position: null });
    expect(participantSelf(sim.state, 'r2')?.queue).toBeNull();
  });
});
