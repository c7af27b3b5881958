import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measuresUsed } from '../../shared/domain/rules';
import {
  countsTotal,
  deviceCounts,
  dispatch,
  emptyState,
  enteredCounts,
  presentMembers,
  replay,
  tallyOf,
  type CommandInput,
  type MeetingEvent,
  type MeetingState,
  type Vote,
} from './imports';

// Issue 16, as properties over random sequences of sign-ins and sign-outs (by chair and phone),
// phone ballots (new, changed and re-sent), entered counts, a secret vote's "has voted" and
// closes: no member is ever counted twice, totals never exceed those present (while no one has
// left during the vote, and on every closed vote), a re-sent ballot changes nothing, and a secret
// vote's stored events never put a choice next to a member.

const MEMBERS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'] as const;
const HOUSEHOLDS = ['A', 'A', 'B', 'C', 'C', 'D'] as const;

function setup(presetId: string): CommandInput[] {
  return [
    {
      type: 'meeting/create',
      title: '手机表决',
      bodyKind: 'villagerRepsMeeting',
      date: '2026-05-10',
      place: '村委会',
      chair: '王主任',
      recorder: '李记录',
      presetId,
    },
    ...MEMBERS.map((memberId, i): CommandInput => ({
      type: 'roster/addMember',
      memberId,
      name: `成员${i + 1}`,
      category: 'residentRep',
      household: HOUSEHOLDS[i] ?? '',
      area: 5000 + i * 100,
    })),
    { type: 'agenda/addItem', itemId: 'i1', title: '修路' },
    { type: 'meeting/open' },
    { type: 'agenda/openItem', itemId: 'i1' },
  ];
}

const member = fc.constantFrom(...MEMBERS);
const voteId = fc.constantFrom('v1', 'v2', 'v3');
const choice = fc.constantFrom('yes', 'no', 'abstain', 'a', 'b', 'satisfied');
const small = fc.nat({ max: 4 });

type Step =
  { kind: 'command'; command: CommandInput } | { kind: 'resend' } | { kind: 'closeWithBox' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.tuple(member, fc.boolean()).map(([memberId, phone]): Step => ({
      kind: 'command',
      command: { type: 'roster/signIn', memberId, ...(phone ? { via: 'device' as const } : {}) },
    })),
    weight: 5,
  },
  {
    arbitrary: member.map((memberId): Step => ({
      kind: 'command',
      command: { type: 'roster/signOut', memberId },
    })),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(voteId, fc.constantFrom('hands', 'rollCall', 'secret', 'choice', 'satisfaction'))
      .map(([id, method]): Step => ({
        kind: 'command',
        command: {
          type: 'vote/open',
          voteId: id,
          method,
          question: '是否同意',
          ...(method === 'choice'
            ? {
                options: [
                  { optionId: 'a', label: '甲' },
                  { optionId: 'b', label: '乙' },
                ],
              }
            : {}),
        },
      })),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(member, choice, fc.constantFrom('b1', 'b2', 'b3'))
      .map(([memberId, c, ballotId]): Step => ({
        kind: 'command',
        command: cast(memberId, c, ballotId),
      })),
    weight: 10,
  },
  { arbitrary: fc.constant<Step>({ kind: 'resend' }), weight: 3 },
  {
    arbitrary: member.map((memberId): Step => ({
      kind: 'command',
      command: { type: 'vote/markVoted', voteId: '', memberId },
    })),
    weight: 4,
  },
  {
    arbitrary: fc.tuple(small, small, small, choice).map(([yes, no, abstain, other]): Step => ({
      kind: 'command',
      command: {
        type: 'vote/enterCounts',
        counts: {
          [other]: { heads: yes },
          abstain: { heads: abstain },
          ...(other === 'yes' ? { no: { heads: no } } : {}),
        },
      },
    })),
    weight: 4,
  },
  {
    arbitrary: member.map((memberId): Step => ({
      kind: 'command',
      command: { type: 'vote/recordBallot', memberId, ballot: 'yes' },
    })),
    weight: 2,
  },
  { arbitrary: fc.constant<Step>({ kind: 'closeWithBox' }), weight: 2 },
  {
    arbitrary: fc.constant<Step>({ kind: 'command', command: { type: 'history/undo' } }),
    weight: 2,
  },
);

function cast(memberId: string, c: string, ballotId: string): CommandInput {
  // voteId '' is filled in with the open vote when the step runs.
  return { type: 'vote/cast', voteId: '', memberId, ballotId, choice: c };
}

/** Entered plus the phones' share never exceeds those present, in any measure the preset uses. */
function withinPresent(state: MeetingState, vote: Vote): string[] {
  const present = tallyOf(presentMembers(state));
  const entered = countsTotal(enteredCounts(state, vote));
  const device =
    vote.method === 'secret'
      ? tallyOf(vote.deviceVoters.flatMap((id) => state.members[id] ?? []))
      : countsTotal(deviceCounts(state, vote));
  return measuresUsed(vote.preset).flatMap((m) =>
    entered[m] + device[m] > present[m]
      ? [`${vote.voteId}: ${m} entered ${entered[m]} + phones ${device[m]} > present ${present[m]}`]
      : [],
  );
}

/** A member whose ballot is counted twice: by the chair and on the phone, in one vote. */
function twice(vote: Vote): string[] {
  return Object.keys(vote.deviceBallots).filter((id) => Object.hasOwn(vote.ballots, id));
}

/** The secret votes' stored events: none carries a choice (or ballot) beside a member id. */
function secretLinks(events: readonly MeetingEvent[], state: MeetingState): MeetingEvent[] {
  const secret = new Set(
    Object.values(state.votes)
      .filter((v) => v.method === 'secret')
      .map((v) => v.voteId),
  );
  return events.filter((e) => {
    if (!('voteId' in e) || !secret.has(e.voteId) || !('memberId' in e)) return false;
    return 'choice' in e || 'ballot' in e || 'ballotId' in e || 'counts' in e;
  });
}

function run(presetId: string, steps: readonly Step[]): void {
  let state = emptyState('p');
  let now = 1_778_400_000_000;
  const events: MeetingEvent[] = [];
  const step = (command: CommandInput) => {
    now += 1000;
    const r = dispatch(state, { ...command, at: now });
    if (r.ok) {
      state = r.state;
      events.push(...r.events);
    }
    return r;
  };
  for (const c of setup(presetId)) expect(step(c).ok).toBe(true);
  // The ballot box main keeps for secret votes: only aggregates, filled as members are marked.
  const box = new Map<string, Record<string, { heads: number }>>();
  let lastCast: CommandInput | null = null;
  let leftDuringVote = false;
  for (const s of steps) {
    const openId = state.openVoteId ?? 'none';
    if (s.kind === 'resend') {
      if (lastCast === null) continue;
      const before = state;
      const r = step(lastCast);
      // The phone re-sends its last ballot after a reconnect: answered ok, and nothing changes
      // (unless another ballot of that member came since, which then is replaced again).
      const current =
        lastCast.type === 'vote/cast'
          ? before.votes[lastCast.voteId]?.deviceBallots[lastCast.memberId]?.ballotId
          : undefined;
      if (lastCast.type === 'vote/cast' && current === lastCast.ballotId) {
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.events).toEqual([]);
        expect(state).toBe(before);
      }
      continue;
    }
    if (s.kind === 'closeWithBox') {
      const sealed = state.openVoteId ? box.get(state.openVoteId) : undefined;
      step({ type: 'vote/close', ...(sealed ? { sealed } : {}) });
    } else {
      let command = s.command;
      if (command.type === 'vote/cast' || command.type === 'vote/markVoted')
        command = { ...command, voteId: openId };
      const presentBefore = presentMembers(state).map((m) => m.memberId);
      const r = step(command);
      if (r.ok && command.type === 'vote/open') leftDuringVote = false;
      // A sign-out, or an undone sign-in, while a vote is open.
      const present = new Set(presentMembers(state).map((m) => m.memberId));
      if (state.openVoteId && presentBefore.some((m) => !present.has(m))) leftDuringVote = true;
      if (command.type === 'vote/cast') lastCast = command;
      if (r.ok && command.type === 'vote/markVoted') {
        const counts = box.get(openId) ?? {};
        counts.yes = { heads: (counts.yes?.heads ?? 0) + 1 };
        box.set(openId, counts);
      }
      // Someone who voted may leave before the close: the counts may then exceed those present
      // until the chair settles it (closing refuses: vote.countsExceedBase, vote.voterNotPresent;
      // checked on every outcome below). With no one gone, no ballot or count may exceed them.
      if (
        r.ok &&
        !leftDuringVote &&
        ['vote/cast', 'vote/markVoted', 'vote/enterCounts'].includes(command.type) &&
        state.openVoteId
      ) {
        const vote = state.votes[state.openVoteId];
        if (vote) expect(withinPresent(state, vote)).toEqual([]);
      }
    }
    for (const vote of Object.values(state.votes)) {
      expect(twice(vote)).toEqual([]);
      const o = vote.outcome;
      if (!o) continue;
      for (const m of measuresUsed(vote.preset)) {
        expect(countsTotal(o.counts)[m]).toBeLessThanOrEqual(o.present[m]);
      }
      for (const [key, t] of Object.entries(o.device ?? {}))
        expect(t.heads).toBeLessThanOrEqual(o.counts[key]?.heads ?? 0);
    }
  }
  expect(secretLinks(events, state)).toEqual([]);
  expect(replay('p', events)).toEqual(state);
}

const steps = fc.array(stepArb, { minLength: 20, maxLength: 100 });

describe('phones and hands in one tally: properties', () => {
  it('heads only: no one counted twice, totals within those present, re-sends change nothing', () => {
    fc.assert(
      fc.property(steps, (s) => run('council-default', s)),
      { numRuns: 120 },
    );
  });

  it('households and area counted: the same holds in every measure', () => {
    fc.assert(
      fc.property(steps, (s) => run('villagers-meeting-household', s)),
      { numRuns: 120 },
    );
  });
});
