import { describe, expect, it } from 'vitest';
import { voiceShares } from './imports';
import { onFloor, type Sim } from './helpers';

const queueOf = (sim: Sim, item = 'i1') => sim.state.queues[item]?.map((q) => q.memberId) ?? [];
const speakers = (sim: Sim, item = 'i1') => sim.state.speeches[item]?.map((s) => s.memberId) ?? [];

describe('speaker queue', () => {
  it('queues requests in order and refuses duplicates, absentees and the current speaker', () => {
    const sim = onFloor(5, 4);
    sim
      .do({ type: 'queue/request', memberId: 'r1' })
      .do({ type: 'queue/request', memberId: 'r2', stance: 'pro' });
    expect(queueOf(sim)).toEqual(['r1', 'r2']);
    expect(sim.state.queues.i1?.[1]).toMatchObject({
      stance: 'pro',
      pointOfOrder: false,
      requestedAt: sim.now,
    });
    expect(sim.reject({ type: 'queue/request', memberId: 'r1' }).code).toBe('queue.alreadyQueued');
    expect(sim.reject({ type: 'queue/request', memberId: 'r5' }).code).toBe('roster.notPresent');
    sim.do({ type: 'queue/callNext', speechId: 's1' });
    expect(sim.reject({ type: 'queue/request', memberId: 'r1' }).code).toBe('queue.isSpeaking');
  });

  it('needs an open item and an open meeting', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'agenda/closeItem', itemId: 'i1' });
    expect(sim.reject({ type: 'queue/request', memberId: 'r1' }).code).toBe('agenda.noItemOpen');
    expect(sim.reject({ type: 'queue/request', memberId: 'r1', itemId: 'i1' }).code).toBe(
      'agenda.itemNotOpen',
    );
    expect(sim.reject({ type: 'queue/callNext', speechId: 's1' }).code).toBe('agenda.noItemOpen');
  });

  it('withdraws and reorders', () => {
    const sim = onFloor(4, 4);
    for (const m of ['r1', 'r2', 'r3']) sim.do({ type: 'queue/request', memberId: m });
    sim.do({ type: 'queue/withdraw', memberId: 'r2' });
    expect(queueOf(sim)).toEqual(['r1', 'r3']);
    expect(sim.reject({ type: 'queue/withdraw', memberId: 'r2' }).code).toBe('queue.notQueued');
    sim.do({ type: 'queue/reorder', memberIds: ['r3', 'r1'] });
    expect(queueOf(sim)).toEqual(['r3', 'r1']);
    expect(sim.reject({ type: 'queue/reorder', memberIds: ['r3'] }).code).toBe(
      'queue.reorderMismatch',
    );
    expect(sim.reject({ type: 'queue/reorder', memberIds: ['r3', 'r3'] }).code).toBe(
      'queue.reorderMismatch',
    );
  });

  it('calls the next speaker, ending the current speech, and refuses on an empty queue', () => {
    const sim = onFloor(3, 3);
    expect(sim.reject({ type: 'queue/callNext', speechId: 's1' }).code).toBe('queue.empty');
    sim.do({ type: 'queue/request', memberId: 'r1' }).do({ type: 'queue/request', memberId: 'r2' });
    sim.do({ type: 'queue/callNext', speechId: 's1' });
    sim.do({ type: 'queue/callNext', speechId: 's2' }, 60_000);
    const [first, second] = sim.state.speeches.i1 ?? [];
    expect(first?.endedAt).toBe(sim.now);
    expect(second).toMatchObject({
      memberId: 'r2',
      endedAt: null,
      startedAt: sim.now,
      limitMs: 180_000,
    });
    expect(sim.state.floor).toEqual({ itemId: 'i1', speechId: 's2' });
    expect(queueOf(sim)).toEqual([]);
    expect(sim.reject({ type: 'speech/start', speechId: 's1', memberId: 'r3' }).code).toBe(
      'speech.duplicateId',
    );
  });

  it('puts a point of order first, after earlier points of order', () => {
    const sim = onFloor(5, 5);
    sim.do({ type: 'queue/request', memberId: 'r1' }).do({ type: 'queue/request', memberId: 'r2' });
    sim.do({ type: 'queue/request', memberId: 'r3', pointOfOrder: true });
    sim.do({ type: 'queue/request', memberId: 'r4', pointOfOrder: true });
    expect(queueOf(sim)).toEqual(['r3', 'r4', 'r1', 'r2']);
  });

  it('puts first-time speakers before repeat speakers (option on by default)', () => {
    const sim = onFloor(4, 4);
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1' }).do({ type: 'speech/end' });
    sim.do({ type: 'queue/request', memberId: 'r1' }).do({ type: 'queue/request', memberId: 'r2' });
    expect(queueOf(sim)).toEqual(['r2', 'r1']);
    sim.do({ type: 'meeting/update', queuePolicy: { firstTimeFirst: false } });
    sim.do({ type: 'queue/request', memberId: 'r3' });
    expect(queueOf(sim)).toEqual(['r2', 'r1', 'r3']);
  });

  it('orders by least speaking time when asked', () => {
    const sim = onFloor(4, 4);
    sim.do({
      type: 'meeting/update',
      queuePolicy: { firstTimeFirst: false, leastTimeFirst: true },
    });
    sim
      .do({ type: 'speech/start', speechId: 's1', memberId: 'r1' })
      .do({ type: 'speech/end' }, 120_000);
    sim
      .do({ type: 'speech/start', speechId: 's2', memberId: 'r2' })
      .do({ type: 'speech/end' }, 30_000);
    sim.do({ type: 'queue/request', memberId: 'r1' });
    sim.do({ type: 'queue/request', memberId: 'r2' });
    sim.do({ type: 'queue/request', memberId: 'r3' });
    expect(queueOf(sim)).toEqual(['r3', 'r2', 'r1']);
  });

  it('alternates pro and contra when asked, points of order still first', () => {
    const sim = onFloor(6, 6);
    sim.do({ type: 'meeting/update', queuePolicy: { alternateStances: true } });
    sim.do({ type: 'queue/request', memberId: 'r1', stance: 'pro' });
    sim.do({ type: 'queue/request', memberId: 'r2', stance: 'pro' });
    sim.do({ type: 'queue/request', memberId: 'r3', stance: 'contra' });
    sim.do({ type: 'queue/request', memberId: 'r4', stance: 'contra' });
    sim.do({ type: 'queue/callNext', speechId: 's1' }); // r1 pro
    sim.do({ type: 'queue/request', memberId: 'r5', pointOfOrder: true });
    sim.do({ type: 'queue/callNext', speechId: 's2' }); // r5 point of order
    sim.do({ type: 'queue/callNext', speechId: 's3' }); // contra wanted: r3
    sim.do({ type: 'queue/callNext', speechId: 's4' }); // pro wanted: r2
    sim.do({ type: 'queue/callNext', speechId: 's5' }); // r4
    expect(speakers(sim)).toEqual(['r1', 'r5', 'r3', 'r2', 'r4']);
    expect(sim.state.speeches.i1?.[1]).toMatchObject({ pointOfOrder: true });
  });

  it('gives the floor directly, taking the member out of the queue with their stance', () => {
    const sim = onFloor(3, 3);
    sim
      .do({ type: 'queue/request', memberId: 'r2', stance: 'contra' })
      .do({ type: 'queue/request', memberId: 'r3' });
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r2' });
    expect(queueOf(sim)).toEqual(['r3']);
    expect(sim.state.speeches.i1?.[0]).toMatchObject({ memberId: 'r2', stance: 'contra' });
    expect(sim.reject({ type: 'speech/start', speechId: 's2', memberId: 'r2' }).code).toBe(
      'queue.isSpeaking',
    );
  });

  it('keeps one queue per item', () => {
    const sim = onFloor(3, 3);
    sim.do({ type: 'agenda/addItem', itemId: 'i2', title: '第二项' });
    sim.do({ type: 'queue/request', memberId: 'r1' });
    sim
      .do({ type: 'agenda/deferItem', itemId: 'i1' })
      .do({ type: 'agenda/openItem', itemId: 'i2' });
    sim.do({ type: 'queue/request', memberId: 'r1' });
    expect(queueOf(sim, 'i1')).toEqual(['r1']);
    expect(queueOf(sim, 'i2')).toEqual(['r1']);
  });

  it('reports speaking time per person, per category and the residents’ share of the floor', () => {
    const sim = onFloor(2, 2);
    sim.do({ type: 'roster/addMember', memberId: 'c1', name: '书记', category: 'committee' });
    sim.do({ type: 'roster/signIn', memberId: 'c1' });
    sim
      .do({ type: 'speech/start', speechId: 's1', memberId: 'c1' })
      .do({ type: 'speech/end' }, 300_000);
    sim
      .do({ type: 'speech/start', speechId: 's2', memberId: 'r1' })
      .do({ type: 'speech/end' }, 60_000);
    sim
      .do({ type: 'speech/start', speechId: 's3', memberId: 'r2' })
      .do({ type: 'speech/end' }, 40_000);
    sim
      .do({ type: 'speech/start', speechId: 's4', memberId: 'r1' })
      .do({ type: 'speech/end' }, 100_000);
    const v = voiceShares(sim.state);
    expect(v.totalMs).toBe(500_000);
    expect(v.byGroup.officials).toEqual({ ms: 300_000, speeches: 1, permille: 600 });
    expect(v.byGroup.residents).toEqual({ ms: 200_000, speeches: 3, permille: 400 });
    expect(v.byCategory.residentRep?.ms).toBe(200_000);
    expect(v.byMember[0]).toMatchObject({ memberId: 'c1', permille: 600 });
    expect(v.byMember.find((m) => m.memberId === 'r1')).toMatchObject({
      ms: 160_000,
      speeches: 2,
      permille: 320,
    });
    expect(voiceShares(sim.state, 'nope').totalMs).toBe(0);
  });
});
