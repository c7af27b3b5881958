import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  customPresetSchema,
  describeRulesError,
  rulePresetSchema,
  type RulePreset,
} from '../../../shared/domain/rules';
import { preset } from './helpers';

const custom: RulePreset = {
  ...preset('council-default'),
  id: 'courtyard-council',
  name: { 'zh-CN': '院落议事会', 'zh-TW': '院落議事會', en: 'Courtyard council' },
  source: { 'zh-CN': '本院落议事规则', 'zh-TW': '本院落議事規則', en: 'Courtyard rules' },
  pass: [{ measure: 'heads', base: 'present', comparator: 'gte', fraction: { num: 3, den: 5 } }],
  custom: true,
};

/** The RulesError codes a schema failure reports. */
function codes(value: unknown, schema = customPresetSchema): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('customPresetSchema', () => {
  it('accepts a sensible user-defined preset and returns it unchanged', () => {
    const result = customPresetSchema.safeParse(custom);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(custom);
  });

  it.each([
    [{ num: 0, den: 2 }],
    [{ num: 3, den: 2 }],
    [{ num: 1, den: 101 }],
    [{ num: -1, den: 2 }],
  ])('refuses the fraction %j', (fraction) => {
    expect(codes({ ...custom, pass: [{ ...custom.pass[0], fraction }] })).toEqual([
      'rules.fractionOutOfRange',
    ]);
  });

  it('refuses non-integer fractions', () => {
    expect(
      customPresetSchema.safeParse({
        ...custom,
        pass: [{ ...custom.pass[0], fraction: { num: 1.5, den: 2 } }],
      }).success,
    ).toBe(false);
  });

  it('refuses "more than all", which no vote can reach', () => {
    expect(
      codes({
        ...custom,
        pass: [{ ...custom.pass[0], comparator: 'gt', fraction: { num: 3, den: 3 } }],
      }),
    ).toEqual(['rules.unreachableThreshold']);
  });

  it('accepts "all of" (gte 1/1) and a fraction over 100 parts', () => {
    expect(
      codes({ ...custom, pass: [{ ...custom.pass[0], fraction: { num: 1, den: 1 } }] }),
    ).toEqual([]);
    expect(
      codes({ ...custom, pass: [{ ...custom.pass[0], fraction: { num: 51, den: 100 } }] }),
    ).toEqual([]);
  });

  it('needs a pass condition for a decision and none for an evaluation', () => {
    expect(codes({ ...custom, pass: [] })).toEqual(['rules.decisionNeedsPass']);
    expect(codes({ ...custom, kind: 'evaluation' })).toEqual(['rules.evaluationHasNoPass']);
    expect(codes({ ...custom, kind: 'evaluation', pass: [] })).toEqual([]);
  });

  it('evaluations count heads only', () => {
    expect(
      codes({
        ...custom,
        kind: 'evaluation',
        pass: [],
        needs: ['households'],
        quorum: [
          {
            measure: 'households',
            counted: 'present',
            comparator: 'gt',
            fraction: { num: 1, den: 2 },
          },
        ],
      }),
    ).toEqual(['rules.evaluationHeadsOnly']);
  });

  it('needs the roster fields its conditions count, once each', () => {
    const byArea = { ...custom, pass: [{ ...custom.pass[0], measure: 'area' }] };
    expect(codes(byArea)).toEqual(['rules.missingNeed']);
    expect(codes({ ...byArea, needs: ['area'] })).toEqual([]);
    expect(codes({ ...byArea, needs: ['area', 'area'] })).toEqual(['rules.duplicateNeed']);
  });

  it('is marked custom and does not take a built-in id', () => {
    expect(customPresetSchema.safeParse({ ...custom, custom: false }).success).toBe(false);
    expect(codes({ ...custom, id: 'council-default' })).toEqual(['rules.builtInId']);
  });

  it('refuses malformed fields', () => {
    expect(customPresetSchema.safeParse({ ...custom, id: 'Courtyard Council' }).success).toBe(
      false,
    );
    expect(
      customPresetSchema.safeParse({ ...custom, posting: { days: 0, counting: 'calendar' } })
        .success,
    ).toBe(false);
    expect(
      customPresetSchema.safeParse({ ...custom, posting: { days: 7, counting: 'weeks' } }).success,
    ).toBe(false);
    expect(customPresetSchema.safeParse({ ...custom, noticeDaysBefore: -1 }).success).toBe(false);
    expect(
      customPresetSchema.safeParse({ ...custom, name: { 'zh-CN': '议事会', en: 'Council' } })
        .success,
    ).toBe(false);
    expect(
      customPresetSchema.safeParse({
        ...custom,
        quorum: [
          { measure: 'votes', counted: 'present', comparator: 'gt', fraction: { num: 1, den: 2 } },
        ],
      }).success,
    ).toBe(false);
    expect(customPresetSchema.safeParse(null).success).toBe(false);
    expect(codes({ ...custom, name: { ...custom.name, 'zh-CN': '  ' } })).toEqual([
      'rules.nameRequired',
    ]);
  });

  it('issue codes and params read as sentences', () => {
    const result = customPresetSchema.safeParse({
      ...custom,
      id: 'council-default',
      pass: [{ ...custom.pass[0], fraction: { num: 3, den: 2 } }],
    });
    expect(result.success).toBe(false);
    const texts = (result.error?.issues ?? []).map((issue) =>
      describeRulesError(
        {
          code: issue.message,
          params: 'params' in issue ? (issue.params as Record<string, string | number>) : {},
        },
        'zh-CN',
      ),
    );
    expect(texts).toEqual([
      '比例 3/2 无效：须满足 0 < 分子 ≤ 分母 ≤ 100',
      '编号“council-default”已被内置规则使用，请另取一个',
    ]);
  });
});

describe('rulePresetSchema', () => {
  it('accepts every built-in preset and a custom one', () => {
    for (const p of PRESETS) expect(rulePresetSchema.parse(p)).toEqual(p);
    expect(rulePresetSchema.parse(custom)).toEqual(custom);
  });

  it('applies the same rules to presets read back from storage', () => {
    expect(codes({ ...preset('owners-general'), needs: [] }, rulePresetSchema)).toEqual([
      'rules.missingNeed',
    ]);
    expect(rulePresetSchema.safeParse({ ...preset('council-default'), extra: 1 }).success).toBe(
      true,
    );
  });
});
