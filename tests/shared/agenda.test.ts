import { describe, expect, it } from 'vitest';
import { itemActualMs } from './imports';
import { council, MIN } from './helpers';

function withItems() {
  const sim = council(2);
  sim.do({
    type: 'agenda/addItem',
    itemId: 'a',
    title: '加装电梯',
    triage: 'minor',
    plannedMin: 30,
    presenter: '物业',
  });
  sim.do({ type: 'agenda/addItem', itemId: 'b', title: '垃圾分类' });
  sim.do({
    type: 'agenda/addItem',
    itemId: 'c',
    title: '跨社区公交线路',
    triage: 'major',
    position: 0,
  });
  return sim;
}

describe('agenda', () => {
  it('adds items in order with defaults, at a given position', () => {
    const sim = withItems();
    expect(sim.state.agendaOrder).toEqual(['c', 'a', 'b']);
    expect(sim.state.items.b).toMatchObject({
      triage: 'minor',
      stage: 'deliberate',
      status: 'pending',
      urgent: false,
      plannedMin: 0,
    });
    expect(sim.state.items.c?.triage).toBe('major');
    expect(sim.reject({ type: 'agenda/addItem', itemId: 'a', title: 'x' }).code).toBe(
      'agenda.duplicateItem',
    );
  });

  it('marks items added during the meeting as urgent', () => {
    const sim = withItems();
    sim.do({ type: 'meeting/open' });
    sim.do({ type: 'agenda/addItem', itemId: 'u', title: '暴雨后地下室积水' });
    expect(sim.state.items.u?.urgent).toBe(true);
    expect(sim.state.agendaOrder.at(-1)).toBe('u');
  });

  it('updates an item, including its five-step stage', () => {
    const sim = withItems();
    sim.do({ type: 'agenda/updateItem', itemId: 'a', stage: 'decide', description: '方案二' });
    expect(sim.state.items.a).toMatchObject({
      stage: 'decide',
      description: '方案二',
      title: '加装电梯',
    });
    expect(sim.reject({ type: 'agenda/updateItem', itemId: 'zz', title: 'x' }).code).toBe(
      'agenda.unknownItem',
    );
  });

  it('reorders with a full permutation only', () => {
    const sim = withItems();
    sim.do({ type: 'agenda/reorder', itemIds: ['a', 'b', 'c'] });
    expect(sim.state.agendaOrder).toEqual(['a', 'b', 'c']);
    expect(sim.reject({ type: 'agenda/reorder', itemIds: ['a', 'b'] }).code).toBe(
      'agenda.reorderMismatch',
    );
    expect(sim.reject({ type: 'agenda/reorder', itemIds: ['a', 'a', 'b'] }).code).toBe(
      'agenda.reorderMismatch',
    );
    expect(sim.reject({ type: 'agenda/reorder', itemIds: ['a', 'b', 'x'] }).code).toBe(
      'agenda.reorderMismatch',
    );
  });

  it('opens one item at a time, only in an open meeting', () => {
    const sim = withItems();
    expect(sim.reject({ type: 'agenda/openItem', itemId: 'a' }).code).toBe('meeting.notOpen');
    sim.do({ type: 'meeting/open' }).do({ type: 'agenda/openItem', itemId: 'a' });
    expect(sim.state.currentItemId).toBe('a');
    expect(sim.reject({ type: 'agenda/openItem', itemId: 'b' })).toEqual({
      code: 'agenda.anotherItemOpen',
      params: { title: '加装电梯' },
    });
  });

  it('defers and reopens an item, summing the actual time over both sittings', () => {
    const sim = withItems();
    sim.do({ type: 'meeting/open' }).do({ type: 'agenda/openItem', itemId: 'a' });
    sim.do({ type: 'agenda/deferItem', itemId: 'a' }, 10 * MIN);
    expect(sim.state.items.a?.status).toBe('deferred');
    expect(sim.state.currentItemId).toBeNull();
    sim
      .do({ type: 'agenda/openItem', itemId: 'b' })
      .do({ type: 'agenda/closeItem', itemId: 'b' }, 5 * MIN);
    sim.do({ type: 'agenda/openItem', itemId: 'a' });
    sim.do({ type: 'agenda/closeItem', itemId: 'a' }, 7 * MIN);
    expect(itemActualMs(sim.state, 'a')).toBe(17 * MIN);
    expect(itemActualMs(sim.state, 'b')).toBe(5 * MIN);
    expect(sim.reject({ type: 'agenda/openItem', itemId: 'a' }).code).toBe('agenda.itemClosed');
    expect(sim.reject({ type: 'agenda/closeItem', itemId: 'a' }).code).toBe('agenda.itemNotOpen');
    expect(sim.reject({ type: 'agenda/deferItem', itemId: 'a' }).code).toBe('agenda.cannotDefer');
  });

  it('defers a pending item before the meeting, and counts an open item up to the last event', () => {
    const sim = withItems();
    sim.do({ type: 'agenda/deferItem', itemId: 'b' });
    expect(sim.state.items.b?.status).toBe('deferred');
    sim.do({ type: 'meeting/open' }).do({ type: 'agenda/openItem', itemId: 'a' });
    sim.do({ type: 'display/setMessage', text: '休息五分钟' }, 3 * MIN);
    expect(itemActualMs(sim.state, 'a')).toBe(3 * MIN);
  });

  it('does not close or defer an item while its vote is open', () => {
    const sim = withItems();
    sim.do({ type: 'roster/signIn', memberId: 'r1' }).do({ type: 'roster/signIn', memberId: 'r2' });
    sim.do({ type: 'meeting/open' }).do({ type: 'agenda/openItem', itemId: 'a' });
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' });
    expect(sim.reject({ type: 'agenda/closeItem', itemId: 'a' }).code).toBe('vote.stillOpen');
    expect(sim.reject({ type: 'agenda/deferItem', itemId: 'a' }).code).toBe('vote.stillOpen');
  });
});
