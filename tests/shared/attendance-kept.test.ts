import { describe, expect, it } from 'vitest';
import { onFloor } from './helpers';
import { attendanceSummary } from '../../shared/domain/selectors/attendance';

// A room of phones asks for the summary with every ballot and every projector frame: it is kept
// while roster, attendance and preset are the same objects, and counted again when one changes.
describe('attendanceSummary, kept between changes', () => {
  it('is the same object after changes that leave attendance alone, and new when someone signs in or out', () => {
    const sim = onFloor(9, 7);
    const first = attendanceSummary(sim.state);
    expect(first.present).toBe(7);
    sim.do({ type: 'display/setMessage', text: '请安静' });
    expect(attendanceSummary(sim.state)).toBe(first);

    sim.do({ type: 'roster/signIn', memberId: 'r8' });
    const signedIn = attendanceSummary(sim.state);
    expect(signedIn).not.toBe(first);
    expect(signedIn.present).toBe(8);
    expect(signedIn.presentTally.heads).toBe(8);

    sim.do({ type: 'roster/signOut', memberId: 'r1' });
    expect(attendanceSummary(sim.state).present).toBe(7);
  });

  it('counts again when the roster changes though attendance does not', () => {
    const sim = onFloor(9, 9);
    const before = attendanceSummary(sim.state);
    sim.do({ type: 'roster/addMember', memberId: 'n1', name: '新成员', category: 'residentRep' });
    const after = attendanceSummary(sim.state);
    expect(after.expected).toBe(before.expected + 1);
    expect(after.absent).toBe(before.absent + 1);
  });
});
