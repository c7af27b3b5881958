import { describe, expect, it } from 'vitest';
import {
  buildMinutes,
  buildNotice,
  buildSignInSheet,
  DocumentInputError,
} from '../../shared/documents';
import { eventSchema, toProjectorView, type MeetingState } from './imports';
import { blocksOf, modelText, seedScript, seedState } from './documents/helpers';
import { council } from './helpers';

// A member's phone (issue 13): kept for the chair, optional so older journals replay, and never
// printed or shown to the room except on a sign-in sheet the chair asks for.

/** A seed meeting whose every roster entry has a phone number. */
function withPhones(name: string): Readonly<{ state: MeetingState; phones: string[] }> {
  const script = seedScript(name);
  const roster = (script.roster as Record<string, unknown>[]).map((member, i) => ({
    ...member,
    phone: `1391234${String(i).padStart(4, '0')}`,
  }));
  return {
    state: seedState(name, { ...script, roster }),
    phones: roster.map((m) => m.phone),
  };
}

/** The notice of a vote, or none when that vote has no notice (voided, superseded by a revote). */
function notice(state: MeetingState, voteId: string): string[] {
  try {
    return [modelText(buildNotice(state, { locale: 'zh-CN', postedOn: '2026-06-01', voteId }))];
  } catch (error) {
    if (error instanceof DocumentInputError) return [];
    throw error;
  }
}

describe('a member’s phone', () => {
  it('is kept when added, imported or edited, and one undo takes an edit back', () => {
    const sim = council(1);
    sim.do({
      type: 'roster/addMember',
      memberId: 'a',
      name: '王建国',
      category: 'committee',
      phone: ' 138 0000 0001 ',
    });
    sim.do({
      type: 'roster/importMembers',
      members: [{ memberId: 'b', name: '李秀兰', category: 'residentRep', phone: '13800000002' }],
    });
    expect(sim.state.members.a?.phone).toBe('138 0000 0001');
    expect(sim.state.members.b?.phone).toBe('13800000002');
    sim.do({ type: 'roster/updateMember', memberId: 'a', phone: '010-6401 2345' });
    expect(sim.state.members.a?.phone).toBe('010-6401 2345');
    sim.do({ type: 'history/undo' });
    expect(sim.state.members.a?.phone).toBe('138 0000 0001');
  });

  it('is absent, not blank, for a member added without one; an event written before phones existed still reads', () => {
    const sim = council(1);
    sim.do({ type: 'roster/addMember', memberId: 'a', name: '王建国', category: 'committee' });
    expect(sim.state.members.a).not.toHaveProperty('phone');
    // The event is exactly what journals held before members had a phone, and it still reads.
    const added = sim.events.at(-1);
    expect(added?.type).toBe('roster/memberAdded');
    expect(Object.keys((added as { member: object }).member)).not.toContain('phone');
    expect(eventSchema.parse(added)).toEqual(added);
  });

  it('takes a phone up to 50 characters and refuses a longer one, naming the field', () => {
    const sim = council(1);
    const add = (memberId: string, phone: string) =>
      ({
        type: 'roster/addMember',
        memberId,
        name: memberId,
        category: 'committee',
        phone,
      }) as const;
    sim.do(add('a', '1'.repeat(50)));
    expect(sim.state.members.a?.phone).toHaveLength(50);
    expect(sim.reject(add('b', '1'.repeat(51)))).toMatchObject({ params: { path: 'phone' } });
  });

  it('never reaches the projector, the minutes or a notice', () => {
    for (const seed of ['courtyard-repairs', 'parking-drying', 'village-quorum']) {
      const { state, phones } = withPhones(seed);
      expect(Object.values(state.members).every((m) => m.phone?.startsWith('1391234'))).toBe(true);
      const shown = [
        JSON.stringify(toProjectorView(state)),
        modelText(buildMinutes(state, { locale: 'zh-CN', attendeeSignatures: true })),
        ...state.voteOrder.flatMap((voteId) => notice(state, voteId)),
      ];
      expect(shown.length).toBeGreaterThan(2);
      for (const text of shown) for (const phone of phones) expect(text).not.toContain(phone);
    }
  });

  it('is on the sign-in sheet only when the chair asks for it, in a column of its own', () => {
    const { state, phones } = withPhones('parking-drying');
    for (const mode of ['blank', 'recorded'] as const) {
      const plain = buildSignInSheet(state, { locale: 'zh-CN', mode });
      for (const phone of phones) expect(modelText(plain)).not.toContain(phone);
      const asked = buildSignInSheet(state, { locale: 'zh-CN', mode, phone: true });
      const table = blocksOf(asked, 'table')[0];
      expect(table?.columns.map((c) => c.header)).toEqual([
        '序号',
        '姓名',
        '类别',
        '单位/楼栋',
        '联系电话',
        '签到时间',
        '签字',
      ]);
      // A blank sheet ends with unnumbered-name spare rows for walk-ins: they have no phone.
      const listed = table?.rows.filter((r) => r[1] !== '') ?? [];
      expect(listed.map((r) => r[4]).sort()).toEqual([...phones].sort());
    }
  });
});
