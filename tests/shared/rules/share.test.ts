import { describe, expect, it } from 'vitest';
import { formatShare, presetById, presetNote, PRESETS } from '../../../shared/domain/rules';
import { LOCALES } from '../../../shared/i18n';

// Shares printed on notices, and the owners' presets' names: what a resident reads must not
// contradict what the rule decided.

const HALF = { num: 1, den: 2 };
const TWO_THIRDS = { num: 2, den: 3 };

describe('formatShare', () => {
  it('prints one decimal where that is honest', () => {
    expect(formatShare(30, 37, 'zh-CN', [TWO_THIRDS])).toBe('81.1%');
    expect(formatShare(1000, 2000, 'zh-CN', [HALF])).toBe('50.0%');
    expect(formatShare(24, 36, 'zh-CN', [TWO_THIRDS])).toBe('66.7%');
    expect(formatShare(0, 5, 'en')).toBe('0.0%');
    expect(formatShare(5, 5, 'en')).toBe('100.0%');
  });

  it('never rounds a share onto the threshold it was compared with', () => {
    // More than half, but 50.0% would read as exactly half.
    expect(formatShare(1001, 2001, 'zh-CN', [HALF])).toBe('50.02%');
    // Less than half, and 50.0% would read as enough for "half or more".
    expect(formatShare(1000, 2001, 'zh-CN', [HALF])).toBe('49.98%');
    // Short of two-thirds: 66.7% would look like it made it.
    expect(formatShare(6666, 10000, 'zh-CN', [TWO_THIRDS])).toBe('66.66%');
    expect(formatShare(200001, 300000, 'zh-CN', [TWO_THIRDS])).toBe('66.6670%');
  });

  it('never prints 0% for some or 100% for not all', () => {
    expect(formatShare(1, 3000, 'zh-CN')).toBe('0.03%');
    expect(formatShare(2999, 3000, 'zh-CN')).toBe('99.97%');
    expect(formatShare(1, 2_000_000_000, 'zh-CN')).toBe('0.0000001%');
  });

  it('has no share of nothing', () => {
    expect(formatShare(0, 0, 'zh-CN')).toBe('—');
    expect(formatShare(1.5, 3, 'zh-CN')).toBe('—');
  });
});

describe('the owners’ presets say which art. 278 matters need three quarters', () => {
  const special = presetById('owners-special')!;
  const general = presetById('owners-general')!;

  it('names raising the fund (item 6), not using it (item 5), as special, in every language', () => {
    expect(special.name['zh-CN']).toBe(
      '业主大会（特别事项：筹集维修资金、改建重建、改变共有部分用途或利用其经营）',
    );
    expect(special.name['zh-TW']).toContain('籌集維修資金');
    expect(special.name.en).toContain('raising the maintenance fund');
    expect(general.name['zh-CN']).toBe('业主大会（一般事项，含使用维修资金）');
    expect(general.name['zh-TW']).toBe('業主大會（一般事項，含使用維修資金）');
    expect(general.name.en).toContain('including using the maintenance fund');
  });

  it('describes items 6–8 as the only three-quarter matters and item 5 as ordinary', () => {
    expect(presetNote(special, 'zh-CN')).toContain(
      '仅适用于《民法典》第二百七十八条第一款第（六）至（八）项',
    );
    expect(presetNote(special, 'zh-CN')).toContain(
      '使用维修资金（第（五）项）是一般事项，不适用四分之三',
    );
    expect(presetNote(special, 'zh-TW')).toContain('使用維修資金（第（五）項）是一般事項');
    expect(presetNote(special, 'en')).toContain('Only for Civil Code art. 278 items (6) to (8)');
    expect(presetNote(special, 'en')).toContain(
      'Using the maintenance fund (item 5) is an ordinary matter',
    );
    for (const locale of LOCALES) {
      expect(presetNote(general, locale), locale).toMatch(/（五）|\(5\)/);
    }
  });

  it('has no note for presets whose name says it all, nor for custom ones', () => {
    const others = PRESETS.filter((p) => !p.id.startsWith('owners-'));
    expect(others.map((p) => presetNote(p, 'zh-CN')).filter(Boolean)).toEqual([]);
    expect(presetNote({ ...special, custom: true }, 'zh-CN')).toBeNull();
  });
});
