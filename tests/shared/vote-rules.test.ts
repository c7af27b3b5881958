import { describe, expect, it } from 'vitest';
import { hands, handsVote, onFloor, Sim } from './helpers';

describe('votes: RULES.md edge cases', () => {
  it('exactly half is not more than half: 18 of 36 present fails', () => {
    const sim = onFloor(36, 36, 'villager-reps-meeting');
    expect(handsVote(sim, 'v1', 18, 18, 0)?.outcome?.result).toBe('failed');
    expect(handsVote(sim, 'v2', 19, 17, 0)?.outcome?.result).toBe('passed');
  });

  it('exactly two-thirds passes “two-thirds or more”: 24 of 36 members passes, 23 of 35 does not', () => {
    const a = onFloor(36, 30, 'council-two-thirds');
    const passed = handsVote(a, 'v1', 24, 6, 0);
    expect(passed?.outcome?.result).toBe('passed');
    expect(passed?.outcome?.pass[0]).toMatchObject({
      counted: 24,
      base: 36,
      baseKind: 'members',
      met: true,
    });
    const b = onFloor(35, 30, 'council-two-thirds');
    expect(handsVote(b, 'v1', 23, 7, 0)?.outcome?.result).toBe('failed');
  });

  it('abstentions count in the attendees base but never as yes', () => {
    const sim = onFloor(30, 20, 'villager-reps-meeting');
    const v = handsVote(sim, 'v1', 10, 5, 5);
    expect(v?.outcome?.result).toBe('failed');
    expect(v?.outcome?.pass[0]).toMatchObject({ counted: 10, base: 20, baseKind: 'present' });
    expect(v?.resolution).toBe(''); // no resolution without a pass
  });

  it('a vote below quorum is recorded as invalid, never as passed, even if all vote yes', () => {
    const sim = onFloor(30, 19, 'villager-reps-meeting');
    const v = handsVote(sim, 'v1', 19, 0, 0);
    expect(v?.outcome).toMatchObject({ result: 'invalid', invalidReason: 'belowQuorum' });
    expect(v?.outcome?.quorum[0]?.met).toBe(false);
    sim.do({ type: 'roster/signIn', memberId: 'r20' });
    expect(handsVote(sim, 'v2', 19, 1, 0)?.outcome?.result).toBe('passed');
  });

  it('freezes voters and present count at close: sign-outs between votes change only later votes', () => {
    const sim = onFloor(30, 22, 'villager-reps-meeting');
    const first = handsVote(sim, 'v1', 12, 10, 0);
    expect(first?.outcome?.present.heads).toBe(22);
    expect(first?.outcome?.voters).toHaveLength(22);
    sim.do({ type: 'roster/signOut', memberId: 'r1' });
    sim.do({ type: 'roster/signOut', memberId: 'r2' });
    expect(sim.state.votes.v1?.outcome?.present.heads).toBe(22); // unchanged
    const second = handsVote(sim, 'v2', 11, 9, 0);
    expect(second?.outcome?.present.heads).toBe(20);
    expect(second?.outcome?.voters).not.toContain('r1');
    expect(second?.outcome?.result).toBe('passed'); // 11 of 20 > 1/2
  });

  it('rejects counts that exceed those present, when entered and again at close', () => {
    const sim = onFloor(10, 8);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' });
    expect(sim.reject(hands(5, 3, 1))).toEqual({
      code: 'vote.countsExceedBase',
      params: { measure: 'heads', counted: 9, base: 8 },
    });
    sim.do(hands(5, 3, 0));
    sim.do({ type: 'roster/signOut', memberId: 'r8' });
    expect(sim.reject({ type: 'vote/close' }).code).toBe('vote.countsExceedBase');
    sim.do(hands(5, 2, 0));
    sim.do({ type: 'vote/close' });
    expect(sim.state.votes.v1?.outcome?.present.heads).toBe(7);
  });

  it('two bases for owners: heads AND area must both pass', () => {
    const sim = new Sim();
    sim.do({
      type: 'meeting/create',
      title: '业主大会',
      bodyKind: 'custom',
      date: '2026-05-10',
      presetId: 'owners-general',
    });
    // One large owner (300 m²) and four small ones (50 m² each): 500 m² in all.
    const areas = [30_000, 5_000, 5_000, 5_000, 5_000];
    areas.forEach((area, i) => {
      sim.do({
        type: 'roster/addMember',
        memberId: `o${i}`,
        name: `业主${i}`,
        category: 'residentRep',
        area,
        household: `h${i}`,
      });
      sim.do({ type: 'roster/signIn', memberId: `o${i}` });
    });
    sim
      .do({ type: 'agenda/addItem', itemId: 'i1', title: '使用维修资金' })
      .do({ type: 'meeting/open' });
    sim.do({ type: 'agenda/openItem', itemId: 'i1' });
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'rollCall', question: '是否同意' });
    sim.do({ type: 'vote/recordBallot', memberId: 'o0', ballot: 'yes' });
    for (const id of ['o1', 'o2', 'o3', 'o4'])
      sim.do({ type: 'vote/recordBallot', memberId: id, ballot: 'no' });
    sim.do({ type: 'vote/close' });
    const o = sim.state.votes.v1?.outcome;
    expect(o?.counts.yes).toEqual({ heads: 1, households: 1, area: 30_000 });
    expect(o?.pass.map((c) => [c.measure, c.met])).toEqual([
      ['area', true],
      ['heads', false],
    ]);
    expect(o?.result).toBe('failed');
  });

  it('refuses an owners’ vote when the roster lacks floor areas', () => {
    const sim = onFloor(3, 3);
    expect(
      sim.reject({
        type: 'vote/open',
        voteId: 'v1',
        method: 'hands',
        question: 'q',
        presetId: 'owners-general',
      }),
    ).toEqual({
      code: 'vote.rosterMissing',
      params: { measure: 'area', name: '代表1' },
    });
  });
});
