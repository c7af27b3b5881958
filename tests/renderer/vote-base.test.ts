import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../shared/domain/rules';
import { baseKey } from '../../renderer/src/chair/Run/vote-base';
import zhCN from '../../shared/i18n/zh-CN/ui';

const preset = (base: 'members' | 'present' | 'participating' | 'votesCast') => {
  const found = PRESETS.find((p) => p.kind === 'decision' && p.pass[0]?.base === base);
  return found ?? { kind: 'decision' as const, pass: [{ base }] as never };
};

describe('the vote base in the rule’s own words', () => {
  it('names all members when the rule counts against all members, not those present', () => {
    expect(baseKey(preset('members'))).toBe('ui:chair.vote.base.members');
    const words = zhCN as unknown as { chair: { vote: { base: { members: string } } } };
    expect(words.chair.vote.base.members).toBe('按全体成员{{members}}人计，到会{{present}}人');
  });

  it('follows each pass base and has no pass base for an evaluation', () => {
    expect(baseKey(preset('present'))).toBe('ui:chair.vote.base.present');
    expect(baseKey(preset('votesCast'))).toBe('ui:chair.vote.base.votesCast');
    expect(baseKey({ kind: 'evaluation', pass: [] })).toBe('ui:chair.vote.base.none');
  });
});
