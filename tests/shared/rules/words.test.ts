import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PRESETS,
  describeCheck,
  describeQuorum,
  describeRule,
  describeRulesError,
  evaluateVote,
  formatCount,
  formatPercent,
  type ConditionCheck,
  type Fraction,
  type RulePreset,
  type RulesError,
} from '../../../shared/domain/rules';
import { LOCALES, resources, type Messages } from '../../../shared/i18n';
import { preset } from './helpers';

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe('the rules catalogue', () => {
  it('has the same keys in every locale, none empty', () => {
    const reference = keysOf(resources['zh-CN'].rules).sort();
    expect(reference.length).toBeGreaterThan(40);
    for (const locale of LOCALES) {
      expect(keysOf(resources[locale].rules).sort()).toEqual(reference);
    }
  });
});

/** No catalogue key leaked into the text: a missing key would show up as 'base.…' or 'rules:…'. */
function expectWords(text: string): void {
  expect(text).not.toMatch(
    /rules:|\b(base|threshold|rule|check|errors|measure|field|percent|quorumVerb)\.|\{\{/,
  );
  expect(text.trim()).not.toBe('');
}

describe('describeRule', () => {
  const zhCN: Readonly<Record<string, string>> = {
    'villagers-meeting-individual': '到会人员过半数同意',
    'villagers-meeting-household': '到会户过半数同意',
    'villager-reps-meeting': '到会人员过半数同意',
    'villager-group-meeting': '到会人员过半数同意',
    'villager-group-meeting-household': '到会户过半数同意',
    'residents-meeting': '到会人员过半数同意',
    'residents-meeting-household': '到会户过半数同意',
    'one-matter-one-deliberation': '到会户过半数同意',
    'owners-general': '参与表决的专有部分面积过半数同意，且参与表决人员过半数同意',
    'owners-special': '参与表决的专有部分面积四分之三以上同意，且参与表决人员四分之三以上同意',
    'party-members-review': '全体成员过半数同意',
    'council-default': '全体成员过半数同意',
    'council-two-thirds': '全体成员三分之二以上同意',
    'evaluation-reps': '统计满意、基本满意、不满意的比例',
    'evaluation-villagers': '统计满意、基本满意、不满意的比例',
  };

  it.each(Object.entries(zhCN))('%s in zh-CN', (id, text) => {
    expect(describeRule(preset(id), 'zh-CN')).toBe(text);
  });

  it('speaks zh-TW and en', () => {
    expect(describeRule(preset('villager-reps-meeting'), 'zh-TW')).toBe('到會人員過半數同意');
    expect(describeRule(preset('council-two-thirds'), 'zh-TW')).toBe('全體成員三分之二以上同意');
    expect(describeRule(preset('villager-reps-meeting'), 'en')).toBe(
      'yes from more than half of members present',
    );
    expect(describeRule(preset('owners-special'), 'en')).toBe(
      'yes from at least three-quarters of the floor area voting and yes from at least three-quarters of those voting',
    );
  });

  it('every preset reads cleanly in every locale', () => {
    for (const p of PRESETS) {
      for (const locale of LOCALES) {
        expectWords(describeRule(p, locale));
        expectWords(describeQuorum(p, locale));
      }
    }
  });

  const withPass = (
    comparator: 'gt' | 'gte',
    fraction: Fraction,
    base: RulePreset['pass'][number]['base'] = 'present',
  ): RulePreset => ({
    ...preset('villager-reps-meeting'),
    pass: [{ measure: 'heads', base, comparator, fraction }],
  });

  it('names other fractions with 超过… / …以上, reduced to lowest terms', () => {
    expect(describeRule(withPass('gte', { num: 1, den: 2 }), 'zh-CN')).toBe('到会人员半数以上同意');
    expect(describeRule(withPass('gt', { num: 2, den: 3 }), 'zh-CN')).toBe(
      '到会人员超过三分之二同意',
    );
    expect(describeRule(withPass('gte', { num: 3, den: 5 }), 'zh-CN')).toBe(
      '到会人员五分之三以上同意',
    );
    expect(describeRule(withPass('gte', { num: 4, den: 6 }), 'zh-CN')).toBe(
      '到会人员三分之二以上同意',
    );
    expect(describeRule(withPass('gt', { num: 12, den: 25 }), 'zh-CN')).toBe(
      '到会人员超过二十五分之十二同意',
    );
    expect(describeRule(withPass('gte', { num: 51, den: 100 }), 'zh-CN')).toBe(
      '到会人员百分之五十一以上同意',
    );
    expect(describeRule(withPass('gte', { num: 11, den: 20 }), 'zh-TW')).toBe(
      '到會人員二十分之十一以上同意',
    );
    expect(describeRule(withPass('gte', { num: 1, den: 1 }), 'zh-CN')).toBe('到会人员全部同意');
    expect(describeRule(withPass('gte', { num: 3, den: 5 }), 'en')).toBe(
      'yes from at least 3/5 of members present',
    );
    expect(describeRule(withPass('gt', { num: 2, den: 3 }), 'en')).toBe(
      'yes from more than 2/3 of members present',
    );
  });

  it('names every base', () => {
    expect(describeRule(withPass('gt', { num: 1, den: 2 }, 'votesCast'), 'zh-CN')).toBe(
      '有效票过半数同意',
    );
    expect(describeRule(withPass('gt', { num: 1, den: 2 }, 'participating'), 'zh-CN')).toBe(
      '参与表决人员过半数同意',
    );
    expect(describeRule(withPass('gt', { num: 1, den: 2 }, 'members'), 'en')).toBe(
      'yes from more than half of all members',
    );
  });
});

describe('describeQuorum', () => {
  it('states the quorum rule with its base', () => {
    expect(describeQuorum(preset('villager-reps-meeting'), 'zh-CN')).toBe(
      '全体成员三分之二以上到会',
    );
    expect(describeQuorum(preset('villagers-meeting-household'), 'zh-CN')).toBe(
      '全体户三分之二以上到会',
    );
    expect(describeQuorum(preset('owners-general'), 'zh-CN')).toBe(
      '专有部分总面积三分之二以上参与表决，且全体成员三分之二以上参与表决',
    );
    expect(describeQuorum(preset('evaluation-reps'), 'en')).toBe(
      'more than 2/3 of all members present',
    );
    expect(describeQuorum({ ...preset('council-default'), quorum: [] }, 'zh-CN')).toBe(
      '不设法定人数',
    );
  });
});

describe('describeCheck', () => {
  const check = (over: Partial<ConditionCheck>): ConditionCheck => ({
    measure: 'heads',
    counted: 23,
    base: 37,
    baseKind: 'members',
    comparator: 'gte',
    fraction: { num: 2, den: 3 },
    met: false,
    countedKind: 'present',
    ...over,
  });

  it('shows the numbers behind the rule', () => {
    expect(describeCheck(check({}), 'zh-CN')).toBe('23/37 到会');
    expect(describeCheck(check({}), 'zh-TW')).toBe('23/37 到會');
    expect(describeCheck(check({}), 'en')).toBe('23/37 present');
    expect(describeCheck(check({ countedKind: 'yes', counted: 20, base: 36 }), 'zh-CN')).toBe(
      '20/36 同意',
    );
    expect(describeCheck(check({ measure: 'households', counted: 140, base: 200 }), 'zh-CN')).toBe(
      '140/200 户到会',
    );
    expect(
      describeCheck(
        check({ measure: 'area', counted: 500_050, base: 1_000_000, countedKind: 'participating' }),
        'zh-CN',
      ),
    ).toBe('5000.50/10000.00 平方米参与表决');
    expect(
      describeCheck(
        check({ measure: 'area', counted: 7, base: 1_000_000, countedKind: 'participating' }),
        'en',
      ),
    ).toBe('0.07/10000.00 m² voting');
  });

  it('reads every check of a real vote cleanly', () => {
    const outcome = evaluateVote(preset('owners-special'), {
      members: { heads: 100, households: 0, area: 1_000_000 },
      present: { heads: 80, households: 0, area: 800_000 },
      yes: { heads: 60, households: 0, area: 600_000 },
      no: { heads: 20, households: 0, area: 200_000 },
      abstain: { heads: 0, households: 0, area: 0 },
    });
    for (const c of [...outcome.quorum, ...outcome.pass]) {
      for (const locale of LOCALES) expectWords(describeCheck(c, locale));
    }
    expect(outcome.pass.map((c) => describeCheck(c, 'zh-CN'))).toEqual([
      '6000.00/8000.00 平方米同意',
      '60/80 同意',
    ]);
  });
});

describe('formatCount', () => {
  it('shows area in m² with two decimals and other measures as they are', () => {
    expect(formatCount(123_456, 'area')).toBe('1234.56');
    expect(formatCount(5, 'area')).toBe('0.05');
    expect(formatCount(37, 'heads')).toBe('37');
  });
});

describe('formatPercent', () => {
  it('one decimal, rounded half up', () => {
    expect(formatPercent(23, 37, 'zh-CN')).toBe('62.2%');
    expect(formatPercent(1, 3, 'en')).toBe('33.3%');
    expect(formatPercent(2, 3, 'zh-TW')).toBe('66.7%');
    expect(formatPercent(1, 16, 'zh-CN')).toBe('6.3%'); // 6.25 → 6.3
    expect(formatPercent(1, 8, 'zh-CN')).toBe('12.5%');
    expect(formatPercent(0, 5, 'zh-CN')).toBe('0.0%');
    expect(formatPercent(5, 5, 'zh-CN')).toBe('100.0%');
  });

  it('has no percentage of nothing or of bad numbers', () => {
    expect(formatPercent(0, 0, 'zh-CN')).toBe('—');
    expect(formatPercent(1, -2, 'en')).toBe('—');
    expect(formatPercent(0.5, 2, 'en')).toBe('—');
  });

  it('matches exact rational rounding (BigInt oracle)', () => {
    fc.assert(
      fc.property(
        fc.maxSafeNat(),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (part, whole) => {
          const tenths = (BigInt(part) * 2000n + BigInt(whole)) / (2n * BigInt(whole));
          expect(formatPercent(part, whole, 'en')).toBe(`${tenths / 10n}.${tenths % 10n}%`);
        },
      ),
    );
  });
});

describe('describeRulesError', () => {
  it('puts every error code into words in every locale', () => {
    const errors: readonly RulesError[] = [
      { code: 'rules.countsExceedBase', params: { measure: 'heads', counted: 37, base: 36 } },
      {
        code: 'rules.presentExceedsMembers',
        params: { measure: 'households', present: 5, members: 4 },
      },
      { code: 'rules.notACount', params: { field: 'yes', measure: 'heads', value: '-1' } },
      { code: 'rules.duplicateOption', params: { optionId: 'a' } },
      { code: 'rules.fractionOutOfRange', params: { num: 3, den: 2 } },
      { code: 'rules.unreachableThreshold', params: { num: 1, den: 1 } },
      { code: 'rules.nameRequired', params: {} },
      { code: 'rules.decisionNeedsPass', params: {} },
      { code: 'rules.evaluationHasNoPass', params: {} },
      { code: 'rules.evaluationHeadsOnly', params: {} },
      { code: 'rules.duplicateNeed', params: {} },
      { code: 'rules.missingNeed', params: { measure: 'area' } },
      { code: 'rules.builtInId', params: { id: 'council-default' } },
    ];
    for (const error of errors) {
      for (const locale of LOCALES) {
        const text = describeRulesError(error, locale);
        expectWords(text);
        expect(text).not.toBe(describeRulesError({ code: 'rules.nope', params: {} }, locale));
      }
    }
  });

  it('names the measure and shows areas in m²', () => {
    expect(
      describeRulesError(
        { code: 'rules.countsExceedBase', params: { measure: 'heads', counted: 37, base: 36 } },
        'zh-CN',
      ),
    ).toBe('表决合计人数（37）超过到会人数（36）');
    expect(
      describeRulesError(
        {
          code: 'rules.countsExceedBase',
          params: { measure: 'area', counted: 800_001, base: 800_000 },
        },
        'zh-CN',
      ),
    ).toBe('表决合计专有部分面积（8000.01）超过到会专有部分面积（8000.00）');
    expect(
      describeRulesError(
        { code: 'rules.notACount', params: { field: 'abstain', measure: 'heads', value: '-1' } },
        'en',
      ),
    ).toBe('Abstain (head count) must be a whole number, not negative; got "-1"');
  });

  it('falls back to a generic sentence naming an unknown code', () => {
    expect(describeRulesError({ code: 'rules.nope', params: {} }, 'zh-CN')).toBe(
      '规则检查未通过（rules.nope）',
    );
  });
});
