import { describe, expect, it } from 'vitest';
import { hands, onFloor, type Sim } from './helpers';
import { replay, toProjectorView, type MeetingEvent } from './imports';

// Issue 16: ballots from members' own phones, counted with the chair's hands and paper counts
// in one tally, with no one counted twice.

const cast = (memberId: string, choice: string, ballotId = `${memberId}-${choice}`) =>
  ({ type: 'vote/cast', voteId: 'v1', memberId, ballotId, choice }) as const;
const mark = (memberId: string) => ({ type: 'vote/markVoted', voteId: 'v1', memberId }) as const;

function open(sim: Sim, method: 'hands' | 'rollCall' | 'secret' | 'satisfaction' = 'hands'): Sim {
  return sim.do({ type: 'vote/open', voteId: 'v1', method, question: '是否同意加装电梯' });
}

describe('vote/cast: a ballot from a member’s phone', () => {
  it('counts with the entered hands; the outcome records the phones’ share', () => {
    const sim = open(onFloor(9, 9));
    sim.do(cast('r1', 'yes')).do(cast('r2', 'no'));
    sim.do(hands(5, 1, 1));
    sim.do({ type: 'vote/close' });
    const o = sim.state.votes.v1?.outcome;
    expect(o?.counts.yes?.heads).toBe(6);
    expect(o?.counts.no?.heads).toBe(2);
    expect(o?.counts.abstain?.heads).toBe(1);
    expect(o?.device?.yes?.heads).toBe(1);
    expect(o?.device?.no?.heads).toBe(1);
    expect(o?.result).toBe('passed');
  });

  it('may be changed until close; the last ballot counts', () => {
    const sim = open(onFloor(5, 5));
    sim.do(cast('r1', 'yes', 'b1')).do(cast('r1', 'no', 'b2'));
    expect(sim.state.votes.v1?.deviceBallots).toEqual({ r1: { choice: 'no', ballotId: 'b2' } });
    sim.do({ type: 'vote/close' });
    expect(sim.state.votes.v1?.outcome?.counts.no?.heads).toBe(1);
    expect(sim.state.votes.v1?.outcome?.counts.yes?.heads).toBe(0);
    expect(sim.reject(cast('r1', 'yes', 'b3')).code).toBe('vote.notOpen');
  });

  it('is idempotent by ballotId: the same ballot again stores nothing', () => {
    const sim = open(onFloor(5, 5));
    sim.do(cast('r1', 'yes', 'b1'));
    const before = sim.state;
    const events = sim.events.length;
    sim.do(cast('r1', 'yes', 'b1'));
    expect(sim.events.length).toBe(events);
    expect(sim.state.votes).toBe(before.votes);
  });

  it('a late re-send of a ballot the member has since changed does not undo the change', () => {
    const sim = open(onFloor(5, 5));
    sim.do(cast('r1', 'yes', 'b1')).do(cast('r1', 'no', 'b2'));
    const events = sim.events.length;
    // b1 arrives again after b2 (a phone that reconnected with an old frame in flight).
    sim.do(cast('r1', 'yes', 'b1'));
    expect(sim.events.length).toBe(events);
    expect(sim.state.votes[sim.state.openVoteId ?? '']?.deviceBallots['r1']?.choice).toBe('no');
    // Another member can never reuse a ballot id that is spent.
    expect(sim.reject(cast('r2', 'yes', 'b1')).code).toBe('vote.ballotIdTaken');
  });

  it('answers a re-sent ballot that finds the vote closed: it was counted, nothing changes', () => {
    const sim = open(onFloor(5, 5));
    sim.do(cast('r1', 'yes', 'b1')).do({ type: 'vote/close' });
    const events = sim.events.length;
    sim.do(cast('r1', 'yes', 'b1'));
    expect(sim.events.length).toBe(events);
    expect(sim.reject(cast('r1', 'no', 'b2')).code).toBe('vote.notOpen');
  });

  it('refuses observers, members not present, unknown members and unknown choices', () => {
    const sim = onFloor(5, 4);
    sim.do({
      type: 'roster/addMember',
      memberId: 'ob',
      name: '列席',
      category: 'custom',
      role: 'observer',
    });
    sim.do({ type: 'roster/signIn', memberId: 'ob' });
    open(sim);
    expect(sim.reject(cast('ob', 'yes')).code).toBe('vote.observerCannotVote');
    expect(sim.reject(cast('r5', 'yes')).code).toBe('roster.notPresent');
    expect(sim.reject(cast('zz', 'yes')).code).toBe('roster.unknownMember');
    expect(sim.reject(cast('r1', 'satisfied'))).toEqual({
      code: 'vote.unknownCountKey',
      params: { key: 'satisfied' },
    });
    expect(sim.reject({ ...cast('r1', 'yes'), voteId: 'nope' }).code).toBe('vote.unknown');
  });

  it('takes the keys of the method: options of a choice, the satisfaction words', () => {
    const sim = onFloor(5, 5);
    sim.do({
      type: 'vote/open',
      voteId: 'v1',
      method: 'choice',
      question: '选哪家物业',
      options: [
        { optionId: 'a', label: '甲' },
        { optionId: 'b', label: '乙' },
      ],
    });
    sim.do(cast('r1', 'a')).do(cast('r2', 'abstain'));
    expect(sim.reject(cast('r3', 'yes')).code).toBe('vote.unknownCountKey');
    sim.do({ type: 'vote/close' });
    expect(sim.state.votes.v1?.outcome?.counts.a?.heads).toBe(1);
    const eva = onFloor(5, 5);
    eva.do({ type: 'vote/open', voteId: 'v1', method: 'satisfaction', question: '是否满意' });
    eva.do(cast('r1', 'basicallySatisfied'));
    expect(eva.reject(cast('r2', 'no')).code).toBe('vote.unknownCountKey');
  });

  it('is refused on a secret vote: its choices never go into the record', () => {
    const sim = open(onFloor(5, 5), 'secret');
    expect(sim.reject(cast('r1', 'yes')).code).toBe('vote.secretUsesBox');
  });

  it('roll call: one ballot per member, the phone’s or the chair’s, whichever came last', () => {
    const sim = open(onFloor(5, 5), 'rollCall');
    sim.do({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'no' });
    sim.do(cast('r1', 'yes'));
    expect(sim.state.votes.v1?.ballots).toEqual({});
    expect(sim.state.votes.v1?.deviceBallots.r1?.choice).toBe('yes');
    sim.do(cast('r2', 'yes'));
    sim.do({ type: 'vote/recordBallot', memberId: 'r2', ballot: 'abstain' });
    expect(sim.state.votes.v1?.deviceBallots.r2).toBeUndefined();
    sim.do({ type: 'vote/close' });
    const o = sim.state.votes.v1?.outcome;
    expect(o?.counts.yes?.heads).toBe(1);
    expect(o?.counts.abstain?.heads).toBe(1);
    expect(o?.device?.yes?.heads).toBe(1);
  });

  it('keeps one vote per household where households count, across phone and chair', () => {
    const sim = onFloor(4, 0, 'villagers-meeting-household');
    for (const [id, household, area] of [
      ['r1', 'A1', 8000],
      ['r2', 'A1', 8000],
      ['r3', 'B2', 9000],
      ['r4', 'C3', 7000],
    ] as const) {
      sim.do({ type: 'roster/updateMember', memberId: id, household, area });
      sim.do({ type: 'roster/signIn', memberId: id });
    }
    open(sim, 'rollCall');
    sim.do({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'yes' });
    expect(sim.reject(cast('r2', 'no'))).toEqual({
      code: 'vote.householdSplit',
      params: { name: '代表2', household: 'A1' },
    });
    sim.do(cast('r2', 'yes'));
    expect(sim.reject({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'no' }).code).toBe(
      'vote.householdSplit',
    );
  });

  it('is not undone by the chair, and undoing the chair’s step keeps the phone’s ballot', () => {
    const sim = open(onFloor(9, 9));
    sim.do(hands(3, 1, 0));
    sim.do(cast('r1', 'yes'));
    sim.do({ type: 'history/undo' }); // takes back the entered counts, not the phone's ballot
    expect(sim.state.votes.v1?.counts).toBeNull();
    expect(sim.state.votes.v1?.deviceBallots.r1?.choice).toBe('yes');
    // The vote's opening would take the members' ballots with it: refused, nothing changes.
    const refused = sim.reject({ type: 'history/undo' }); // reject also checks nothing changed
    expect(refused).toEqual({ code: 'history.phonesVoted', params: { count: 1 } });
    expect(sim.state.votes.v1?.deviceBallots.r1?.choice).toBe('yes');
  });

  it('a secret vote a phone voted in cannot have its opening undone either', () => {
    const sim = open(onFloor(5, 5), 'secret');
    sim.do(mark('r1')).do(mark('r2'));
    expect(sim.reject({ type: 'history/undo' })).toEqual({
      code: 'history.phonesVoted',
      params: { count: 2 },
    });
    expect(sim.state.votes.v1?.deviceVoters).toEqual(['r1', 'r2']);
    // Closing (and voiding, if it was opened by mistake) is the way out, as for any vote.
    sim.do({ type: 'vote/close', sealed: { yes: { heads: 2 } } });
    sim.do({ type: 'vote/void', voteId: 'v1', reason: '误开表决' });
    expect(sim.state.votes.v1?.voidReason).toBe('误开表决');
  });

  it('a vote no phone voted in can still have its opening undone', () => {
    const sim = open(onFloor(5, 5));
    sim.do({ type: 'history/undo' });
    expect(sim.state.votes.v1).toBeUndefined();
  });

  it('roll call: undoing the chair’s record after a phone ballot does not bring it back', () => {
    const sim = open(onFloor(5, 5), 'rollCall');
    sim.do({ type: 'vote/recordBallot', memberId: 'r1', ballot: 'no' });
    sim.do(cast('r1', 'yes'));
    sim.do({ type: 'history/undo' });
    const v = sim.state.votes.v1;
    expect(v?.ballots).toEqual({});
    expect(v?.deviceBallots.r1?.choice).toBe('yes');
  });
});

describe('no one counted twice', () => {
  it('refuses hands that, with the phones’ ballots, exceed those present', () => {
    const sim = open(onFloor(9, 5));
    sim.do(cast('r1', 'yes')).do(cast('r2', 'yes'));
    expect(sim.reject(hands(3, 1, 0))).toEqual({
      code: 'vote.countedTwice',
      params: { measure: 'heads', entered: 4, device: 2, base: 5 },
    });
    sim.do(hands(2, 1, 0));
  });

  it('refuses a phone ballot once the entered counts already cover everyone present', () => {
    const sim = open(onFloor(9, 5));
    sim.do(hands(4, 1, 0));
    expect(sim.reject(cast('r1', 'yes'))).toEqual({
      code: 'vote.countedTwice',
      params: { measure: 'heads', entered: 5, device: 1, base: 5 },
    });
  });

  it('a changed phone ballot still counts once', () => {
    const sim = open(onFloor(9, 5));
    sim.do(cast('r1', 'yes')).do(hands(3, 1, 0));
    sim.do(cast('r1', 'no', 'again'));
    sim.do({ type: 'vote/close' });
    const o = sim.state.votes.v1?.outcome;
    expect((o?.counts.yes?.heads ?? 0) + (o?.counts.no?.heads ?? 0)).toBe(5);
  });

  it('at close: a member who left takes their phone ballot; a count then too high is refused', () => {
    const sim = open(onFloor(9, 5));
    sim.do(cast('r1', 'yes')).do(hands(3, 1, 0));
    sim.do({ type: 'roster/signOut', memberId: 'r2' });
    expect(sim.reject({ type: 'vote/close' })).toEqual({
      code: 'vote.countedTwice',
      params: { measure: 'heads', entered: 4, device: 1, base: 4 },
    });
    sim.do({ type: 'roster/signOut', memberId: 'r1' });
    sim.do({ type: 'roster/signIn', memberId: 'r2' });
    sim.do({ type: 'vote/close' });
    expect(sim.state.votes.v1?.outcome?.device).toBeUndefined();
    expect(sim.state.votes.v1?.outcome?.counts.yes?.heads).toBe(3);
  });

  it('secret: those marked as voted count against the paper ballots', () => {
    const sim = open(onFloor(9, 5), 'secret');
    sim.do(mark('r1')).do(mark('r2'));
    expect(sim.reject(hands(3, 1, 0))).toEqual({
      code: 'vote.countedTwice',
      params: { measure: 'heads', entered: 4, device: 2, base: 5 },
    });
    sim.do(hands(2, 1, 0));
    expect(sim.reject(mark('r3'))).toEqual({
      code: 'vote.countedTwice',
      params: { measure: 'heads', entered: 3, device: 3, base: 5 },
    });
  });
});

describe('vote/markVoted and the sealed ballot box', () => {
  it('marks who voted, sorted, with no choice; close adds the box’s aggregate', () => {
    const sim = open(onFloor(9, 9), 'secret');
    sim.do(mark('r7')).do(mark('r2')).do(mark('r5'));
    expect(sim.state.votes.v1?.deviceVoters).toEqual(['r2', 'r5', 'r7']);
    expect(sim.reject(mark('r2'))).toEqual({
      code: 'vote.alreadyVoted',
      params: { name: '代表2' },
    });
    sim.do(hands(3, 1, 0));
    const sealed = { yes: { heads: 2 }, no: { heads: 1 } };
    sim.do({ type: 'vote/close', sealed });
    const o = sim.state.votes.v1?.outcome;
    expect(o?.counts.yes?.heads).toBe(5);
    expect(o?.counts.no?.heads).toBe(2);
    expect(o?.device?.yes?.heads).toBe(2);
    expect(o?.device?.abstain?.heads).toBe(0);
  });

  it('closes a secret vote cast only on phones, without any entered counts', () => {
    const sim = open(onFloor(5, 5), 'secret');
    sim.do(mark('r1')).do(mark('r2')).do(mark('r3'));
    sim.do({ type: 'vote/close', sealed: { yes: { heads: 3 } } });
    expect(sim.state.votes.v1?.outcome?.result).toBe('passed');
  });

  it('refuses a box that does not hold one ballot per member marked, or keys of another vote', () => {
    const sim = open(onFloor(5, 5), 'secret');
    sim.do(mark('r1')).do(mark('r2'));
    expect(sim.reject({ type: 'vote/close', sealed: { yes: { heads: 1 } } })).toEqual({
      code: 'vote.sealedMismatch',
      params: { marked: 2, sealed: 1 },
    });
    expect(sim.reject({ type: 'vote/close' }).code).toBe('vote.sealedMismatch');
    expect(sim.reject({ type: 'vote/close', sealed: { a: { heads: 2 } } }).code).toBe(
      'vote.unknownCountKey',
    );
  });

  it('refuses markVoted on a vote that is not secret, for observers and the absent', () => {
    const sim = onFloor(5, 4);
    open(sim);
    expect(sim.reject(mark('r1')).code).toBe('vote.notSecret');
    expect(sim.reject({ type: 'vote/close', sealed: { yes: { heads: 1 } } }).code).toBe(
      'vote.notSecret',
    );
    const secret = open(onFloor(5, 4), 'secret');
    expect(secret.reject(mark('r5')).code).toBe('roster.notPresent');
  });
});

describe('sign-in from a phone', () => {
  it('is recorded with via device, undoable by the chair; the chair’s has no via', () => {
    const sim = onFloor(5, 0);
    sim.do({ type: 'roster/signIn', memberId: 'r1', via: 'device' });
    sim.do({ type: 'roster/signIn', memberId: 'r2' });
    expect(sim.state.attendance.r1?.via).toBe('device');
    expect(sim.state.attendance.r2?.via).toBeUndefined();
    const signed = sim.events.filter((e) => e.type === 'roster/signedIn');
    expect(signed.map((e) => ('via' in e ? e.via : undefined))).toEqual(['device', undefined]);
    sim.do({ type: 'history/undo' }).do({ type: 'history/undo' });
    expect(sim.state.attendance.r1?.status ?? 'absent').toBe('absent');
  });
});

describe('older journals', () => {
  it('replay without via, device ballots or a device share', () => {
    const sim = open(onFloor(5, 5));
    sim.do(hands(3, 1, 0)).do({ type: 'vote/close' });
    // Journals written before issue 16 carry none of the new fields.
    const old = sim.events.map((e) => JSON.parse(JSON.stringify(e)) as MeetingEvent);
    const state = replay('m1', old);
    expect(state.votes.v1?.outcome?.device).toBeUndefined();
    expect(state.votes.v1?.deviceBallots).toEqual({});
    const view = toProjectorView(state).votes[0];
    expect(view?.device).toEqual({ voted: 0, counts: null });
    expect(view?.counts?.yes?.heads).toBe(3);
  });
});

describe('the projector view of a vote while phones pour in', () => {
  it('words the rule once for all its frames; the threshold and counts follow each ballot', () => {
    const sim = open(onFloor(9, 9));
    const first = toProjectorView(sim.state).votes[0];
    sim.do(cast('r1', 'yes'));
    const second = toProjectorView(sim.state).votes[0];
    expect(second?.rule.text).toBe(first?.rule.text);
    expect(second?.rule.text['zh-CN']).toMatch(/同意/);
    expect(second?.rule.text.en).not.toBe(second?.rule.text['zh-CN']);
    expect(first?.device.voted).toBe(0);
    expect(second?.device.voted).toBe(1);
    expect(second?.device.counts?.yes?.heads).toBe(1);
  });
});
