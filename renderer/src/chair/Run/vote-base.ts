import type { RulePreset } from '../../../../shared/domain/rules';

export type BaseKey =
  `ui:chair.vote.base.${'members' | 'present' | 'participating' | 'votesCast' | 'none'}`;

/**
 * How to state a vote's base in the words of its rule (按全体成员15人计，到会11人); the caller
 * gives the real numbers from the roster, so it is true before any count is typed. A rule of
 * 全体成员过半数 must not read as if those present were the base; an evaluation has no pass base
 * and says only who is there.
 */
export function baseKey(preset: Pick<RulePreset, 'kind' | 'pass'>): BaseKey {
  const base = preset.kind === 'evaluation' ? undefined : preset.pass[0]?.base;
  return `ui:chair.vote.base.${base ?? 'none'}`;
}
