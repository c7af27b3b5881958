import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFollowup,
  dispatchFollowup,
  emptyFollowup,
  followupEventSchema,
  replayFollowup,
  type FollowupEvent,
  type FollowupState,
} from '../../../shared/followup';
import { deepFreeze } from '../invariants';

// Random command sequences over a few ids, so that most commands meet an existing topic or item
// in some state: accepted or refused, the registry must stay consistent and replayable.

const topicId = fc.constantFrom('t1', 't2');
const meetingId = fc.constantFrom('m1', 'm2', 'm3');
const ref = { meetingId: fc.constantFrom('m1', 'm2'), actionId: fc.constant('a1') };
const date = fc.constantFrom('2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01');
const count = fc.nat({ max: 30 });

const commandArb = fc.oneof(
  fc.record({
    type: fc.constant('topic/raise'),
    topicId,
    title: fc.constantFrom('加装电梯', '路灯', ' '),
    channel: fc.constantFrom('hotline', 'doorToDoor', 'wechatGroup', 'suggestionBox', 'meeting'),
    raisedOn: date,
  }),
  fc.record({
    type: fc.constant('topic/triage'),
    topicId,
    triage: fc.constantFrom('major', 'minor', 'micro'),
  }),
  fc.record({
    type: fc.constant('topic/route'),
    topicId,
    routedTo: fc.constantFrom('council', 'other'),
  }),
  fc.record({
    type: fc.constant('topic/schedule'),
    topicId,
    meetingId,
    itemId: fc.constantFrom('i1', 'i2'),
    meetingDate: date,
  }),
  fc.record({
    type: fc.constant('topic/close'),
    topicId,
    outcome: fc.constantFrom('decided', 'dropped'),
    reason: fc.constantFrom('', '理由'),
  }),
  fc.record({
    type: fc.constant('actionItem/import'),
    ...ref,
    voteId: fc.constant('v1'),
    itemId: fc.constantFrom('i1', 'i2'),
    meetingDate: date,
    title: fc.constant('事项'),
    owner: fc.constantFrom('', '张', '李'),
    budgetPlanned: count,
    deadline: fc.constantFrom('', '2026-06-15'),
  }),
  fc.record({ type: fc.constant('actionItem/update'), ...ref, owner: fc.constantFrom('张', '王') }),
  fc.record({ type: fc.constant('actionItem/start'), ...ref, on: date }),
  fc.record({
    type: fc.constant('actionItem/noteProgress'),
    ...ref,
    on: date,
    note: fc.constant('进展'),
    budgetSpent: count,
  }),
  fc.record({ type: fc.constant('actionItem/complete'), ...ref, on: date, budgetSpent: count }),
  fc.record({
    type: fc.constant('actionItem/drop'),
    ...ref,
    on: date,
    reason: fc.constantFrom('', '取消'),
  }),
  fc.record({
    type: fc.constant('actionItem/evaluate'),
    ...ref,
    evaluation: fc.record({
      meetingId,
      voteId: fc.constantFrom('e1', 'e2'),
      meetingDate: fc.constantFrom('2026-07-01', '2026-09-01'),
      counts: fc.record({ satisfied: count, basicallySatisfied: count, dissatisfied: count }),
    }),
  }),
  fc.record({
    type: fc.constant('actionItem/receiveSupervision'),
    ...ref,
    commentId: fc.constantFrom('1', '2', '3'),
    author: fc.constantFrom('', '街道办王科长'),
    body: fc.constantFrom('请加快进度', ' '),
    writtenAt: fc.constantFrom(1_778_000_000_000, 1_778_100_000_000),
  }),
);

/** What must hold in every state, whatever happened before. */
function violations(state: FollowupState): string[] {
  const found: string[] = [];
  if (Object.keys(state.items).length !== state.itemOrder.length) found.push('item order');
  if (Object.keys(state.topics).length !== state.topicOrder.length) found.push('topic order');
  for (const item of Object.values(state.items)) {
    if (item.evaluations.length > 0 && item.status !== 'done') found.push(`${item.key} evaluated`);
    if ((item.status === 'done') !== (item.doneOn !== null)) found.push(`${item.key} doneOn`);
    if (item.status === 'dropped' && item.dropReason.trim() === '')
      found.push(`${item.key} reason`);
    if (item.status !== 'planned' && item.startedOn === null && item.status !== 'dropped')
      found.push(`${item.key} startedOn`);
  }
  for (const [key, comments] of Object.entries(state.supervision)) {
    // 督办 comments belong to an item, each received once.
    if (!state.items[key]) found.push(`${key} supervised without item`);
    if (new Set(comments.map((c) => c.commentId)).size !== comments.length)
      found.push(`${key} comment twice`);
  }
  for (const topic of Object.values(state.topics)) {
    if (topic.status === 'scheduled' && topic.meetings.length === 0) found.push(`${topic.topicId}`);
    if (topic.status === 'decided' && topic.meetings.length === 0) found.push(`${topic.topicId}`);
  }
  return found;
}

describe('the follow-up registry: properties', () => {
  it('replay equals the folded state; refusals leave it untouched; invariants hold', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { minLength: 20, maxLength: 80 }), (commands) => {
        let state: FollowupState = deepFreeze(emptyFollowup());
        let folded: FollowupState = emptyFollowup();
        const events: FollowupEvent[] = [];
        let now = 1_778_400_000_000;
        for (const command of commands) {
          now += 1000;
          const before = state;
          const snapshot = structuredClone(state);
          const r = dispatchFollowup(state, { ...command, at: now });
          if (!r.ok) {
            expect(r.error.code).not.toBe('command.failed');
            expect(state).toBe(before);
            expect(state).toEqual(snapshot);
            continue;
          }
          state = deepFreeze(r.state);
          events.push(...r.events);
          for (const event of r.events) {
            // What is stored passes the restore gate unchanged.
            expect(followupEventSchema.parse(event)).toEqual(event);
            folded = applyFollowup(folded, event);
          }
          expect(state.version).toBe(events.length);
          expect(violations(state)).toEqual([]);
        }
        expect(replayFollowup(events)).toEqual(state);
        // As read back from disk: plain JSON, no shared references.
        expect(replayFollowup(JSON.parse(JSON.stringify(events)) as FollowupEvent[])).toEqual(
          state,
        );
        expect(folded).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
