import { describe, expect, it } from 'vitest';
import { onFloor } from './helpers';
import { translator } from './imports';

// Issue 16: a secret vote's ballot box adds each phone voter's own tally, so under a preset that
// counts households two members of one household would count it twice: one household, one ballot.

const mark = (memberId: string) => ({ type: 'vote/markVoted', voteId: 'v1', memberId }) as const;

function householdMeeting(presetId?: string) {
  const sim = onFloor(4, 0, presetId);
  for (const [id, household] of [
    ['r1', 'A1'],
    ['r2', 'A1'],
    ['r3', 'B2'],
    ['r4', 'C3'],
  ] as const) {
    sim.do({ type: 'roster/updateMember', memberId: id, household, area: 8000 });
    sim.do({ type: 'roster/signIn', memberId: id });
  }
  return sim.do({ type: 'vote/open', voteId: 'v1', method: 'secret', question: '是否同意' });
}

describe('secret ballots on phones where households count', () => {
  it('refuse a second member of a household that already voted, with the reason', () => {
    const sim = householdMeeting('villagers-meeting-household');
    sim.do(mark('r1'));
    const refused = sim.reject(mark('r2'));
    expect(refused).toEqual({
      code: 'vote.householdVoted',
      params: { name: '代表2', household: 'A1' },
    });
    expect(sim.state.votes.v1?.deviceVoters).toEqual(['r1']);
    // Other households still vote.
    sim.do(mark('r3')).do(mark('r4'));
    expect(sim.state.votes.v1?.deviceVoters).toEqual(['r1', 'r3', 'r4']);
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const text = translator(locale)(`errors:${refused.code}`, refused.params);
      expect(text).toContain('A1');
      expect(text).not.toContain('householdVoted');
    }
  });

  it('let every member vote where only heads count', () => {
    const sim = householdMeeting();
    sim.do(mark('r1')).do(mark('r2'));
    expect(sim.state.votes.v1?.deviceVoters).toEqual(['r1', 'r2']);
  });
});
