import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch, eventSchema, runScript, type CommandInput, type MeetingState } from './imports';
import { council, Sim } from './helpers';

// Names and free text a person types are shown on the projector, in PDFs and in the roster.
// Bidi overrides and zero-width characters can disguise a name ("‮" turns text around) and
// control characters corrupt what shows; the core's schemas clean or refuse them for every
// carrier, import and script.

/** Bidi controls, zero-width characters, the BOM: invisible, so they are removed. */
const INVISIBLE = [
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066,
  0x2067, 0x2068, 0x2069, 0xfeff,
].map((c) => String.fromCodePoint(c));
/** NUL, other C0 controls, DEL and C1 controls: refused. */
const CONTROL = [0x00, 0x01, 0x07, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f].map((c) =>
  String.fromCodePoint(c),
);
const FORBIDDEN = new RegExp(`[${[...INVISIBLE, ...CONTROL].join('')}]`, 'u');

const unit = fc.oneof(
  { arbitrary: fc.constantFrom('王', '李', '大', '妈', 'a', 'Z', 'e\u0301', 'ё', '·'), weight: 6 },
  { arbitrary: fc.constantFrom(' ', '\u3000', '\t'), weight: 1 },
  { arbitrary: fc.constantFrom(...INVISIBLE), weight: 3 },
  { arbitrary: fc.constantFrom(...CONTROL), weight: 1 },
);
const hostile = fc.string({ unit, minLength: 0, maxLength: 12 });

/** Every text a person typed that the state holds about people and the meeting. */
function texts(state: MeetingState): string[] {
  const out: string[] = [];
  for (const m of Object.values(state.members))
    out.push(m.name, m.customCategory, m.household, m.affiliation);
  for (const a of Object.values(state.attendance)) out.push(a.excuseReason);
  for (const i of Object.values(state.items)) out.push(i.title, i.description, i.presenter);
  if (state.meeting) out.push(state.meeting.title, state.meeting.place, state.meeting.chair);
  return out;
}

type Make = (text: string, n: number) => CommandInput;
const carriers: Readonly<Record<string, Make>> = {
  addMember: (name, n) => ({
    type: 'roster/addMember',
    memberId: `p${n}`,
    name,
    category: 'residentRep',
  }),
  importMembers: (name, n) => ({
    type: 'roster/importMembers',
    members: [
      { memberId: `q${n}`, name, category: 'custom', customCategory: name, household: name },
    ],
  }),
  updateMember: (name) => ({
    type: 'roster/updateMember',
    memberId: 'r1',
    name,
    affiliation: name,
  }),
  excuse: (reason) => ({ type: 'roster/excuse', memberId: 'r2', reason }),
  meetingUpdate: (title) => ({ type: 'meeting/update', title, chair: title }),
  addItem: (title, n) => ({ type: 'agenda/addItem', itemId: `i${n}`, title, presenter: title }),
};

describe('text a person types passes one gate in the core', () => {
  it('property: after any accepted command no text in the state holds an invisible or control character, and is NFC', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(carriers)), hostile), { maxLength: 25 }),
        (steps) => {
          const sim = council(2);
          steps.forEach(([carrier, text], n) => {
            const command = carriers[carrier]?.(text, n);
            if (!command) return;
            const r = dispatch(sim.state, { ...command, at: sim.now + 1000 });
            if (r.ok) sim.state = r.state;
            else if (CONTROL.some((c) => text.includes(c)))
              expect(['command.controlCharacter', 'roster.importRowInvalid']).toContain(
                r.error.code,
              );
            else expect(['command.malformed', 'roster.importRowInvalid']).toContain(r.error.code);
          });
          for (const text of texts(sim.state)) {
            expect(text).not.toMatch(FORBIDDEN);
            expect(text).toBe(text.normalize('NFC'));
          }
          for (const m of Object.values(sim.state.members)) expect(m.name).toBe(m.name.trim());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('strips a right-to-left override and zero-width characters, composes NFC and trims names', () => {
    const sim = council(0);
    sim.do({
      type: 'roster/addMember',
      memberId: 'a',
      name: ' \u202E王\u200B大妈\u2066 ',
      household: 'e\u0301\uFEFF',
      category: 'residentRep',
    });
    expect(sim.state.members.a).toMatchObject({ name: '王大妈', household: 'é' });
  });

  it('refuses a control character with its own error naming the field, and changes nothing', () => {
    const sim = council(1);
    expect(
      sim.reject({
        type: 'roster/addMember',
        memberId: 'a',
        name: '王\u0000大妈',
        category: 'residentRep',
      }),
    ).toEqual({ code: 'command.controlCharacter', params: { path: 'name' } });
    expect(sim.reject({ type: 'display/setMessage', text: '休会\u001b[2J' })).toEqual({
      code: 'command.controlCharacter',
      params: { path: 'text' },
    });
    expect(
      sim.reject({ type: 'vote/void', voteId: 'v1', reason: '\u0085作废' } as CommandInput).code,
    ).toBe('command.controlCharacter');
    // A name that is only invisible characters is no name at all.
    expect(
      sim.reject({
        type: 'roster/addMember',
        memberId: 'b',
        name: '\u200B\u202E',
        category: 'residentRep',
      }).code,
    ).toBe('command.malformed');
  });

  it('keeps line breaks in free text, not in one-line fields', () => {
    const sim = council(2);
    sim.do({ type: 'roster/excuse', memberId: 'r1', reason: '住院\n下周出院' });
    expect(sim.state.attendance.r1?.excuseReason).toBe('住院\n下周出院');
    sim.do({ type: 'roster/updateMember', memberId: 'r2', name: '王\n大妈' });
    expect(sim.state.members.r2?.name).toBe('王 大妈');
  });

  it('cleans stored events on restore (an old journal or an archive), without refusing them', () => {
    const event = eventSchema.parse({
      type: 'roster/memberAdded',
      seq: 2,
      at: 1,
      member: {
        memberId: 'a',
        name: '\u202E王\u0000大妈',
        role: 'member',
        category: 'residentRep',
        customCategory: '',
        household: '',
        area: 0,
        affiliation: '',
      },
    });
    expect(event.type === 'roster/memberAdded' && event.member.name).toBe('王大妈');
  });

  it('applies to a meeting script too', () => {
    const r = runScript(
      {
        format: 'yishiting-meeting-script',
        version: 1,
        meetingId: 's1',
        meeting: { title: '议事会', bodyKind: 'residentsCouncil', date: '2026-05-10', at: 1 },
        roster: [{ memberId: 'a', name: '\u202E王大妈', category: 'residentRep' }],
        agenda: [],
        commands: [],
      },
      's1',
    );
    expect(r.ok && r.state.members.a?.name).toBe('王大妈');
    expect(new Sim().state.members).toEqual({});
  });
});
