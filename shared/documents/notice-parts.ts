import {
  describeCheck,
  describeQuorum,
  describeRule,
  formatPercent,
  postingPeriod,
} from '../domain/rules';
import type { RulePreset } from '../domain/rules';
import type { Vote } from '../domain/state/types';
import { SATISFACTION_KEYS, YES_NO_KEYS } from '../domain/vocabulary';
import type { BuildContext } from './context';
import { DocumentInputError } from './errors';
import { formatDay, joinList } from './format';
import { countShape, countsOf, heads, satisfactionRate } from './vote-text';

// Sentences of the public notice (公示): the vote with its percentages, the rule, the conclusion,
// and the posting period with its counting rule. The notice is read by residents on the notice
// board, so each number carries its base in words ("占全体成员的81.1%").

/** The vote's counts and the share of each in the pass rule's base. */
export function voteCountsText(ctx: BuildContext, vote: Vote): string {
  const { t, locale } = ctx;
  const counts = countsOf(vote);
  const outcome = vote.outcome;
  const members = outcome?.members.heads ?? 0;
  const present = outcome?.present.heads ?? 0;
  const check = outcome?.pass[0];
  const base = check?.base ?? present;
  const baseWords = t(`rules:base.${check?.baseKind ?? 'present'}.heads`);
  const pct = (n: number) => formatPercent(n, base, locale);
  const shape = countShape(vote);
  if (shape === 'satisfaction') {
    const [satisfied, basic, dissatisfied] = SATISFACTION_KEYS.map((k) => heads(counts, k));
    return t('documents:noticeText.satisfactionCounts', {
      members,
      present,
      satisfied,
      basic,
      dissatisfied,
      rate: satisfactionRate(ctx, vote),
    });
  }
  if (shape === 'choice') {
    const options = vote.options.map((o) =>
      t('documents:noticeText.optionCount', {
        label: o.label,
        count: heads(counts, o.optionId),
        pct: pct(heads(counts, o.optionId)),
      }),
    );
    return t('documents:noticeText.choiceCounts', {
      members,
      present,
      base: baseWords,
      options: options.join(t('documents:semicolon')),
      abstain: heads(counts, 'abstain'),
    });
  }
  const [yes, no, abstain] = YES_NO_KEYS.map((k) => heads(counts, k)) as [number, number, number];
  return t('documents:noticeText.voteCounts', {
    members,
    present,
    base: baseWords,
    yes,
    no,
    abstain,
    yesPct: pct(yes),
    noPct: pct(no),
    abstainPct: pct(abstain),
  });
}

/** The rule applied, the checks with their numbers, and the conclusion. */
export function ruleAndConclusion(ctx: BuildContext, vote: Vote): string[] {
  const { t, locale } = ctx;
  const preset = vote.preset;
  const ruleKey =
    preset.kind === 'evaluation'
      ? 'documents:noticeText.ruleEvaluation'
      : 'documents:noticeText.rule';
  const lines = [
    t(ruleKey, {
      preset: preset.name[locale],
      quorum: describeQuorum(preset, locale),
      rule: describeRule(preset, locale),
    }),
  ];
  const outcome = vote.outcome;
  const checks = [...(outcome?.quorum ?? []), ...(outcome?.pass ?? [])];
  // The numbers and the conclusion share a paragraph: the notice should fit few pages.
  const numbers =
    checks.length > 0
      ? t('documents:noticeText.checks', {
          checks: joinList(
            checks.map((c) => describeCheck(c, locale)),
            t,
          ),
        })
      : '';
  let conclusion: string;
  if (vote.status === 'voided') {
    conclusion = t('documents:noticeText.conclusion.voided', { reason: vote.voidReason });
  } else if (!outcome) {
    conclusion = t('documents:noticeText.conclusion.open');
  } else {
    conclusion = t(`documents:noticeText.conclusion.${outcome.result}`, {
      reason: outcome.invalidReason ? t(`domain:invalidReason.${outcome.invalidReason}`) : '',
      rate: satisfactionRate(ctx, vote),
    });
  }
  // Chinese sentences follow each other without a space; English ones need one.
  lines.push(`${numbers}${numbers && locale === 'en' ? ' ' : ''}${conclusion}`);
  return lines;
}

/**
 * '公示期：2026年5月2日至2026年5月8日（共7天，自张贴之日的次日起算，按自然日计算）'. The period
 * starts the day after posting (民法典 art. 201); postingPeriod does the counting.
 */
export function postingText(ctx: BuildContext, postedOn: string, preset: RulePreset): string {
  const { t } = ctx;
  let period: Readonly<{ from: string; to: string }>;
  try {
    period = postingPeriod(postedOn, preset.posting);
  } catch {
    throw new DocumentInputError('badDate', { value: postedOn });
  }
  const main = t('documents:notice.postingPeriod', {
    from: formatDay(period.from, t),
    to: formatDay(period.to, t),
  });
  const counting = t(`documents:noticeText.counting.${preset.posting.counting}`, {
    days: preset.posting.days,
  });
  return `${main}${counting}${t('documents:fullStop')}`;
}
