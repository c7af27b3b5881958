import { translator, type Locale } from '../../i18n';
import { MEASURES, permilleOf } from './threshold';
import type {
  Comparator,
  ConditionCheck,
  Fraction,
  Measure,
  QuorumCondition,
  PassCondition,
  RulePreset,
  RulesError,
} from './types';

const PASS_BASES = ['members', 'present', 'participating', 'votesCast'] as const;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

const HAN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * Han numerals for 1–100, as in 三分之二. They are the notation of the legal texts themselves and
 * the same in zh-CN and zh-TW; the catalogue's templates decide whether to use them or digits.
 * 100 is 百 because it only ever stands as a denominator here, read 百分之五十一.
 */
function hanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 100) return String(n);
  if (n === 100) return '百';
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return HAN_DIGITS[units] ?? String(n);
  const tensText = tens === 1 ? '十' : `${HAN_DIGITS[tens] ?? ''}十`;
  return units === 0 ? tensText : `${tensText}${HAN_DIGITS[units] ?? ''}`;
}

/** 过半数, 三分之二以上, 超过五分之三…: the threshold in the words the law uses. */
function thresholdText(comparator: Comparator, fraction: Fraction, locale: Locale): string {
  const t = translator(locale);
  // Reduce to lowest terms (4/6 reads as 三分之二); malformed fractions are shown as given.
  const wellFormed = [fraction.num, fraction.den].every((n) => Number.isSafeInteger(n) && n > 0);
  const divisor = wellFormed ? gcd(fraction.num, fraction.den) : 1;
  const num = fraction.num / divisor;
  const den = fraction.den / divisor;
  if (num === 1 && den === 2)
    return t(comparator === 'gt' ? 'rules:threshold.gtHalf' : 'rules:threshold.gteHalf');
  if (comparator === 'gte' && num === 2 && den === 3) return t('rules:threshold.gteTwoThirds');
  if (comparator === 'gte' && num === 3 && den === 4) return t('rules:threshold.gteThreeQuarters');
  if (num === den) {
    const all = t('rules:threshold.all');
    return comparator === 'gte' ? all : t('rules:threshold.gt', { fraction: all });
  }
  const text = t('rules:threshold.fraction', {
    num,
    den,
    numHan: hanNumeral(num),
    denHan: hanNumeral(den),
  });
  return t(comparator === 'gt' ? 'rules:threshold.gt' : 'rules:threshold.gte', { fraction: text });
}

function baseText(base: string, measure: Measure, locale: Locale): string {
  const kind = (PASS_BASES as readonly string[]).includes(base) ? base : 'members';
  return translator(locale)(`rules:base.${kind}.${measure}`);
}

/** One pass condition in words, e.g. 到会人员过半数同意. */
export function describePassCondition(condition: PassCondition, locale: Locale): string {
  return translator(locale)('rules:rule.pass', {
    base: baseText(condition.base, condition.measure, locale),
    threshold: thresholdText(condition.comparator, condition.fraction, locale),
  });
}

/** One quorum condition in words, e.g. 全体成员三分之二以上到会. */
export function describeQuorumCondition(condition: QuorumCondition, locale: Locale): string {
  const t = translator(locale);
  return t('rules:rule.quorum', {
    base: baseText('members', condition.measure, locale),
    threshold: thresholdText(condition.comparator, condition.fraction, locale),
    verb: t(`rules:quorumVerb.${condition.counted}`),
  });
}

/**
 * The pass rule in words, always naming its base (RULES.md), e.g. '到会人员过半数同意' or
 * '全体成员三分之二以上同意'; two-base rules join their conditions. Evaluations describe what
 * they report instead.
 */
export function describeRule(preset: RulePreset, locale: Locale): string {
  const t = translator(locale);
  if (preset.pass.length === 0) return t('rules:rule.evaluation');
  return preset.pass.map((c) => describePassCondition(c, locale)).join(t('rules:rule.and'));
}

/** Addition to the agreed API: the quorum rule in words, e.g. '全体成员三分之二以上到会'. */
export function describeQuorum(preset: RulePreset, locale: Locale): string {
  const t = translator(locale);
  if (preset.quorum.length === 0) return t('rules:rule.noQuorum');
  return preset.quorum.map((c) => describeQuorumCondition(c, locale)).join(t('rules:rule.and'));
}

/** A count in its measure's notation: area (0.01 m² units) with two decimals, others as is. */
export function formatCount(value: number, measure: Measure): string {
  if (measure !== 'area' || !Number.isSafeInteger(value) || value < 0) return String(value);
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

/** A check's numbers for the projector and the minutes, e.g. '23/37 到会'. */
export function describeCheck(check: ConditionCheck, locale: Locale): string {
  const t = translator(locale);
  return t(`rules:check.${check.measure}`, {
    counted: formatCount(check.counted, check.measure),
    base: formatCount(check.base, check.measure),
    verb: t(`rules:check.verb.${check.countedKind}`),
  });
}

/**
 * part/whole as a percentage with one decimal, rounded half up in integers (23/37 → '62.2%'),
 * so the notice never shows a float artefact. A zero or invalid whole has no percentage.
 */
export function formatPercent(part: number, whole: number, locale: Locale): string {
  const t = translator(locale);
  const valid = Number.isSafeInteger(part) && Number.isSafeInteger(whole) && part >= 0 && whole > 0;
  const value = valid ? permilleOf(part, whole) : null;
  if (value === null) return t('rules:percent.none');
  return t('rules:percent.value', { value: `${value / 10n}.${value % 10n}` });
}

/** round(part * 10^digits / whole), half up, in integers. */
function scaled(part: bigint, whole: bigint, digits: number): bigint {
  const scale = 10n ** BigInt(digits);
  return (part * scale * 2n + whole) / (whole * 2n);
}

/** -1, 0 or 1. */
function sign(n: bigint): number {
  return n === 0n ? 0 : n > 0n ? 1 : -1;
}

/**
 * part/whole as a percentage for a notice, with one decimal where that is honest and more where
 * it is not: a share that is not exactly a threshold the rule compares against (or 0% or 100%)
 * never prints as that threshold. 1,001 of 2,001 under "more than half" is '50.02%', not
 * '50.0%', and 6,666 of 10,000 under "two-thirds or more" is '66.66%', not '66.7%'. Digits are
 * added until the printed figure sits on the same side of every boundary as the exact share.
 */
export function formatShare(
  part: number,
  whole: number,
  locale: Locale,
  thresholds: readonly Fraction[] = [],
): string {
  const t = translator(locale);
  const valid = Number.isSafeInteger(part) && Number.isSafeInteger(whole) && part >= 0 && whole > 0;
  if (!valid) return t('rules:percent.none');
  const p = BigInt(part);
  const w = BigInt(whole);
  const bounds = [{ num: 0, den: 1 }, { num: 1, den: 1 }, ...thresholds].filter(
    (f) => Number.isSafeInteger(f.num) && Number.isSafeInteger(f.den) && f.den > 0 && f.num >= 0,
  );
  // A percentage with d decimals is the share scaled by 10^(d+2). Twenty decimals separate any
  // two different shares of safe integers, so the loop always ends with an honest figure.
  let digits = 1;
  for (; digits < 20; digits += 1) {
    const shown = scaled(p, w, digits + 2);
    const honest = bounds.every((f) => {
      const exact = sign(p * BigInt(f.den) - BigInt(f.num) * w);
      return sign(shown - scaled(BigInt(f.num), BigInt(f.den), digits + 2)) === exact;
    });
    if (honest) break;
  }
  const shown = scaled(p, w, digits + 2);
  const scale = 10n ** BigInt(digits);
  const value = `${shown / scale}.${String(shown % scale).padStart(digits, '0')}`;
  return t('rules:percent.value', { value });
}

/**
 * What a built-in preset is for, where its name alone could mislead (the owners' presets: only
 * art. 278 items 6–8 need three quarters, and using the fund is not one of them); null for the
 * others and for custom presets.
 */
export function presetNote(preset: RulePreset, locale: Locale): string | null {
  if (preset.custom) return null;
  const key = `rules:presetNote.${preset.id}`;
  const text = translator(locale)(key);
  return text === key || text === `presetNote.${preset.id}` ? null : text;
}

const FIELDS = [
  'members',
  'present',
  'yes',
  'no',
  'abstain',
  'satisfied',
  'basicallySatisfied',
  'dissatisfied',
];
const COUNT_PARAMS = ['counted', 'base', 'present', 'members'];

/**
 * A RulesError (from validation or a preset schema issue) as a sentence for the chair. Codes
 * 'rules.x' map to 'rules:errors.x'; measures and fields are named, areas shown in m².
 */
export function describeRulesError(error: RulesError, locale: Locale): string {
  const t = translator(locale);
  const key = error.code.startsWith('rules.') ? error.code.slice('rules.'.length) : error.code;
  const measure = MEASURES.find((m) => m === error.params.measure);
  const params: Record<string, string | number> = { ...error.params, code: error.code };
  if (measure) {
    params.measureLabel = t(`rules:measure.${measure}`);
    for (const name of COUNT_PARAMS) {
      const value = error.params[name];
      if (typeof value === 'number') params[name] = formatCount(value, measure);
    }
  }
  const field = error.params.field;
  if (typeof field === 'string') {
    params.fieldLabel = FIELDS.includes(field) ? t(`rules:field.${field}`) : field;
  }
  const fullKey = `rules:errors.${key}`;
  const text = t(fullKey, params);
  return text === `errors.${key}` || text === fullKey ? t('rules:errors.unknown', params) : text;
}
