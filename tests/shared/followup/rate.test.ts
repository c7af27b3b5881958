import { describe, expect, it } from 'vitest';
import { satisfactionRate } from '../../../shared/followup';
import { translator } from '../../../shared/i18n';

const rate = (satisfied: number, basicallySatisfied: number, dissatisfied: number) =>
  satisfactionRate({ satisfied, basicallySatisfied, dissatisfied });

describe('satisfaction rate: (满意 + 基本满意) ÷ (满意 + 基本满意 + 不满意), per mille', () => {
  it('no answers give no rate', () => {
    expect(rate(0, 0, 0)).toBeNull();
  });

  it('counts 基本满意 as satisfied', () => {
    expect(rate(13, 6, 2)).toBe(905); // 19/21 = 904.76… → 905
    expect(rate(0, 5, 5)).toBe(500);
    expect(rate(10, 0, 0)).toBe(1000);
    expect(rate(0, 0, 7)).toBe(0);
  });

  it('rounds half up in integers, never through a float', () => {
    expect(rate(1, 0, 1999)).toBe(1); // 0.5‰ → 1
    expect(rate(1, 0, 2000)).toBe(0); // 0.49975‰ → 0
    expect(rate(2, 0, 1)).toBe(667); // 666.67 → 667
    expect(rate(1, 0, 2)).toBe(333);
    expect(rate(1, 0, 7)).toBe(125); // exact
    const big = Number.MAX_SAFE_INTEGER - 10;
    expect(rate(big, 0, 1)).toBe(1000);
  });

  it('has no rate for impossible counts', () => {
    expect(rate(-1, 2, 3)).toBeNull();
    expect(rate(1.5, 2, 3)).toBeNull();
  });

  it('states the formula in every language', () => {
    expect(translator('zh-CN')('followup:label.rateFormula')).toContain('基本满意');
    expect(translator('en')('followup:label.rateFormula')).toContain('basically satisfied');
  });
});
