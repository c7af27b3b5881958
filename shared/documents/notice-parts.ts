import {
  addTallies,
  describeCheck,
  describeQuorum,
  describeRule,
  formatCount,
  formatShare,
  MEASURES,
  postingPeriod,
  ZERO_TALLY,
} from '../domain/rules';
import type { Fraction, Measure, PassBase, RulePreset, Tally } from '../domain/rules';
import type { Vote } from '../domain/state/types';
import { SATISFACTION_KEYS, YES_NO_KEYS } from '../domain/vocabulary';
import { noticeChannelText } from './channels';
import type { BuildContext } from './context';
import { DocumentInputError } from './errors';
import { formatDay, joinList } from './format';
import {
  countShape,
  countsOf,
  heads,
  invalidReasonText,
  optionLabel,
  satisfactionRate,
} from './vote-text';

// Sentences of the public notice (公示): the vote with its percentages, the rule, the conclusion,
// and the posting period with its counting rule. The notice is read by residents on the notice
// board, so each number carries its base in words ("占全体成员的81.1%"), and each share divides a
// figure by the base of the same measure: heads by heads, households by households, area by area.

/** One measure a pass rule counts in, the base it names and the thresholds it compares with. */
type PassMeasure = Readonly<{ measure: Measure; base: PassBase; thresholds: readonly Fraction[] }>;

/** The pass rule's measures in the order notices list them (heads, households, area). */
function passMeasures(preset: RulePreset): PassMeasure[] {
  return MEASURES.flatMap((measure) => {
    const conditions = preset.pass.filter((c) => c.measure === measure);
    const first = conditions[0];
    if (!first) return [];
    const same = conditions.filter((c) => c.base === first.base);
    return [{ measure, base: first.base, thresholds: same.map((c) => c.fraction) }];
  });
}

/** The tally a pass base stands for in this vote, from the frozen outcome and its counts. */
function baseTally(vote: Vote, base: PassBase): Tally {
  const outcome = vote.outcome;
  if (!outcome) return ZERO_TALLY;
  if (base === 'members') return outcome.members;
  if (base === 'present') return outcome.present;
  const counts = countsOf(vote) ?? {};
  const keys = Object.keys(counts).filter(
    (k) => base === 'participating' || vote.preset.abstentionsAreCast || k !== 'abstain',
  );
  return addTallies(...keys.map((k) => counts[k] ?? ZERO_TALLY));
}

/** A count of votes in its measure's words: '30票', '28户', '1234.50平方米'. */
function votesIn(ctx: BuildContext, measure: Measure, value: number): string {
  return ctx.t(`documents:noticeText.votes.${measure}`, { n: formatCount(value, measure) });
}

/** An attendance figure in the measures the rule uses, heads added in brackets if it does not. */
function amounts(ctx: BuildContext, measures: readonly Measure[], tally: Tally): string {
  const { t } = ctx;
  const amount = (m: Measure) =>
    t(`documents:noticeText.amount.${m}`, { n: formatCount(tally[m], m) });
  const main = measures.map(amount).join(t('documents:list'));
  if (measures.includes('heads')) return main;
  return `${main}${t('documents:noticeText.headsNote', { amount: amount('heads') })}`;
}

/**
 * 应到 / 到会 (or 参与表决, where the law counts those taking part, as for owners) in the
 * measures of the quorum rule: households for household presets, heads and area for owners.
 */
export function attendanceText(ctx: BuildContext, vote: Vote): string {
  const outcome = vote.outcome;
  const preset = vote.preset;
  const named = MEASURES.filter((m) => preset.quorum.some((c) => c.measure === m));
  const measures = named.length > 0 ? named : MEASURES.filter((m) => m === 'heads');
  const members = amounts(ctx, measures, outcome?.members ?? ZERO_TALLY);
  if (preset.quorum.some((c) => c.counted === 'participating')) {
    const participating = amounts(ctx, measures, baseTally(vote, 'participating'));
    return ctx.t('documents:noticeText.attendance.participating', { members, participating });
  }
  const present = amounts(ctx, measures, outcome?.present ?? ZERO_TALLY);
  return ctx.t('documents:noticeText.attendance.present', { members, present });
}

/** Yes / no / abstain in one measure, each with its share of that measure's base. */
function yesNoText(
  ctx: BuildContext,
  vote: Vote,
  pm: PassMeasure | null,
  measure: Measure,
): string {
  const { t, locale } = ctx;
  const counts = countsOf(vote);
  const [yes, no, abstain] = YES_NO_KEYS.map((k) => counts?.[k]?.[measure] ?? 0) as [
    number,
    number,
    number,
  ];
  const words = {
    yes: votesIn(ctx, measure, yes),
    no: votesIn(ctx, measure, no),
    abstain: votesIn(ctx, measure, abstain),
    // English says '1 abstention', '2 abstentions' (plural forms in the catalogue).
    count: abstain,
  };
  if (!pm) return t('documents:noticeText.countsPlain', words);
  const whole = baseTally(vote, pm.base)[measure];
  const pct = (n: number) => formatShare(n, whole, locale, pm.thresholds);
  const text = t('documents:noticeText.counts', {
    ...words,
    base: t(`rules:base.${pm.base}.${measure}`),
    yesPct: pct(yes),
    noPct: pct(no),
    abstainPct: pct(abstain),
  });
  return measure === 'heads' ? text : `${t(`documents:noticeText.byMeasure.${measure}`)}${text}`;
}

/** Each option's votes in one measure, with its share of that measure's base. */
function choiceText(
  ctx: BuildContext,
  vote: Vote,
  pm: PassMeasure | null,
  measure: Measure,
): string {
  const { t, locale } = ctx;
  const counts = countsOf(vote);
  const whole = pm ? baseTally(vote, pm.base)[measure] : 0;
  const options = vote.options.map((o) => {
    const count = counts?.[o.optionId]?.[measure] ?? 0;
    const label = optionLabel(vote, o.optionId);
    const votes = votesIn(ctx, measure, count);
    return pm
      ? t('documents:noticeText.optionCount', {
          label,
          count: votes,
          pct: formatShare(count, whole, locale, pm.thresholds),
        })
      : t('documents:noticeText.optionPlain', { label, count: votes });
  });
  const abstained = counts?.abstain?.[measure] ?? 0;
  const abstain = votesIn(ctx, measure, abstained);
  const list = options.join(t('documents:semicolon'));
  const text = pm
    ? t('documents:noticeText.choiceCounts', {
        base: t(`rules:base.${pm.base}.${measure}`),
        options: list,
        abstain,
        count: abstained,
      })
    : t('documents:noticeText.choicePlain', { options: list, abstain, count: abstained });
  return measure === 'heads' ? text : `${t(`documents:noticeText.byMeasure.${measure}`)}${text}`;
}

/**
 * The attendance and the vote's counts, each share taken of the base of its own measure: an
 * owners' vote gives heads of participating owners AND area of participating area, a household
 * vote gives households of households present; heads are always counted, with shares only when
 * the rule counts heads.
 */
export function voteCountsText(ctx: BuildContext, vote: Vote): string {
  const { t, locale } = ctx;
  const shape = countShape(vote);
  if (shape === 'satisfaction') {
    const counts = countsOf(vote);
    const [satisfied, basic, dissatisfied] = SATISFACTION_KEYS.map((k) => heads(counts, k));
    const text = t('documents:noticeText.satisfactionCounts', {
      members: vote.outcome?.members.heads ?? 0,
      present: vote.outcome?.present.heads ?? 0,
      satisfied,
      basic,
      dissatisfied,
      rate: satisfactionRate(ctx, vote),
    });
    const split = noticeChannelText(ctx, vote, (n) => votesIn(ctx, 'heads', n));
    return [text, ...(split ? [split] : [])].join(locale === 'en' ? ' ' : '');
  }
  const byMeasure = passMeasures(vote.preset);
  const measures = MEASURES.filter((m) => m === 'heads' || byMeasure.some((p) => p.measure === m));
  const sentences = [attendanceText(ctx, vote)];
  for (const measure of measures) {
    const pm = byMeasure.find((p) => p.measure === measure) ?? null;
    sentences.push(
      shape === 'choice' ? choiceText(ctx, vote, pm, measure) : yesNoText(ctx, vote, pm, measure),
    );
  }
  // Where phones were used, how many ballots came each way (issue 16).
  const split = noticeChannelText(ctx, vote, (n) => votesIn(ctx, 'heads', n));
  if (split) sentences.push(split);
  // Chinese sentences follow each other without a space; English ones need one.
  return sentences.join(locale === 'en' ? ' ' : '');
}

/** 结论：…, in words that fit the kind of vote: a choice names its option, a survey is 测评. */
function conclusionText(ctx: BuildContext, vote: Vote): string {
  const { t } = ctx;
  const outcome = vote.outcome;
  if (vote.status === 'voided') {
    return t('documents:noticeText.conclusion.voided', { reason: vote.voidReason });
  }
  if (!outcome) return t('documents:noticeText.conclusion.open');
  const reason = invalidReasonText(ctx, vote);
  if (vote.preset.kind === 'evaluation' && outcome.result === 'invalid') {
    return t('documents:noticeText.conclusion.evaluationInvalid', { reason });
  }
  if (outcome.result === 'passed' && outcome.winner) {
    const label = optionLabel(vote, outcome.winner);
    return t('documents:noticeText.conclusion.choicePassed', { label });
  }
  if (outcome.result === 'failed' && outcome.tie) return t('documents:noticeText.conclusion.tie');
  return t(`documents:noticeText.conclusion.${outcome.result}`, {
    reason,
    rate: satisfactionRate(ctx, vote),
  });
}

/**
 * The rule applied, the checks with their numbers, and the conclusion, in one paragraph: the
 * thresholds are said once, the figures they were checked against follow, then the result (a
 * notice should fit one page, issue 14).
 */
export function ruleAndConclusion(ctx: BuildContext, vote: Vote): string {
  const { t, locale } = ctx;
  const preset = vote.preset;
  const ruleKey =
    preset.kind === 'evaluation'
      ? 'documents:noticeText.ruleEvaluation'
      : 'documents:noticeText.rule';
  const rule = t(ruleKey, {
    preset: preset.name[locale],
    quorum: describeQuorum(preset, locale),
    rule: describeRule(preset, locale),
  });
  const outcome = vote.outcome;
  const checks = [...(outcome?.quorum ?? []), ...(outcome?.pass ?? [])];
  const numbers =
    checks.length > 0
      ? t(`documents:noticeText.${preset.kind === 'evaluation' ? 'checksEvaluation' : 'checks'}`, {
          checks: joinList(
            checks.map((c) => describeCheck(c, locale)),
            t,
          ),
        })
      : '';
  // Chinese sentences follow each other without a space; English ones need one.
  return [rule, numbers, conclusionText(ctx, vote)]
    .filter(Boolean)
    .join(locale === 'en' ? ' ' : '');
}

/**
 * '公示期：2026年5月2日至2026年5月8日（共7天，自张贴之日的次日起算，按自然日计算）'. The period
 * starts the day after posting (民法典 art. 201); postingPeriod does the counting.
 */
export function postingText(
  ctx: BuildContext,
  postedOn: string,
  preset: RulePreset,
  runIn = false,
): string {
  const { t } = ctx;
  let period: Readonly<{ from: string; to: string }>;
  try {
    period = postingPeriod(postedOn, preset.posting);
  } catch {
    throw new DocumentInputError('badDate', { value: postedOn });
  }
  const main = t(`documents:notice.${runIn ? 'postingDates' : 'postingPeriod'}`, {
    from: formatDay(period.from, t),
    to: formatDay(period.to, t),
  });
  const counting = t(`documents:noticeText.counting.${preset.posting.counting}`, {
    days: preset.posting.days,
  });
  return `${main}${counting}${t('documents:fullStop')}`;
}
