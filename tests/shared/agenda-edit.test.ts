import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { council, handsVote, signIn, type Sim } from './helpers';
import { replay, type MeetingEvent, type MeetingState } from './imports';

// Issue 13 (agenda): items edited and deleted before they are opened, removal refused with the
// reason once an item has records; 进入下一议题 as one command and one undo step; 计票人 and
// 监票人 per vote, named when it opens or afterwards.

/** The state without what undo deliberately lets move forward. */
function content(state: MeetingState) {
  const { version: _v, lastAt: _l, undo: _u, ...rest } = state;
  return rest;
}

/** Three items a, b, c; six members, four present; the meeting open when `open`. */
function agenda(open = true): Sim {
  const sim = council(6);
  signIn(sim, 4);
  for (const [itemId, title] of [
    ['a', '加装电梯'],
    ['b', '垃圾分类'],
    ['c', '停车收费'],
  ] as const)
    sim.do({ type: 'agenda/addItem', itemId, title });
  if (open) sim.do({ type: 'meeting/open' });
  return sim;
}

describe('agenda: editing and removing items', () => {
  it('keeps 议题说明 and 汇报人 on add and on edit', () => {
    const sim = agenda(false);
    sim.do({
      type: 'agenda/addItem',
      itemId: 'd',
      title: '楼道堆物清理',
      description: '三号楼楼道长期堆放杂物',
      presenter: '张楼长',
    });
    expect(sim.state.items.d).toMatchObject({
      description: '三号楼楼道长期堆放杂物',
      presenter: '张楼长',
    });
    sim.do({ type: 'agenda/updateItem', itemId: 'd', title: '楼道清理', presenter: '李楼长' });
    expect(sim.state.items.d).toMatchObject({
      title: '楼道清理',
      presenter: '李楼长',
      description: '三号楼楼道长期堆放杂物',
    });
  });

  it('removes an item that has no record, in preparation and during the meeting, and undoes it', () => {
    const sim = agenda(false);
    sim.do({ type: 'agenda/removeItem', itemId: 'b' });
    expect(sim.state.agendaOrder).toEqual(['a', 'c']);
    expect(sim.state.items.b).toBeUndefined();
    sim.do({ type: 'history/undo' });
    expect(sim.state.agendaOrder).toEqual(['a', 'b', 'c']);
    expect(sim.state.items.b?.title).toBe('垃圾分类');
    sim.do({ type: 'meeting/open' });
    sim.do({ type: 'agenda/deferItem', itemId: 'c' }); // deferred before it was ever opened
    sim.do({ type: 'agenda/removeItem', itemId: 'c' });
    expect(sim.state.agendaOrder).toEqual(['a', 'b']);
  });

  it('refuses to remove an item with records, naming the record, and changes nothing', () => {
    const sim = agenda();
    sim.do({ type: 'notes/set', itemId: 'c', text: '会前已征求意见' });
    expect(sim.reject({ type: 'agenda/removeItem', itemId: 'c' })).toEqual({
      code: 'agenda.itemHasNotes',
      params: { title: '停车收费' },
    });
    // A private memo counts too: never printed, but the chair's record all the same.
    sim.do({ type: 'agenda/addItem', itemId: 'd', title: '议题丁' });
    sim.do({ type: 'notes/set', itemId: 'd', text: '会后单独沟通', private: true });
    expect(sim.reject({ type: 'agenda/removeItem', itemId: 'd' }).code).toBe('agenda.itemHasNotes');
    sim.do({ type: 'agenda/openItem', itemId: 'b' });
    expect(sim.reject({ type: 'agenda/removeItem', itemId: 'b' }).code).toBe(
      'agenda.itemWasOpened',
    );
    sim
      .do({ type: 'queue/request', memberId: 'r1' })
      .do({ type: 'queue/callNext', speechId: 's1' });
    sim.do({ type: 'speech/end' });
    expect(sim.reject({ type: 'agenda/removeItem', itemId: 'b' }).code).toBe(
      'agenda.itemHasSpeeches',
    );
    handsVote(sim, 'v1', 4, 0, 0);
    sim.do({ type: 'agenda/closeItem', itemId: 'b' });
    expect(sim.reject({ type: 'agenda/removeItem', itemId: 'b' }).code).toBe('agenda.itemHasVotes');
    // Deferring an item that was on the floor keeps it: its time is on record.
    sim.do({ type: 'agenda/openItem', itemId: 'a' }).do({ type: 'agenda/deferItem', itemId: 'a' });
    expect(sim.reject({ type: 'agenda/removeItem', itemId: 'a' }).code).toBe(
      'agenda.itemWasOpened',
    );
    expect(sim.reject({ type: 'agenda/removeItem', itemId: 'zz' }).code).toBe('agenda.unknownItem');
  });

  it('refuses any agenda change after the meeting closed', () => {
    const sim = agenda();
    sim.do({ type: 'meeting/close' });
    expect(sim.reject({ type: 'agenda/removeItem', itemId: 'a' }).code).toBe('meeting.closed');
    expect(sim.reject({ type: 'agenda/next' }).code).toBe('meeting.closed');
  });
});

describe('agenda/next: 进入下一议题 in one step', () => {
  it('opens the first item when none is on the floor', () => {
    const sim = agenda();
    sim.do({ type: 'agenda/next' });
    expect(sim.state.currentItemId).toBe('a');
    expect(sim.events.at(-1)).toMatchObject({
      type: 'agenda/advanced',
      closedItemId: null,
      openedItemId: 'a',
    });
  });

  it('closes the current item and opens the next as one event, undone as one', () => {
    const sim = agenda();
    sim.do({ type: 'agenda/openItem', itemId: 'a' });
    sim
      .do({ type: 'queue/request', memberId: 'r1' })
      .do({ type: 'queue/callNext', speechId: 's1' });
    const before = content(sim.state);
    const eventsBefore = sim.events.length;
    sim.do({ type: 'agenda/next' });
    expect(sim.events.length).toBe(eventsBefore + 1);
    expect(sim.state.items.a?.status).toBe('closed');
    expect(sim.state.items.b?.status).toBe('open');
    expect(sim.state.currentItemId).toBe('b');
    // The running speech on the closed item ended with it.
    expect(sim.state.floor).toBeNull();
    expect(sim.state.speeches.a?.[0]?.endedAt).toBe(sim.now);
    sim.do({ type: 'history/undo' });
    expect(content(sim.state)).toEqual(before);
    // Replaying the journal gives the same meeting as applying live.
    expect(replay('m1', sim.events as MeetingEvent[])).toEqual(sim.state);
  });

  it('comes back to a deferred item, closes the last one alone, then says nothing is left', () => {
    const sim = agenda();
    sim.do({ type: 'agenda/deferItem', itemId: 'a' });
    sim.do({ type: 'agenda/next' });
    expect(sim.state.currentItemId).toBe('b');
    sim.do({ type: 'agenda/next' }).do({ type: 'agenda/next' });
    expect(sim.state.currentItemId).toBe('a'); // the deferred item, after c
    sim.do({ type: 'agenda/next' });
    expect(sim.state.currentItemId).toBeNull();
    expect(sim.state.items.a?.status).toBe('closed');
    expect(sim.reject({ type: 'agenda/next' }).code).toBe('agenda.noNextItem');
  });

  it('refuses while a vote is open on the item, leaving both items as they were', () => {
    const sim = agenda();
    sim.do({ type: 'agenda/next' });
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意' });
    expect(sim.reject({ type: 'agenda/next' })).toEqual({
      code: 'vote.stillOpen',
      params: { voteId: 'v1' },
    });
    expect(sim.state.currentItemId).toBe('a');
    expect(sim.reject({ type: 'agenda/next' }, 0).code).toBe('vote.stillOpen');
  });

  it('refuses in a meeting not yet open', () => {
    expect(agenda(false).reject({ type: 'agenda/next' }).code).toBe('meeting.notOpen');
  });

  it('property: from any agenda position, next then undo restores the meeting exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('open-a', 'open-b', 'defer', 'close', 'next', 'add'), {
          maxLength: 12,
        }),
        (steps) => {
          const sim = agenda();
          let n = 0;
          for (const step of steps) {
            const current = sim.state.currentItemId;
            const command =
              step === 'next'
                ? { type: 'agenda/next' as const }
                : step === 'add'
                  ? { type: 'agenda/addItem' as const, itemId: `u${n++}`, title: '紧急' }
                  : step === 'defer' || step === 'close'
                    ? current
                      ? {
                          type:
                            step === 'defer'
                              ? ('agenda/deferItem' as const)
                              : ('agenda/closeItem' as const),
                          itemId: current,
                        }
                      : null
                    : current
                      ? null
                      : { type: 'agenda/openItem' as const, itemId: step.slice(5) };
            if (command === null) continue;
            try {
              sim.do(command);
            } catch {
              // Refused (e.g. reopening a closed item): the property is about accepted steps.
            }
          }
          const before = content(sim.state);
          try {
            sim.do({ type: 'agenda/next' });
          } catch {
            return; // nothing left to open
          }
          const after = sim.state;
          // At most one item is open, and it is the current one.
          const open = Object.values(after.items).filter((i) => i.status === 'open');
          expect(open.map((i) => i.itemId)).toEqual(
            after.currentItemId === null ? [] : [after.currentItemId],
          );
          sim.do({ type: 'history/undo' });
          expect(content(sim.state)).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('vote tellers: 计票人 and 监票人', () => {
  it('are named when the vote opens, and default to none', () => {
    const sim = agenda();
    sim.do({ type: 'agenda/next' });
    sim.do({
      type: 'vote/open',
      voteId: 'v1',
      method: 'hands',
      question: '是否同意',
      teller: '赵计票',
      scrutineer: '钱监票',
    });
    expect(sim.state.votes.v1).toMatchObject({ teller: '赵计票', scrutineer: '钱监票' });
    sim.do({ type: 'vote/enterCounts', counts: { yes: { heads: 4 } } }).do({ type: 'vote/close' });
    sim.do({ type: 'vote/open', voteId: 'v2', method: 'hands', question: '第二次' });
    expect(sim.state.votes.v2).toMatchObject({ teller: '', scrutineer: '' });
  });

  it('can be set after the vote closed and after the meeting closed, one field at a time', () => {
    const sim = agenda();
    sim.do({ type: 'agenda/next' });
    handsVote(sim, 'v1', 4, 0, 0);
    sim.do({ type: 'vote/setTellers', voteId: 'v1', teller: '孙计票' });
    expect(sim.state.votes.v1).toMatchObject({ teller: '孙计票', scrutineer: '' });
    sim.do({ type: 'meeting/close' });
    sim.do({ type: 'vote/setTellers', voteId: 'v1', scrutineer: '周监票' });
    expect(sim.state.votes.v1).toMatchObject({ teller: '孙计票', scrutineer: '周监票' });
    sim.do({ type: 'history/undo' });
    expect(sim.state.votes.v1).toMatchObject({ teller: '孙计票', scrutineer: '' });
    expect(sim.reject({ type: 'vote/setTellers', voteId: 'nope', teller: 'x' }).code).toBe(
      'vote.unknown',
    );
  });

  it('replays a journal written before votes had tellers', () => {
    const sim = agenda();
    sim.do({ type: 'agenda/next' });
    handsVote(sim, 'v1', 4, 0, 0);
    const old = sim.events.map((e) => {
      if (e.type !== 'vote/opened') return e;
      const { teller: _t, scrutineer: _s, ...rest } = e;
      return rest;
    });
    expect(replay('m1', old as MeetingEvent[]).votes.v1).toMatchObject({
      teller: '',
      scrutineer: '',
      status: 'closed',
    });
  });
});
