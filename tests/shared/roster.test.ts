import { describe, expect, it } from 'vitest';
import { attendanceSummary, composition } from './imports';
import { council, onFloor, signIn, Sim } from './helpers';

describe('roster', () => {
  it('adds members and observers with defaults for the optional fields', () => {
    const sim = council(2);
    sim.do({
      type: 'roster/addMember',
      memberId: 'o1',
      name: '街道干部',
      category: 'custom',
      role: 'observer',
      customCategory: '街道',
    });
    expect(sim.state.members.r1).toMatchObject({
      role: 'member',
      household: '',
      area: 0,
      customCategory: '',
    });
    expect(sim.state.members.o1?.role).toBe('observer');
    expect(sim.state.memberOrder).toEqual(['r1', 'r2', 'o1']);
    expect(
      sim.reject({ type: 'roster/addMember', memberId: 'r1', name: 'x', category: 'residentRep' })
        .code,
    ).toBe('roster.duplicateMember');
    expect(
      sim.reject({ type: 'roster/addMember', memberId: 'r9', name: ' ', category: 'residentRep' })
        .code,
    ).toBe('command.malformed');
  });

  it('refuses ids that every object inherits, so a lookup can never reach a prototype', () => {
    const sim = council(1);
    for (const memberId of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(
        sim.reject({ type: 'roster/addMember', memberId, name: 'x', category: 'residentRep' }).code,
      ).toBe('command.malformed');
      expect(sim.reject({ type: 'roster/signIn', memberId }).code).toBe('command.malformed');
    }
  });

  it('updates a member, but not their vote-relevant data while a vote is open', () => {
    const sim = onFloor(3, 3);
    sim.do({ type: 'roster/updateMember', memberId: 'r1', name: '王大妈', affiliation: '3栋' });
    expect(sim.state.members.r1).toMatchObject({ name: '王大妈', affiliation: '3栋' });
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' });
    expect(sim.reject({ type: 'roster/updateMember', memberId: 'r1', role: 'observer' }).code).toBe(
      'vote.stillOpen',
    );
    expect(
      sim.reject({
        type: 'roster/addMember',
        memberId: 'r9',
        name: '新人',
        category: 'residentRep',
      }).code,
    ).toBe('vote.stillOpen');
    sim.do({
      type: 'roster/addMember',
      memberId: 'o9',
      name: '旁听',
      category: 'custom',
      role: 'observer',
    });
    expect(sim.reject({ type: 'roster/updateMember', memberId: 'zz', name: 'x' }).code).toBe(
      'roster.unknownMember',
    );
  });

  it('removes only members who left no trace', () => {
    const sim = council(3);
    sim.do({ type: 'roster/signIn', memberId: 'r1' });
    expect(sim.reject({ type: 'roster/removeMember', memberId: 'r1' }).code).toBe(
      'roster.memberHasRecord',
    );
    sim.do({ type: 'roster/removeMember', memberId: 'r2' });
    expect(sim.state.members.r2).toBeUndefined();
    expect(sim.state.memberOrder).toEqual(['r1', 'r3']);
  });

  it('signs in and out with times, and counts present and quorum live', () => {
    const sim = council(6);
    signIn(sim, 3);
    let a = attendanceSummary(sim.state);
    expect(a).toMatchObject({ expected: 6, present: 3, absent: 3, excused: 0 });
    expect(a.quorum?.met).toBe(false); // 3 of 6 < 2/3
    sim.do({ type: 'roster/signIn', memberId: 'r4' });
    expect(attendanceSummary(sim.state).quorum?.met).toBe(true); // 4 of 6 = 2/3
    const signedInAt = sim.now;
    sim.do({ type: 'roster/signOut', memberId: 'r4' }, 60_000);
    expect(sim.state.attendance.r4).toEqual({
      status: 'absent',
      intervals: [{ from: signedInAt, to: sim.now }],
      excuseReason: '',
    });
    sim.do({ type: 'roster/signIn', memberId: 'r4' });
    expect(sim.state.attendance.r4?.intervals).toHaveLength(2);
    a = attendanceSummary(sim.state);
    expect(a.present).toBe(4);
  });

  it('refuses double sign-in, sign-out of someone absent, and unknown people', () => {
    const sim = council(2);
    sim.do({ type: 'roster/signIn', memberId: 'r1' });
    expect(sim.reject({ type: 'roster/signIn', memberId: 'r1' })).toEqual({
      code: 'roster.alreadyPresent',
      params: { name: '代表1' },
    });
    expect(sim.reject({ type: 'roster/signOut', memberId: 'r2' }).code).toBe('roster.notPresent');
    expect(sim.reject({ type: 'roster/signIn', memberId: 'x' }).code).toBe('roster.unknownMember');
  });

  it('records excused absences with a reason, and not for someone present', () => {
    const sim = council(2);
    sim.do({ type: 'roster/excuse', memberId: 'r2', reason: '住院' });
    expect(sim.state.attendance.r2).toMatchObject({ status: 'excused', excuseReason: '住院' });
    expect(attendanceSummary(sim.state)).toMatchObject({ excused: 1, absent: 1 });
    sim.do({ type: 'roster/signIn', memberId: 'r1' });
    expect(sim.reject({ type: 'roster/excuse', memberId: 'r1' }).code).toBe(
      'roster.alreadyPresent',
    );
  });

  it('never counts observers in the base or the quorum', () => {
    const sim = council(3);
    for (let i = 1; i <= 5; i++) {
      sim.do({
        type: 'roster/addMember',
        memberId: `o${i}`,
        name: `列席${i}`,
        category: 'custom',
        role: 'observer',
      });
      sim.do({ type: 'roster/signIn', memberId: `o${i}` });
    }
    const a = attendanceSummary(sim.state);
    expect(a).toMatchObject({ expected: 3, present: 0, observersPresent: 5 });
    expect(a.quorum?.met).toBe(false);
  });

  it('checks the composition: which required categories have nobody present', () => {
    const sim = new Sim();
    sim.do({ type: 'meeting/create', title: 't', bodyKind: 'compoundCouncil', date: '2026-05-10' });
    sim.do({ type: 'roster/addMember', memberId: 'a', name: 'A', category: 'committee' });
    sim.do({
      type: 'roster/addMember',
      memberId: 'b',
      name: 'B',
      category: 'propertyManager',
      role: 'observer',
    });
    sim.do({ type: 'roster/addMember', memberId: 'c', name: 'C', category: 'residentRep' });
    expect(composition(sim.state).missing).toEqual([
      'committee',
      'residentRep',
      'ownersCommittee',
      'propertyManager',
    ]);
    sim.do({ type: 'roster/signIn', memberId: 'a' }).do({ type: 'roster/signIn', memberId: 'b' });
    const c = composition(sim.state);
    expect(c.missing).toEqual(['residentRep', 'ownersCommittee']);
    expect(c.presentByCategory).toEqual({ committee: 1, propertyManager: 1 });
    expect(c.complete).toBe(false);
  });

  it('does not let the speaker sign out mid-speech, and a sign-out leaves the queues', () => {
    const sim = onFloor(4, 4);
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1' });
    expect(sim.reject({ type: 'roster/signOut', memberId: 'r1' }).code).toBe('roster.isSpeaking');
    sim.do({ type: 'queue/request', memberId: 'r2' }).do({ type: 'queue/request', memberId: 'r3' });
    sim.do({ type: 'roster/signOut', memberId: 'r2' });
    expect(sim.state.queues.i1?.map((q) => q.memberId)).toEqual(['r3']);
  });
});
