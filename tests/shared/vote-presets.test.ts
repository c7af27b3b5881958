import { describe, expect, it } from 'vitest';
import {
  evaluateSatisfaction,
  evaluateVote,
  measuresUsed,
  PRESETS,
  type Tally,
} from '../../shared/domain/rules';
import type { Ballot } from './imports';
import { Sim } from './helpers';

// Twelve members; households shared by pairs for some, areas all different, so each measure
// gives a different count and a preset that mixes measures is really tested on all of them.
const ROSTER = Array.from({ length: 12 }, (_, i) => ({
  memberId: `m${i}`,
  household: `h${Math.floor(i / 2) + (i > 7 ? i : 0)}`,
  area: 6_000 + i * 1_750,
}));

function tally(ids: readonly string[]): Tally {
  const members = ROSTER.filter((m) => ids.includes(m.memberId));
  return {
    heads: members.length,
    households: new Set(members.map((m) => m.household)).size,
    area: members.reduce((s, m) => s + m.area, 0),
  };
}

function meetingUnder(presetId: string, present: number): Sim {
  const sim = new Sim();
  sim.do({
    type: 'meeting/create',
    title: '规则测试',
    bodyKind: 'custom',
    date: '2026-05-10',
    presetId,
  });
  for (const m of ROSTER)
    sim.do({ type: 'roster/addMember', ...m, name: m.memberId, category: 'residentRep' });
  for (const m of ROSTER.slice(0, present)) sim.do({ type: 'roster/signIn', memberId: m.memberId });
  sim.do({ type: 'agenda/addItem', itemId: 'i1', title: '议题' }).do({ type: 'meeting/open' });
  sim.do({ type: 'agenda/openItem', itemId: 'i1' });
  return sim;
}

/** Ballot patterns: [present, yes, no, abstain] in roster order. */
const PATTERNS: readonly (readonly [number, number, number, number])[] = [
  [12, 7, 5, 0],
  [12, 6, 6, 0],
  [12, 8, 0, 4],
  [9, 5, 2, 2],
  [8, 8, 0, 0],
  [7, 4, 3, 0],
  [6, 6, 0, 0],
  [12, 9, 3, 0],
];

describe('every preset, through the core', () => {
  it('a household votes as one where the preset counts households', () => {
    const sim = meetingUnder('villagers-meeting-household', 12);
    sim.do({ type: 'vote/open', voteId: 'v', method: 'rollCall', question: 'q' });
    sim.do({ type: 'vote/recordBallot', memberId: 'm0', ballot: 'yes' });
    expect(sim.reject({ type: 'vote/recordBallot', memberId: 'm1', ballot: 'no' })).toEqual({
      code: 'vote.householdSplit',
      params: { name: 'm1', household: 'h0' },
    });
    sim.do({ type: 'vote/recordBallot', memberId: 'm1', ballot: 'yes' });
  });

  for (const preset of PRESETS.filter((p) => p.kind === 'decision')) {
    it(`${preset.id}: the core's roll-call result equals the rules' verdict on the frozen counts`, () => {
      const countsHouseholds = measuresUsed(preset).includes('households');
      for (const [present, yes, no, abstain] of PATTERNS) {
        const sim = meetingUnder(preset.id, present);
        sim.do({ type: 'vote/open', voteId: 'v', method: 'rollCall', question: 'q' });
        const ids = ROSTER.slice(0, present).map((m) => m.memberId);
        const byHousehold = new Map<string, Ballot>();
        const ballots: [string, Ballot][] = ids.slice(0, yes + no + abstain).map((id, i) => {
          const wanted: Ballot = i < yes ? 'yes' : i < yes + no ? 'no' : 'abstain';
          if (!countsHouseholds) return [id, wanted];
          // One vote per household: a household's members vote as its first voter did.
          const household = ROSTER.find((m) => m.memberId === id)?.household ?? id;
          const ballot = byHousehold.get(household) ?? wanted;
          byHousehold.set(household, ballot);
          return [id, ballot];
        });
        for (const [memberId, ballot] of ballots)
          sim.do({ type: 'vote/recordBallot', memberId, ballot });
        sim.do({ type: 'vote/close' });
        const outcome = sim.state.votes.v?.outcome;
        const pick = (b: Ballot) => ballots.filter(([, x]) => x === b).map(([id]) => id);
        const expected = evaluateVote(preset, {
          members: tally(ROSTER.map((m) => m.memberId)),
          present: tally(ids),
          yes: tally(pick('yes')),
          no: tally(pick('no')),
          abstain: tally(pick('abstain')),
        });
        expect(outcome?.result, `${preset.id} ${present}/${yes}/${no}/${abstain}`).toBe(
          expected.result,
        );
        expect(outcome?.pass).toEqual(expected.pass);
        if (outcome?.result === 'passed') {
          expect(outcome.quorum.every((c) => c.met) && outcome.pass.every((c) => c.met)).toBe(true);
        }
      }
    });
  }

  for (const preset of PRESETS.filter((p) => p.kind === 'evaluation')) {
    it(`${preset.id}: satisfaction evaluation matches the rules`, () => {
      for (const present of [12, 9, 8, 6]) {
        const sim = meetingUnder('council-default', present);
        sim.do({
          type: 'vote/open',
          voteId: 'v',
          method: 'satisfaction',
          question: 'q',
          presetId: preset.id,
        });
        const counts = {
          satisfied: Math.floor(present / 2),
          basicallySatisfied: 1,
          dissatisfied: present - Math.floor(present / 2) - 1,
        };
        sim.do({
          type: 'vote/enterCounts',
          counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, { heads: v }])),
        });
        sim.do({ type: 'vote/close' });
        const ids = ROSTER.slice(0, present).map((m) => m.memberId);
        const expected = evaluateSatisfaction(preset, {
          members: tally(ROSTER.map((m) => m.memberId)),
          present: tally(ids),
          ...counts,
        });
        const outcome = sim.state.votes.v?.outcome;
        expect(outcome?.result).toBe(expected.valid ? 'evaluated' : 'invalid');
        expect(outcome?.satisfactionPermille).toBe(expected.satisfactionPermille);
      }
    });
  }
});
