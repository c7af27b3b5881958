import { describe, expect, it } from 'vitest';
import { presetById } from '../../shared/domain/rules';
import { dispatch, emptyState, replay, translator } from './imports';
import { council, Sim, T0 } from './helpers';

describe('meeting', () => {
  it('is created as a draft with the preset of its body kind, copied whole', () => {
    const sim = council(3);
    const m = sim.state.meeting;
    expect(m?.status).toBe('draft');
    expect(m?.preset).toEqual(presetById('council-default'));
    expect(m?.requiredCategories).toContain('ownersCommittee');
    expect(m?.queuePolicy.speechLimitSec).toBe(180);
    expect(sim.state.version).toBe(4);
    expect(sim.events[0]).toMatchObject({ type: 'meeting/created', seq: 1 });
  });

  it('picks the statutory preset for a villagers’ representatives meeting', () => {
    const sim = council(1, { bodyKind: 'villagerRepsMeeting' });
    expect(sim.state.meeting?.preset.id).toBe('villager-reps-meeting');
  });

  it('accepts a custom preset and refuses an unknown preset id', () => {
    const sim = new Sim();
    const base = presetById('council-default');
    if (!base) throw new Error('preset missing');
    const custom = { ...base, id: 'my-council', custom: true };
    sim.do({
      type: 'meeting/create',
      title: '自定义',
      bodyKind: 'custom',
      date: '2026-05-10',
      customPreset: custom,
    });
    expect(sim.state.meeting?.preset.id).toBe('my-council');
    const other = new Sim();
    const error = other.reject({
      type: 'meeting/create',
      title: 'x',
      bodyKind: 'custom',
      date: '2026-05-10',
      presetId: 'nope',
    });
    expect(error).toEqual({ code: 'meeting.unknownPreset', params: { presetId: 'nope' } });
  });

  it('goes draft → open → closed, and not back', () => {
    const sim = council(2);
    expect(sim.reject({ type: 'meeting/close' }).code).toBe('meeting.notOpen');
    sim.do({ type: 'meeting/open' });
    expect(sim.state.meeting?.openedAt).toBe(sim.now);
    expect(sim.reject({ type: 'meeting/open' }).code).toBe('meeting.notDraft');
    sim.do({ type: 'meeting/close' });
    expect(sim.state.meeting).toMatchObject({ status: 'closed', closedAt: sim.now });
    expect(sim.reject({ type: 'meeting/open' }).code).toBe('meeting.closed');
    expect(sim.reject({ type: 'roster/signIn', memberId: 'r1' }).code).toBe('meeting.closed');
  });

  it('refuses everything but creation before the meeting exists, and a second creation', () => {
    const sim = new Sim();
    expect(sim.reject({ type: 'meeting/open' }).code).toBe('meeting.notCreated');
    expect(sim.reject({ type: 'history/undo' }).code).toBe('meeting.notCreated');
    const created = council(0);
    expect(
      created.reject({ type: 'meeting/create', title: 'x', bodyKind: 'custom', date: '2026-05-10' })
        .code,
    ).toBe('meeting.alreadyCreated');
  });

  it('updates details, merges the queue policy, and locks the preset once a vote exists', () => {
    const sim = council(3);
    sim.do({ type: 'meeting/update', title: '新标题', queuePolicy: { leastTimeFirst: true } });
    expect(sim.state.meeting?.title).toBe('新标题');
    expect(sim.state.meeting?.queuePolicy).toMatchObject({
      leastTimeFirst: true,
      firstTimeFirst: true,
    });
    sim.do({ type: 'meeting/update', presetId: 'council-two-thirds' });
    expect(sim.state.meeting?.preset.id).toBe('council-two-thirds');
    sim.do({ type: 'roster/signIn', memberId: 'r1' }).do({ type: 'roster/signIn', memberId: 'r2' });
    sim.do({ type: 'agenda/addItem', itemId: 'i1', title: '议题' }).do({ type: 'meeting/open' });
    sim.do({ type: 'agenda/openItem', itemId: 'i1' });
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: '同意吗' });
    expect(sim.reject({ type: 'meeting/update', presetId: 'council-default' }).code).toBe(
      'meeting.presetLocked',
    );
    expect(sim.reject({ type: 'meeting/close' }).code).toBe('vote.stillOpen');
  });

  it('sets and clears the projector message, which the chair can also leave empty', () => {
    const sim = council(1);
    expect(sim.reject({ type: 'display/clearMessage' }).code).toBe('display.nothingShown');
    sim.do({ type: 'display/setMessage', text: '会议即将开始' });
    expect(sim.state.display).toEqual({ text: '会议即将开始', at: sim.now });
    sim.do({ type: 'display/clearMessage' });
    expect(sim.state.display).toBeNull();
    expect(sim.reject({ type: 'display/setMessage', text: '   ' }).code).toBe('command.malformed');
  });

  it('keeps chair notes on the meeting and on items', () => {
    const sim = council(1);
    sim.do({ type: 'agenda/addItem', itemId: 'i1', title: '议题' });
    sim.do({ type: 'notes/set', text: '注意控制时间' });
    sim.do({ type: 'notes/set', itemId: 'i1', text: '物业可能反对' });
    expect(sim.state.chairNote).toBe('注意控制时间');
    expect(sim.state.items.i1?.chairNote).toBe('物业可能反对');
    expect(sim.reject({ type: 'notes/set', itemId: 'nope', text: 'x' }).code).toBe(
      'agenda.unknownItem',
    );
  });

  it('ends the running speech and the open item when the meeting closes', () => {
    const sim = council(2);
    sim.do({ type: 'roster/signIn', memberId: 'r1' });
    sim.do({ type: 'agenda/addItem', itemId: 'i1', title: '议题' }).do({ type: 'meeting/open' });
    sim.do({ type: 'agenda/openItem', itemId: 'i1' });
    sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1' });
    sim.do({ type: 'meeting/close' }, 30_000);
    expect(sim.state.speeches.i1?.[0]?.endedAt).toBe(sim.now);
    expect(sim.state.items.i1?.status).toBe('closed');
    expect(sim.state.floor).toBeNull();
    expect(sim.state.currentItemId).toBeNull();
  });

  it('refuses a command dated before the last event', () => {
    const sim = council(1);
    const r = dispatch(sim.state, { type: 'meeting/open', at: T0 - 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('command.timeWentBack');
  });

  it('raises the version on every event and replays to the same state', () => {
    const sim = council(4);
    expect(sim.state.version).toBe(sim.events.length);
    expect(replay('m1', sim.events)).toEqual(sim.state);
    expect(emptyState('x').version).toBe(0);
  });

  it('puts errors into words in all three languages', () => {
    const error = council(0).reject({ type: 'meeting/close' });
    expect(translator('zh-CN')(`errors:${error.code}`, error.params)).toBe('会议尚未开始');
    expect(translator('zh-TW')(`errors:${error.code}`, error.params)).toBe('會議尚未開始');
    expect(translator('en')(`errors:${error.code}`, error.params)).toBe(
      'The meeting has not started',
    );
  });
});
