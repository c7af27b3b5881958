import { describe, expect, it } from 'vitest';
import { dispatch, emptyState, toProjectorView, type MeetingState } from '../../shared/domain';
import { minimumMeeting } from '../../shared/domain/projector/vote-rule';

describe('minimumMeeting (the threshold line)', () => {
  it.each([
    [37, 'gt', 1, 2, 19],
    [36, 'gt', 1, 2, 19],
    [37, 'gte', 2, 3, 25],
    [36, 'gte', 2, 3, 24],
    [35, 'gte', 2, 3, 24],
    [20, 'gte', 3, 4, 15],
    [1, 'gt', 1, 2, 1],
  ] as const)('%i members, %s %i/%i needs %i', (base, comparator, num, den, needed) => {
    expect(minimumMeeting(base, comparator, { num, den })).toBe(needed);
  });

  it('has no threshold on an empty base', () => {
    expect(minimumMeeting(0, 'gt', { num: 1, den: 2 })).toBeNull();
  });
});

function meeting(presetId: string, members: number, present: number): MeetingState {
  let state = emptyState('m');
  let at = 1_800_000_000_000;
  const go = (command: Record<string, unknown>) => {
    const result = dispatch(state, { ...command, at: (at += 1000) });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    state = result.state;
  };
  go({
    type: 'meeting/create',
    title: '院落议事会',
    bodyKind: 'compoundCouncil',
    date: '2026-05-01',
    presetId,
  });
  for (let i = 0; i < members; i += 1)
    go({ type: 'roster/addMember', memberId: `p${i}`, name: `成员${i}`, category: 'residentRep' });
  go({ type: 'agenda/addItem', itemId: 'i1', title: '屋面防水' });
  go({ type: 'meeting/open' });
  for (let i = 0; i < present; i += 1) go({ type: 'roster/signIn', memberId: `p${i}` });
  go({ type: 'agenda/openItem', itemId: 'i1' });
  go({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意？' });
  return state;
}

describe('the vote rule on the projector view', () => {
  it('states a 2/3-of-all-members rule in words and needs 25 of 37, drawn against those present', () => {
    const vote = toProjectorView(meeting('council-two-thirds', 37, 33)).votes[0];
    expect(vote?.rule.text['zh-CN']).toBe('全体成员三分之二以上同意');
    expect(vote?.rule.needed).toBe(25);
    expect(vote?.rule.scale).toBe(33);
  });

  it('counts more than half of those present for a present-base rule', () => {
    const vote = toProjectorView(meeting('villager-reps-meeting', 30, 22)).votes[0];
    expect(vote?.rule.needed).toBe(12);
    expect(vote?.rule.text.en).not.toBe('');
  });
});

describe('the queue on the projector view', () => {
  it('names the first ten waiting and counts them all', () => {
    let state = meeting('council-default', 30, 30);
    let at = 1_900_000_000_000;
    for (let i = 0; i < 25; i += 1) {
      const result = dispatch(state, {
        type: 'queue/request',
        memberId: `p${i}`,
        at: (at += 1000),
      });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      state = result.state;
    }
    const view = toProjectorView(state);
    expect(view.queueLength).toBe(25);
    expect(view.queue.map((entry) => entry.memberId)).toEqual(
      Array.from({ length: 10 }, (_, i) => `p${i}`),
    );
  });
});
