import { describe, expect, it } from 'vitest';
import { votePreview } from '../../renderer/src/chair/Run/vote-preview';
import { hands, onFloor } from '../shared/helpers';

// Issue 16: the console previews the open vote's outcome on every ballot. A step that changes
// nothing a close reads (an announcement typed during the storm) keeps the same preview object,
// so the vote panel neither closes every ballot again nor renders again.

const cast = (memberId: string, choice: string) =>
  ({
    type: 'vote/cast',
    voteId: 'v1',
    memberId,
    ballotId: `${memberId}-${choice}`,
    choice,
  }) as const;

function openVote() {
  const sim = onFloor(9, 9);
  sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意加装电梯' });
  return sim.do(cast('r1', 'yes'));
}

describe('the open vote’s preview', () => {
  it('is the core’s dry-run close: the phones’ ballots with the quorum applied', () => {
    const preview = votePreview(openVote().state);
    expect(preview?.ok).toBe(true);
    if (!preview?.ok) return;
    expect(preview.outcome.counts.yes?.heads).toBe(1);
    expect(preview.outcome.present.heads).toBe(9);
  });

  it('is kept, the same object, across an announcement', () => {
    const sim = openVote();
    const before = votePreview(sim.state);
    sim.do({ type: 'display/setMessage', text: '请大家安静' });
    expect(sim.state.display?.text).toBe('请大家安静');
    expect(votePreview(sim.state)).toBe(before);
  });

  it('is made again when a ballot, a sign-out or the counts change', () => {
    const sim = openVote();
    const first = votePreview(sim.state);
    sim.do(cast('r2', 'no'));
    const second = votePreview(sim.state);
    expect(second).not.toBe(first);
    expect(second?.ok && second.outcome.counts.no?.heads).toBe(1);
    sim.do({ type: 'roster/signOut', memberId: 'r9' });
    const third = votePreview(sim.state);
    expect(third?.ok && third.outcome.present.heads).toBe(8);
    sim.do(hands(3, 0, 0));
    const fourth = votePreview(sim.state);
    expect(fourth?.ok && fourth.outcome.counts.yes?.heads).toBe(4);
  });

  it('is null once the vote is closed', () => {
    const sim = openVote();
    expect(votePreview(sim.state)).not.toBeNull();
    sim.do({ type: 'vote/close' });
    expect(votePreview(sim.state)).toBeNull();
  });
});
