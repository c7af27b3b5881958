import { describe, expect, it } from 'vitest';
import { describeSummary } from '../../../main/cli/replay';
import { summarize, voteInWords } from '../../../shared/domain';
import { LOCALES } from '../../../shared/i18n';
import { seedState } from '../../shared/documents/helpers';
import { ATTENDANCE, ownersInvalid, WORDS } from '../../shared/owners-invalid';

// Issue 14: an owners' vote that fails because too few owners took part says so everywhere, in
// the notices' words, never 到会人数不足 (nobody need be in the room for a written ballot): `yishiting
// replay` and the words the core gives for a vote (the projector: tests/renderer).

describe('an owners’ vote invalid for lack of participation', () => {
  const state = ownersInvalid();
  it('is worded so by the core (voteInWords)', () => {
    expect(state.votes.v1?.outcome?.result).toBe('invalid');
    for (const locale of LOCALES) {
      const reason = voteInWords(state, 'v1', locale)?.reason ?? '';
      expect(reason, locale).toMatch(WORDS[locale]);
      expect(reason, locale).not.toMatch(ATTENDANCE);
    }
  });

  it('is worded so by yishiting replay', () => {
    for (const locale of LOCALES) {
      const text = describeSummary(summarize(state), locale).join('\n');
      expect(text, locale).toMatch(WORDS[locale]);
      expect(text, locale).not.toMatch(ATTENDANCE);
    }
  });

  it('still says 到会人数不足 where too few came (the village seed)', () => {
    const village = seedState('village-quorum');
    const invalid = village.voteOrder.find(
      (id) => village.votes[id]?.outcome?.result === 'invalid',
    );
    expect(invalid).toBeDefined();
    expect(voteInWords(village, invalid ?? '', 'zh-CN')?.reason).toBe('到会人数不足法定人数');
    expect(describeSummary(summarize(village), 'zh-CN').join('\n')).toContain('到会人数不足');
  });
});
