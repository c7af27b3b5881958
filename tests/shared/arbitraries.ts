import fc from 'fast-check';
import type { CommandInput } from './imports';

// Commands over a small universe of ids, so random sequences hit real paths (sign-ins, queues,
// votes closing) rather than bouncing off "unknown member" every time.
const member = fc.constantFrom('m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'o0', 'zz');
const item = fc.constantFrom('i0', 'i1', 'i2', 'i9');
const vote = fc.constantFrom('v0', 'v1', 'v2');
const id = fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', 'c', '1') });
const small = fc.nat({ max: 8 });
const tally = fc.record({ heads: small }, { requiredKeys: ['heads'] });
const stance = fc.constantFrom('pro', 'contra', 'neutral') as fc.Arbitrary<
  'pro' | 'contra' | 'neutral'
>;
const ballot = fc.constantFrom('yes', 'yes', 'yes', 'no', 'abstain', null) as fc.Arbitrary<
  'yes' | 'no' | 'abstain' | null
>;
const method = fc.constantFrom(
  'hands',
  'rollCall',
  'secret',
  'choice',
  'satisfaction',
) as fc.Arbitrary<'hands' | 'rollCall' | 'secret' | 'choice' | 'satisfaction'>;
const countKey = fc.constantFrom(
  'yes',
  'no',
  'abstain',
  'a',
  'b',
  'satisfied',
  'basicallySatisfied',
  'dissatisfied',
);

/** A random, well-formed command input (it may still be refused by the rules). */
export const commandArb: fc.Arbitrary<CommandInput> = fc.oneof(
  {
    arbitrary: member.map((memberId) => ({ type: 'roster/signIn' as const, memberId })),
    weight: 6,
  },
  {
    arbitrary: member.map((memberId) => ({ type: 'roster/signOut' as const, memberId })),
    weight: 2,
  },
  member.map((memberId) => ({ type: 'roster/excuse' as const, memberId })),
  fc.record({
    type: fc.constant('roster/addMember' as const),
    memberId: id,
    name: fc.constant('新人'),
    category: fc.constant('stakeholder' as const),
  }),
  fc.record({
    type: fc.constant('roster/importMembers' as const),
    members: fc.array(
      fc.record({
        memberId: id,
        name: fc.constant('导入'),
        category: fc.constantFrom('residentRep', 'committee') as fc.Arbitrary<
          'residentRep' | 'committee'
        >,
        role: fc.constantFrom('member', 'observer') as fc.Arbitrary<'member' | 'observer'>,
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  member.map((memberId) => ({ type: 'roster/removeMember' as const, memberId })),
  fc.constant({ type: 'meeting/open' as const }),
  { arbitrary: item.map((itemId) => ({ type: 'agenda/openItem' as const, itemId })), weight: 4 },
  item.map((itemId) => ({ type: 'agenda/closeItem' as const, itemId })),
  item.map((itemId) => ({ type: 'agenda/deferItem' as const, itemId })),
  item.map((itemId) => ({ type: 'agenda/removeItem' as const, itemId })),
  { arbitrary: fc.constant({ type: 'agenda/next' as const }), weight: 2 },
  fc.record({
    type: fc.constant('vote/setTellers' as const),
    voteId: vote,
    teller: fc.constantFrom('赵', ''),
  }),
  fc.record({
    type: fc.constant('agenda/addItem' as const),
    itemId: id,
    title: fc.constant('紧急'),
  }),
  fc
    .shuffledSubarray(['i0', 'i1', 'i2'])
    .map((itemIds) => ({ type: 'agenda/reorder' as const, itemIds })),
  {
    arbitrary: fc.record({
      type: fc.constant('queue/request' as const),
      memberId: member,
      stance,
      pointOfOrder: fc.boolean(),
    }),
    weight: 8,
  },
  member.map((memberId) => ({ type: 'queue/withdraw' as const, memberId })),
  fc
    .shuffledSubarray(['m0', 'm1', 'm2', 'm3'])
    .map((memberIds) => ({ type: 'queue/reorder' as const, memberIds })),
  { arbitrary: id.map((speechId) => ({ type: 'queue/callNext' as const, speechId })), weight: 5 },
  fc.record({ type: fc.constant('speech/start' as const), speechId: id, memberId: member }),
  fc.constantFrom(
    { type: 'speech/pause' as const },
    { type: 'speech/resume' as const },
    { type: 'speech/end' as const },
    { type: 'history/undo' as const },
    { type: 'display/clearMessage' as const },
  ),
  fc.nat({ max: 600 }).map((limitSec) => ({ type: 'speech/setLimit' as const, limitSec })),
  fc.record({
    type: fc.constant('speech/setSummary' as const),
    speechId: id,
    text: fc.constantFrom('支持加装电梯', ''),
  }),
  fc.constant({ type: 'display/setMessage' as const, text: '请安静' }),
  {
    arbitrary: fc.record({
      type: fc.constant('vote/open' as const),
      voteId: vote,
      method,
      question: fc.constant('是否同意'),
      options: fc.constant(null).map(() => [
        { optionId: 'a', label: '甲' },
        { optionId: 'b', label: '乙' },
      ]),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      type: fc.constant('vote/enterCounts' as const),
      counts: fc.dictionary(countKey, tally, { maxKeys: 4 }),
    }),
    weight: 3,
  },
  {
    // Plausible yes/no counts too, so votes also pass, not only fail.
    arbitrary: fc.record({
      type: fc.constant('vote/enterCounts' as const),
      counts: fc.record({
        yes: fc.record({ heads: fc.nat({ max: 6 }) }),
        no: fc.record({ heads: fc.nat({ max: 1 }) }),
      }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      type: fc.constant('vote/recordBallot' as const),
      memberId: member,
      ballot,
    }),
    weight: 10,
  },
  { arbitrary: fc.constant({ type: 'vote/close' as const }), weight: 3 },
  // Issue 16: members' own phones (sign-in, ballots, a secret vote's "has voted", the box).
  {
    arbitrary: member.map((memberId) => ({
      type: 'roster/signIn' as const,
      memberId,
      via: 'device' as const,
    })),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      type: fc.constant('vote/cast' as const),
      voteId: vote,
      memberId: member,
      ballotId: fc.constantFrom('b1', 'b2', 'b3'),
      choice: countKey,
    }),
    weight: 8,
  },
  {
    arbitrary: fc.record({
      type: fc.constant('vote/markVoted' as const),
      voteId: vote,
      memberId: member,
    }),
    weight: 4,
  },
  fc.record({
    type: fc.constant('vote/close' as const),
    sealed: fc.dictionary(countKey, tally, { maxKeys: 3 }),
  }),
  fc.record({
    type: fc.constant('vote/void' as const),
    voteId: vote,
    reason: fc.constant('重新表决'),
  }),
  fc.record({
    type: fc.constant('action/add' as const),
    actionId: id,
    voteId: vote,
    title: fc.constant('落实'),
  }),
  // The queue orderings (first-time, least time, alternating stances) switched on and off
  // mid-meeting, so they go through the duplicate, undo and replay checks too.
  {
    arbitrary: fc.record(
      {
        type: fc.constant('meeting/update' as const),
        queuePolicy: fc.record(
          {
            firstTimeFirst: fc.boolean(),
            leastTimeFirst: fc.boolean(),
            alternateStances: fc.boolean(),
            speechLimitSec: fc.constantFrom(0, 60, 180),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['type', 'queuePolicy'] },
    ),
    weight: 2,
  },
  fc.record({ type: fc.constant('notes/set' as const), itemId: item, text: fc.constant('记录') }),
);

/**
 * Set-up commands: a meeting of six members and one observer, three items; four members
 * signed in, the meeting open and the first item on the floor, so random commands land.
 */
export function setup(presetId = 'council-default'): CommandInput[] {
  return [
    {
      type: 'meeting/create',
      title: '随机会议',
      bodyKind: 'residentsCouncil',
      date: '2026-05-10',
      presetId,
    },
    ...['m0', 'm1', 'm2', 'm3', 'm4', 'm5'].map((memberId, i): CommandInput => ({
      type: 'roster/addMember',
      memberId,
      name: `成员${i}`,
      category: i === 0 ? 'committee' : 'residentRep',
      household: `h${i >> 1}`,
      area: 5_000 + i * 100,
    })),
    {
      type: 'roster/addMember',
      memberId: 'o0',
      name: '列席',
      category: 'custom',
      role: 'observer',
    },
    ...['i0', 'i1', 'i2'].map((itemId): CommandInput => ({
      type: 'agenda/addItem',
      itemId,
      title: `议题${itemId}`,
    })),
    ...['m0', 'm1', 'm2', 'm3'].map((memberId): CommandInput => ({
      type: 'roster/signIn',
      memberId,
    })),
    { type: 'meeting/open' },
    { type: 'agenda/openItem', itemId: 'i0' },
  ];
}
