import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_MEMBERS, type CommandInput } from './imports';
import { council, onFloor, Sim } from './helpers';

type Row = Readonly<{ memberId: string; name: string }> & Record<string, unknown>;

const batch = (members: readonly Row[]) =>
  ({
    type: 'roster/importMembers',
    members: members.map((m) => ({ category: 'residentRep', ...m })),
  }) as unknown as CommandInput;

const rows = (n: number, prefix = 'x') =>
  Array.from({ length: n }, (_, i) => ({ memberId: `${prefix}${i + 1}`, name: `居民${i + 1}` }));

describe('roster import: many members in one command', () => {
  it('adds every row in one event, with the same defaults as a single add, and one undo takes them all back', () => {
    const sim = council(1);
    const before = sim.state;
    sim.do(
      batch([
        { memberId: 'a', name: '孙立', household: '5-101', area: 8950 },
        {
          memberId: 'b',
          name: '周楠',
          role: 'observer',
          category: 'custom',
          customCategory: '物业',
        },
      ]),
    );
    expect(sim.events.at(-1)?.type).toBe('roster/membersImported');
    expect(sim.state.version).toBe(before.version + 1);
    expect(sim.state.memberOrder).toEqual(['r1', 'a', 'b']);
    expect(sim.state.members.a).toEqual({
      memberId: 'a',
      name: '孙立',
      role: 'member',
      category: 'residentRep',
      customCategory: '',
      household: '5-101',
      area: 8950,
      affiliation: '',
    });
    expect(sim.state.members.b).toMatchObject({ role: 'observer', customCategory: '物业' });
    sim.do({ type: 'history/undo' });
    expect(sim.state.members).toEqual(before.members);
    expect(sim.state.memberOrder).toEqual(before.memberOrder);
  });

  it('refuses the whole batch, naming the row, when one id is already taken or repeated', () => {
    const sim = council(2);
    expect(sim.reject(batch([...rows(2), { memberId: 'r2', name: '重复' }]))).toEqual({
      code: 'roster.importDuplicate',
      params: { row: 3, memberId: 'r2' },
    });
    expect(sim.reject(batch([...rows(4), { memberId: 'x2', name: '重复' }]))).toEqual({
      code: 'roster.importDuplicate',
      params: { row: 5, memberId: 'x2' },
    });
    expect(Object.keys(sim.state.members)).toEqual(['r1', 'r2']);
  });

  it('refuses the whole batch when one row is malformed, naming the row and the field', () => {
    const sim = council(1);
    const error = sim.reject(batch([...rows(6), { memberId: 'bad', name: '  ' }]));
    expect(error).toMatchObject({
      code: 'roster.importRowInvalid',
      params: { row: 7, field: 'name' },
    });
    expect(sim.state.memberOrder).toEqual(['r1']);
  });

  it('refuses voters while a vote is open (the base would move), not observers', () => {
    const sim = onFloor(3, 3);
    sim.do({ type: 'vote/open', voteId: 'v1', method: 'hands', question: 'q' });
    expect(
      sim.reject(
        batch([
          { memberId: 'o1', name: '列席', role: 'observer' },
          { memberId: 'n1', name: '新人' },
        ]),
      ),
    ).toMatchObject({ code: 'vote.stillOpen', params: { voteId: 'v1', row: 2 } });
    sim.do(batch([{ memberId: 'o1', name: '列席', role: 'observer' }]));
    expect(sim.state.members.o1?.role).toBe('observer');
  });

  it('takes at most MAX_IMPORT_MEMBERS rows in one command, and not none', () => {
    const sim = council(0);
    expect(sim.reject(batch(rows(MAX_IMPORT_MEMBERS + 1))).code).toBe('command.malformed');
    expect(sim.reject(batch([])).code).toBe('command.malformed');
    sim.do(batch(rows(MAX_IMPORT_MEMBERS)));
    expect(sim.state.memberOrder).toHaveLength(MAX_IMPORT_MEMBERS);
  });

  it('is refused once the meeting is closed', () => {
    const sim = new Sim();
    expect(sim.reject(batch(rows(1))).code).toBe('meeting.notCreated');
  });

  // Its speed (the single add was quadratic) is measured by npm run bench -- roster-import.
  it('takes 10,000 members in batches', () => {
    const sim = council(0);
    for (let b = 0; b < 10_000 / MAX_IMPORT_MEMBERS; b++)
      sim.do(batch(rows(MAX_IMPORT_MEMBERS, `b${b}-`)));
    expect(sim.state.memberOrder).toHaveLength(10_000);
  });
});
