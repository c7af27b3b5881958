import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  evaluateVote,
  presetById,
  rulePresetSchema,
  type PassCondition,
  type QuorumCondition,
  type RulePreset,
} from '../../../shared/domain/rules';
import { LOCALES } from '../../../shared/i18n';
import { headVote, tally } from './helpers';

const HALF = { num: 1, den: 2 };
const TWO_THIRDS = { num: 2, den: 3 };
const THREE_QUARTERS = { num: 3, den: 4 };

type Expected = Readonly<{
  quorum: readonly QuorumCondition[];
  pass: readonly PassCondition[];
  noticeDaysBefore: number | null;
  posting: RulePreset['posting'];
  needs: readonly string[];
  kind?: RulePreset['kind'];
}>;

const q = (
  measure: QuorumCondition['measure'],
  counted: QuorumCondition['counted'],
  comparator: QuorumCondition['comparator'],
  fraction: QuorumCondition['fraction'],
): QuorumCondition => ({ measure, counted, comparator, fraction });
const p = (
  measure: PassCondition['measure'],
  base: PassCondition['base'],
  comparator: PassCondition['comparator'],
  fraction: PassCondition['fraction'],
): PassCondition => ({ measure, base, comparator, fraction });
const week = { days: 7, counting: 'calendar' } as const;

/** RULES.md "Presets to ship", row by row. */
const TABLE: Readonly<Record<string, Expected>> = {
  'villagers-meeting-individual': {
    quorum: [q('heads', 'present', 'gt', HALF)],
    pass: [p('heads', 'present', 'gt', HALF)],
    noticeDaysBefore: 10,
    posting: week,
    needs: [],
  },
  'villagers-meeting-household': {
    quorum: [q('households', 'present', 'gte', TWO_THIRDS)],
    pass: [p('households', 'present', 'gt', HALF)],
    noticeDaysBefore: 10,
    posting: week,
    needs: ['households'],
  },
  'villager-reps-meeting': {
    quorum: [q('heads', 'present', 'gte', TWO_THIRDS)],
    pass: [p('heads', 'present', 'gt', HALF)],
    noticeDaysBefore: 3,
    posting: week,
    needs: [],
  },
  'villager-group-meeting': {
    quorum: [q('heads', 'present', 'gte', TWO_THIRDS)],
    pass: [p('heads', 'present', 'gt', HALF)],
    noticeDaysBefore: null,
    posting: week,
    needs: [],
  },
  'villager-group-meeting-household': {
    quorum: [q('households', 'present', 'gte', TWO_THIRDS)],
    pass: [p('households', 'present', 'gt', HALF)],
    noticeDaysBefore: null,
    posting: week,
    needs: ['households'],
  },
  'residents-meeting': {
    quorum: [q('heads', 'present', 'gt', HALF)],
    pass: [p('heads', 'present', 'gt', HALF)],
    noticeDaysBefore: null,
    posting: week,
    needs: [],
  },
  'residents-meeting-household': {
    quorum: [q('households', 'present', 'gt', HALF)],
    pass: [p('households', 'present', 'gt', HALF)],
    noticeDaysBefore: null,
    posting: week,
    needs: ['households'],
  },
  'one-matter-one-deliberation': {
    quorum: [q('households', 'present', 'gte', TWO_THIRDS)],
    pass: [p('households', 'present', 'gt', HALF)],
    noticeDaysBefore: null,
    posting: week,
    needs: ['households'],
  },
  'owners-general': {
    quorum: [
      q('area', 'participating', 'gte', TWO_THIRDS),
      q('heads', 'participating', 'gte', TWO_THIRDS),
    ],
    pass: [p('area', 'participating', 'gt', HALF), p('heads', 'participating', 'gt', HALF)],
    noticeDaysBefore: 15,
    posting: week,
    needs: ['area'],
  },
  'owners-special': {
    quorum: [
      q('area', 'participating', 'gte', TWO_THIRDS),
      q('heads', 'participating', 'gte', TWO_THIRDS),
    ],
    pass: [
      p('area', 'participating', 'gte', THREE_QUARTERS),
      p('heads', 'participating', 'gte', THREE_QUARTERS),
    ],
    noticeDaysBefore: 15,
    posting: week,
    needs: ['area'],
  },
  'party-members-review': {
    quorum: [q('heads', 'present', 'gte', TWO_THIRDS)],
    pass: [p('heads', 'members', 'gt', HALF)],
    noticeDaysBefore: 3,
    posting: week,
    needs: [],
  },
  'council-default': {
    quorum: [q('heads', 'present', 'gte', TWO_THIRDS)],
    pass: [p('heads', 'members', 'gt', HALF)],
    noticeDaysBefore: 3,
    posting: { days: 5, counting: 'calendar' },
    needs: [],
  },
  'council-two-thirds': {
    quorum: [q('heads', 'present', 'gte', TWO_THIRDS)],
    pass: [p('heads', 'members', 'gte', TWO_THIRDS)],
    noticeDaysBefore: null,
    posting: week,
    needs: [],
  },
  'evaluation-reps': {
    kind: 'evaluation',
    quorum: [q('heads', 'present', 'gt', TWO_THIRDS)],
    pass: [],
    noticeDaysBefore: null,
    posting: week,
    needs: [],
  },
  'evaluation-villagers': {
    kind: 'evaluation',
    quorum: [q('heads', 'present', 'gt', HALF)],
    pass: [],
    noticeDaysBefore: null,
    posting: week,
    needs: [],
  },
};

describe('PRESETS', () => {
  it('ships exactly the rows of RULES.md, in order', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual(Object.keys(TABLE));
  });

  it.each(Object.entries(TABLE))('%s encodes its row', (id, expected) => {
    const preset = presetById(id);
    expect(preset).toBeDefined();
    expect(preset).toMatchObject({
      id,
      kind: expected.kind ?? 'decision',
      quorum: expected.quorum,
      pass: expected.pass,
      noticeDaysBefore: expected.noticeDaysBefore,
      posting: expected.posting,
      needs: expected.needs,
      custom: false,
      abstentionsAreCast: true,
    });
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    '%s is named and sourced in every locale and passes the schema',
    (_id, preset) => {
      for (const locale of LOCALES) {
        expect(preset.name[locale].trim()).not.toBe('');
        expect(preset.source[locale].trim()).not.toBe('');
      }
      expect(rulePresetSchema.safeParse(preset).success).toBe(true);
    },
  );

  it('ids are unique and kebab-case', () => {
    const ids = PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('cite their legal source', () => {
    expect(presetById('villagers-meeting-individual')?.source['zh-CN']).toContain(
      '村民委员会组织法',
    );
    expect(presetById('residents-meeting')?.source['zh-CN']).toContain('城市居民委员会组织法');
    expect(presetById('owners-general')?.source['zh-CN']).toContain('第二百七十八条');
    expect(presetById('owners-special')?.source.en).toContain('art. 278');
  });

  it('presetById returns undefined for unknown ids', () => {
    expect(presetById('no-such-rule')).toBeUndefined();
  });

  it('roll-call names are public for representative bodies only', () => {
    const open = PRESETS.filter((preset) => preset.rollCallNamesPublic).map((preset) => preset.id);
    expect(open).toEqual([
      'villager-reps-meeting',
      'one-matter-one-deliberation',
      'party-members-review',
      'council-default',
      'council-two-thirds',
    ]);
  });
});

describe('each decision preset decides a clear vote and refuses a thin one', () => {
  const decisions = PRESETS.filter((preset) => preset.kind === 'decision');
  it.each(decisions.map((preset) => [preset.id, preset] as const))('%s', (_id, preset) => {
    // Everyone present and taking part, 90% yes: every rule passes.
    const all = tally(100, 100, 1_000_000);
    const clear = {
      members: all,
      present: all,
      yes: tally(90, 90, 900_000),
      no: tally(10, 10, 100_000),
      abstain: tally(0, 0, 0),
    };
    expect(evaluateVote(preset, clear).result).toBe('passed');
    // Half yes: no rule passes (none accepts exactly half).
    const half = { ...clear, yes: tally(50, 50, 500_000), no: tally(50, 50, 500_000) };
    expect(evaluateVote(preset, half).result).toBe('failed');
    // A third present: every quorum fails.
    const third = tally(33, 33, 330_000);
    expect(
      evaluateVote(preset, { ...clear, present: third, yes: third, no: tally(0) }).result,
    ).toBe('invalid');
  });

  it('party-members-review counts yes against all expected, not those present', () => {
    const preset = presetById('party-members-review');
    if (!preset) throw new Error('missing');
    expect(evaluateVote(preset, headVote(30, 20, 15, 5, 0)).result).toBe('failed'); // 15 of 30
    expect(evaluateVote(preset, headVote(30, 20, 16, 4, 0)).result).toBe('passed');
  });
});
