import { describe, expect, it } from 'vitest';
import { presetById } from '../../shared/domain/rules';
import { liveCounts } from './imports';
import { hands, handsVote, onFloor } from './helpers';

describe('votes: methods', () => {
  it('roll call: ballots change until close, then count; only members present may vote', () => {
    const sim = onFloor(5, 4);
    sim.do({
      type: 'roster/addMember',
      memberId: 'ob',
      name: '列席',
      category: 'custom',
      role: 'observer',
    });
    sim.do({ type: 'roster/signIn', memberId: 'ob' });
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'rollCall', question: 'q' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'no' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'yes' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r2', ballot: 'yes' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r3', ballot: 'abstain' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r3', ballot: null });
    expect(sim.state.votes.v1?.ballots).toEqual({ r1: 'yes', r2: 'yes' });
    const vote = sim.state.votes.v1;
    expect(vote && liveCounts(sim.state, vote)?.yes?.heads).toBe(2); // live tally while open
    expect(sim.reject({ type: 'vote/recordBallot', memberId: 'r5', ballot: 'yes' }).code).toBe(
      'roster.notPresent',
    );
    expect(sim.reject({ type: 'vote/recordBallot', memberId: 'ob', ballot: 'yes' }).code).toBe(
      'vote.observerCannotVote',
    );
    expect(sim.reject(hands(1, 0, 0)).code).toBe('vote.rollCallTakesBallots');
    sim.do({ type: 'vote/close' });
    expect(sim.state.votes.v1?.outcome?.counts.yes?.heads).toBe(2);
    expect(sim.state.votes.v1?.outcome?.result).toBe('failed'); // council default: > 1/2 of all 5
    expect(
      sim.reject({ type: 'vote/recordBallot', voteId: 'v1', memberId: 'r4', ballot: 'yes' }).code,
    ).toBe('vote.notOpen');
  });

  it('roll call: a voter who left must be dealt with before close', () => {
    const sim = onFloor(3, 3);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'rollCall', question: 'q' });
    sim.do({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'yes' });
    sim.do({ type: 'roster/signOut', memberId: 'r1' });
    expect(sim.reject({ type: 'vote/close' })).toEqual({
      code: 'vote.voterNotPresent',
      params: { name: '代表1' },
    });
  });

  it('secret ballot takes counts only', () => {
    const sim = onFloor(9, 9);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'secret', question: 'q' });
    expect(sim.reject({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'yes' }).code).toBe(
      'vote.notRollCall',
    );
    expect(sim.reject({ type: 'vote/close' }).code).toBe('vote.noCounts');
    sim.do(hands(6, 2, 1)).do({ type: 'vote/close' });
    expect(sim.state.votes.v1?.outcome?.result).toBe('passed');
    expect(sim.state.votes.v1?.ballots).toEqual({});
  });

  it('choice among options names the winner; unknown keys and too few options are refused', () => {
    const sim = onFloor(10, 9);
    expect(
      sim.reject({
        type: 'vote/open',
        voteId: 'v1',
        method: 'choice',
        question: '选施工单位',
        options: [{ optionId: 'a', label: '甲' }],
      }).code,
    ).toBe('vote.needsOptions');
    sim.do({
      type: 'vote/open',
      voteId: 'v1',
      method: 'choice',
      question: '选施工单位',
      options: [
        { optionId: 'a', label: '甲公司' },
        { optionId: 'b', label: '乙公司' },
      ],
    });
    expect(sim.reject({ type: 'vote/enterCounts', counts: { c: { heads: 1 } } })).toEqual({
      code: 'vote.unknownCountKey',
      params: { key: 'c' },
    });
    sim.do({
      type: 'vote/enterCounts',
      counts: { a: { heads: 6 }, b: { heads: 2 }, abstain: { heads: 1 } },
    });
    sim.do({ type: 'vote/close', resolution: '选定甲公司' });
    expect(sim.state.votes.v1?.outcome).toMatchObject({
      result: 'passed',
      winner: 'a',
      tie: false,
    });
    expect(sim.state.votes.v1?.resolution).toBe('选定甲公司');
  });

  it('a tie in a choice leaves no winner', () => {
    const sim = onFloor(10, 10);
    sim.do({
      type: 'vote/open',
      voteId: 'v1',
      method: 'choice',
      question: 'q',
      options: [
        { optionId: 'a', label: 'A' },
        { optionId: 'b', label: 'B' },
      ],
    });
    sim
      .do({ type: 'vote/enterCounts', counts: { a: { heads: 5 }, b: { heads: 5 } } })
      .do({ type: 'vote/close' });
    expect(sim.state.votes.v1?.outcome).toMatchObject({
      result: 'failed',
      winner: null,
      tie: true,
    });
  });

  it('satisfaction evaluation reports the share, under an evaluation preset', () => {
    const sim = onFloor(30, 21);
    expect(
      sim.reject({
        type: 'vote/open',
        voteId: 'v0',
        method: 'hands',
        question: 'q',
        presetId: 'evaluation-reps',
      }).code,
    ).toBe('vote.presetKindMismatch');
    sim.do({
      type: 'vote/open',
      voteId: 'v1',
      method: 'satisfaction',
      question: '对充电桩项目是否满意',
    });
    expect(sim.state.votes.v1?.preset.id).toBe('evaluation-reps');
    sim.do({
      type: 'vote/enterCounts',
      counts: {
        satisfied: { heads: 13 },
        basicallySatisfied: { heads: 6 },
        dissatisfied: { heads: 2 },
      },
    });
    sim.do({ type: 'vote/close' });
    expect(sim.state.votes.v1?.outcome).toMatchObject({
      result: 'evaluated',
      satisfactionPermille: 905,
    });
  });

  it('satisfaction below the evaluation quorum is invalid', () => {
    const sim = onFloor(30, 20); // > 2/3 needed: 20 of 30 is exactly 2/3, not more
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'satisfaction', question: 'q' });
    sim
      .do({ type: 'vote/enterCounts', counts: { satisfied: { heads: 20 } } })
      .do({ type: 'vote/close' });
    expect(sim.state.votes.v1?.outcome?.result).toBe('invalid');
  });
});

describe('votes: lifecycle', () => {
  it('one open vote at a time, on the open item, with unique ids', () => {
    const sim = onFloor(3, 3);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' });
    expect(
      sim.reject({ type: 'vote/open', voteId: 'v2', method: 'hands', question: 'q' }).code,
    ).toBe('vote.anotherOpen');
    sim.do(hands(3, 0, 0)).do({ type: 'vote/close' });
    expect(
      sim.reject({ type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' }).code,
    ).toBe('vote.duplicateId');
    expect(sim.reject({ type: 'vote/close' }).code).toBe('vote.noneOpen');
    expect(sim.reject({ type: 'vote/close', voteId: 'v1' }).code).toBe('vote.notOpen');
    expect(
      sim.reject({
        type: 'vote/open',
        voteId: 'v3',
        method: 'hands',
        question: 'q',
        presetId: 'zzz',
      }).code,
    ).toBe('meeting.unknownPreset');
  });

  it('voids a closed vote with a recorded reason, once; a void cannot be undone', () => {
    const sim = onFloor(3, 3);
    handsVote(sim, 'v1', 3, 0, 0);
    sim.do({ type: 'vote/void', voteId: 'v1', reason: '计票人员漏计一张' });
    expect(sim.state.votes.v1).toMatchObject({
      status: 'voided',
      voidReason: '计票人员漏计一张',
      voidedAt: sim.now,
    });
    expect(sim.state.votes.v1?.outcome?.result).toBe('passed'); // the record stays
    expect(sim.reject({ type: 'vote/void', voteId: 'v1', reason: 'again' }).code).toBe(
      'vote.alreadyVoided',
    );
    expect(sim.reject({ type: 'history/undo' }).code).toBe('history.nothingToUndo');
    expect(sim.reject({ type: 'vote/void', voteId: 'v1', reason: '  ' }).code).toBe(
      'command.malformed',
    );
  });

  it('voids an open vote, which frees the floor for another', () => {
    const sim = onFloor(3, 3);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' });
    sim.do({ type: 'vote/void', voteId: 'v1', reason: '表述有误，重新表决' });
    expect(sim.state.openVoteId).toBeNull();
    sim.do({ type: 'vote/open', voteId: 'v2', method: 'hands', question: 'q2' });
  });

  it('takes a custom preset for one vote, checked by the rules schema', () => {
    const sim = onFloor(10, 9);
    const base = presetById('council-default');
    if (!base) throw new Error('preset missing');
    const threeQuarters = {
      ...base,
      id: 'three-quarters',
      custom: true,
      pass: [
        {
          measure: 'heads' as const,
          base: 'present' as const,
          comparator: 'gte' as const,
          fraction: { num: 3, den: 4 },
        },
      ],
    };
    sim.do({
      type: 'vote/open',
      voteId: 'v1',
      method: 'hands',
      question: 'q',
      customPreset: threeQuarters,
    });
    sim.do(hands(7, 2, 0)).do({ type: 'vote/close' }); // 7 of 9: 4 × 7 = 28 ≥ 27
    expect(sim.state.votes.v1?.preset.id).toBe('three-quarters');
    expect(sim.state.votes.v1?.outcome?.result).toBe('passed');
    expect(sim.state.meeting?.preset.id).toBe('council-default');
    const broken = { ...threeQuarters, id: 'council-default' }; // a built-in id may not be reused
    expect(
      sim.reject({
        type: 'vote/open',
        voteId: 'v2',
        method: 'hands',
        question: 'q',
        customPreset: broken,
      }).code,
    ).toBe('command.malformed');
  });

  it('sets the resolution text only on a passed vote', () => {
    const sim = onFloor(4, 4);
    handsVote(sim, 'v1', 3, 1, 0);
    sim.do({ type: 'vote/setResolution', voteId: 'v1', text: '同意加装电梯' });
    expect(sim.state.votes.v1?.resolution).toBe('同意加装电梯');
    handsVote(sim, 'v2', 1, 3, 0);
    expect(sim.reject({ type: 'vote/setResolution', voteId: 'v2', text: 'x' }).code).toBe(
      'vote.notPassed',
    );
  });

  it('attaches action items to a passed resolution and tracks their status', () => {
    const sim = onFloor(4, 4);
    handsVote(sim, 'v1', 4, 0, 0);
    sim.do({
      type: 'action/add',
      actionId: 'a1',
      voteId: 'v1',
      title: '联系施工队',
      owner: '张师傅',
      budget: 1_260_000,
      deadline: '2026-06-30',
    });
    expect(sim.state.actions.a1).toMatchObject({
      status: 'planned',
      budget: 1_260_000,
      owner: '张师傅',
    });
    sim.do({ type: 'meeting/close' });
    sim.do({ type: 'action/update', actionId: 'a1', status: 'done', note: '已完工' });
    expect(sim.state.actions.a1).toMatchObject({
      status: 'done',
      note: '已完工',
      updatedAt: sim.now,
    });
    expect(sim.reject({ type: 'action/add', actionId: 'a1', voteId: 'v1', title: 'x' }).code).toBe(
      'action.duplicateId',
    );
    expect(sim.reject({ type: 'action/update', actionId: 'zz', status: 'done' }).code).toBe(
      'action.unknown',
    );
  });

  it('refuses an action item on a failed vote', () => {
    const sim = onFloor(4, 4);
    handsVote(sim, 'v1', 1, 3, 0);
    expect(sim.reject({ type: 'action/add', actionId: 'a1', voteId: 'v1', title: 'x' }).code).toBe(
      'vote.notPassed',
    );
  });
});
