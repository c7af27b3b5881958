import { z } from 'zod';
import { PRESETS } from './presets';
import type { RulePreset } from './types';

const measureSchema = z.enum(['heads', 'households', 'area']);
const comparatorSchema = z.enum(['gt', 'gte']);

const fractionSchema = z.object({ num: z.number().int(), den: z.number().int() }).readonly();

const localizedTextSchema = z
  .object({ 'zh-CN': z.string().max(200), 'zh-TW': z.string().max(200), en: z.string().max(200) })
  .readonly();

const quorumConditionSchema = z
  .object({
    measure: measureSchema,
    counted: z.enum(['present', 'participating']),
    comparator: comparatorSchema,
    fraction: fractionSchema,
  })
  .readonly();

const passConditionSchema = z
  .object({
    measure: measureSchema,
    base: z.enum(['members', 'present', 'participating', 'votesCast']),
    comparator: comparatorSchema,
    fraction: fractionSchema,
  })
  .readonly();

/** Ids are stable kebab-case so stored meetings and scripts can refer to them. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const presetShape = {
  id: z.string().max(64).regex(ID_PATTERN),
  name: localizedTextSchema,
  source: localizedTextSchema,
  kind: z.enum(['decision', 'evaluation']),
  quorum: z.array(quorumConditionSchema).max(4).readonly(),
  pass: z.array(passConditionSchema).max(4).readonly(),
  abstentionsAreCast: z.boolean(),
  noticeDaysBefore: z.number().int().min(0).max(365).nullable(),
  posting: z
    .object({
      days: z.number().int().min(1).max(365),
      counting: z.enum(['calendar', 'workingDays']),
    })
    .readonly(),
  rollCallNamesPublic: z.boolean(),
  needs: z.array(measureSchema).max(3).readonly(),
  custom: z.boolean(),
};

type Issue = Readonly<{
  code: string;
  path: readonly (string | number)[];
  params?: Record<string, string | number>;
}>;

/**
 * Rules a preset must keep beyond its shape. Issue messages are RulesError codes
 * ('rules.fractionOutOfRange') with params, so describeRulesError can put them into words.
 */
function presetIssues(preset: RulePreset): readonly Issue[] {
  const issues: Issue[] = [];
  const conditions = [
    ...preset.quorum.map((c, i) => ({ c, path: ['quorum', i, 'fraction'] })),
    ...preset.pass.map((c, i) => ({ c, path: ['pass', i, 'fraction'] })),
  ];
  for (const { c, path } of conditions) {
    const { num, den } = c.fraction;
    if (!(num > 0 && num <= den && den <= 100)) {
      issues.push({ code: 'rules.fractionOutOfRange', path, params: { num, den } });
    } else if (c.comparator === 'gt' && num === den) {
      // "More than all" can never be met: it would block every vote.
      issues.push({ code: 'rules.unreachableThreshold', path, params: { num, den } });
    }
  }
  if (preset.name['zh-CN'].trim() === '') {
    issues.push({ code: 'rules.nameRequired', path: ['name', 'zh-CN'] });
  }
  if (preset.kind === 'decision' && preset.pass.length === 0) {
    issues.push({ code: 'rules.decisionNeedsPass', path: ['pass'] });
  }
  if (preset.kind === 'evaluation') {
    if (preset.pass.length > 0) issues.push({ code: 'rules.evaluationHasNoPass', path: ['pass'] });
    // Evaluations are answered per person (SatisfactionInput holds head counts only).
    preset.quorum.forEach((c, i) => {
      if (c.measure !== 'heads') {
        issues.push({ code: 'rules.evaluationHeadsOnly', path: ['quorum', i, 'measure'] });
      }
    });
  }
  if (new Set(preset.needs).size !== preset.needs.length) {
    issues.push({ code: 'rules.duplicateNeed', path: ['needs'] });
  }
  const used = new Set([...preset.quorum, ...preset.pass].map((c) => c.measure));
  for (const measure of used) {
    // The roster must carry every measure a condition counts, or the counts cannot be entered.
    if (measure !== 'heads' && !preset.needs.includes(measure)) {
      issues.push({ code: 'rules.missingNeed', path: ['needs'], params: { measure } });
    }
  }
  return issues;
}

function withPresetRules<T extends RulePreset>(preset: T, ctx: z.RefinementCtx): void {
  for (const issue of presetIssues(preset)) {
    ctx.addIssue({
      code: 'custom',
      message: issue.code,
      path: [...issue.path],
      params: issue.params ?? {},
    });
  }
}

/**
 * Any preset as carried inside a stored meeting or script, built-in or custom: parse it from
 * unknown before trusting it, since a file may have been edited by hand.
 */
export const rulePresetSchema: z.ZodType<RulePreset> = z
  .object(presetShape)
  .readonly()
  .superRefine(withPresetRules);

const BUILT_IN_IDS = new Set(PRESETS.map((p) => p.id));

/**
 * A preset a user defines: the same rules, marked custom, and an id no built-in preset uses, so
 * a stored meeting never confuses the two.
 */
export const customPresetSchema: z.ZodType<RulePreset> = z
  .object({ ...presetShape, custom: z.literal(true) })
  .readonly()
  .superRefine((preset, ctx) => {
    withPresetRules(preset, ctx);
    if (BUILT_IN_IDS.has(preset.id)) {
      ctx.addIssue({
        code: 'custom',
        message: 'rules.builtInId',
        path: ['id'],
        params: { id: preset.id },
      });
    }
  });
