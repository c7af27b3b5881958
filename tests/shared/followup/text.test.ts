import { describe, expect, it } from 'vitest';
import { followupEventSchema } from '../../../shared/followup';
import { A1, importA1, Registry } from './helpers';

// The follow-up registry takes typed text through the same gate as the meeting core: invisible
// format characters removed, control characters refused. Its stored events are repaired instead,
// so a registry written before the gate existed still opens, cleaned, and loses nothing else.
describe('text in the follow-up registry', () => {
  it('strips a right-to-left override from a title and refuses a control character in a note', () => {
    const reg = new Registry().do(importA1({ title: '\u202E加装电梯\u200B', owner: ' 张师傅 ' }));
    expect(reg.state.items['m1/a1']).toMatchObject({ title: '加装电梯', owner: '张师傅' });
    reg.do({ type: 'actionItem/start', ...A1, on: '2026-05-12' });
    const error = reg.reject({
      type: 'actionItem/noteProgress',
      ...A1,
      on: '2026-06-01',
      note: '进场\u001b[2J施工',
    });
    expect(error.code).toBe('command.controlCharacter');
  });

  it('opens stored events that hold control or invisible characters, cleaned', () => {
    const stored = {
      type: 'actionItem/progressNoted',
      seq: 3,
      at: 1_800_000_000_000,
      ...A1,
      on: '2026-06-01',
      note: '已签合同\u0007，\u202E进场施工',
    };
    const parsed = followupEventSchema.safeParse(stored);
    expect(parsed.success).toBe(true);
    expect(parsed.success && parsed.data).toMatchObject({ note: '已签合同，进场施工' });
  });
});
