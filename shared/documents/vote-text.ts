import { SATISFACTION_KEYS, YES_NO_KEYS } from '../domain/vocabulary';
import type { Vote } from '../domain/state/types';
import { describeCheck, describeQuorum, describeRule, formatPercent } from '../domain/rules';
import { invalidReasonWords } from '../domain/selectors/words';
import type { Tally } from '../domain/rules';
import type { BuildContext } from './context';
import { rollCallNames } from './channels';
import { joinList } from './format';

// A vote in words for the minutes and the notice: its counts, the rule with the numbers it was
// checked against (RULES.md: always name the base), and the result. Counts are head counts;
// two-base rules show their other measure in the checks, which describeCheck words.

/** Heads of one count key, 0 when the key was not entered. */
export function heads(counts: Readonly<Record<string, Tally>> | null, key: string): number {
  return counts?.[key]?.heads ?? 0;
}

/** The counts that stand: the frozen outcome's, else what was entered so far. */
export function countsOf(vote: Vote): Readonly<Record<string, Tally>> | null {
  return vote.outcome?.counts ?? vote.counts;
}

/** 'satisfaction' and 'choice' count other keys than yes/no/abstain. */
export function countShape(vote: Vote): 'yesNo' | 'choice' | 'satisfaction' {
  if (vote.method === 'satisfaction') return 'satisfaction';
  return vote.method === 'choice' ? 'choice' : 'yesNo';
}

/** An option's label, or its id if the label is gone. */
export function optionLabel(vote: Vote, optionId: string): string {
  return vote.options.find((o) => o.optionId === optionId)?.label ?? optionId;
}

/** Share of satisfied + basically satisfied in all answers, as the notice and minutes print it. */
export function satisfactionRate(ctx: BuildContext, vote: Vote): string {
  const counts = countsOf(vote);
  const [satisfied, basic, dissatisfied] = SATISFACTION_KEYS.map((k) => heads(counts, k)) as [
    number,
    number,
    number,
  ];
  return formatPercent(satisfied + basic, satisfied + basic + dissatisfied, ctx.locale);
}

/** The counts in one line: '赞成 30 票，反对 2 票，弃权 1 票', options, or satisfaction shares. */
export function countsText(ctx: BuildContext, vote: Vote): string {
  const { t } = ctx;
  const counts = countsOf(vote);
  if (!counts) return t('documents:minutes.notClosed');
  const shape = countShape(vote);
  if (shape === 'satisfaction') {
    const [satisfied, basic, dissatisfied] = SATISFACTION_KEYS.map((k) => heads(counts, k));
    return t('documents:minutes.satisfaction', {
      satisfied,
      basic,
      dissatisfied,
      rate: satisfactionRate(ctx, vote),
    });
  }
  if (shape === 'choice') {
    const options = vote.options.map((o) =>
      t('documents:minutes.optionCount', { label: o.label, count: heads(counts, o.optionId) }),
    );
    options.push(t('documents:minutes.abstainCount', { count: heads(counts, 'abstain') }));
    // Semicolons: option labels often contain 、 themselves.
    return options.join(t('documents:semicolon'));
  }
  const [yes, no, abstain] = YES_NO_KEYS.map((k) => heads(counts, k));
  // count: English says '1 abstention', '2 abstentions' (plural forms in the catalogue).
  return t('documents:minutes.counts', { yes, no, abstain, count: abstain });
}

/** The quorum rule with its numbers: '全体成员三分之二以上到会（33/37 到会）'. */
export function quorumText(ctx: BuildContext, vote: Vote): string {
  const rule = describeQuorum(vote.preset, ctx.locale);
  const checks = (vote.outcome?.quorum ?? []).map((c) => describeCheck(c, ctx.locale));
  if (checks.length === 0) return rule;
  return ctx.t('documents:minutes.ruleWithCheck', {
    rule,
    check: checks.join(ctx.t('documents:list')),
  });
}

/** The pass rule with its numbers: '全体成员三分之二以上同意（30/37 同意）'. */
export function passText(ctx: BuildContext, vote: Vote): string {
  const rule = describeRule(vote.preset, ctx.locale);
  const checks = (vote.outcome?.pass ?? []).map((c) => describeCheck(c, ctx.locale));
  if (checks.length === 0) return rule;
  return ctx.t('documents:minutes.ruleWithCheck', {
    rule,
    check: checks.join(ctx.t('documents:list')),
  });
}

/** Why a closed vote is invalid, in words (see invalidReasonWords); empty when it is not. */
export function invalidReasonText(ctx: BuildContext, vote: Vote): string {
  return vote.outcome ? (invalidReasonWords(ctx.t, vote.outcome) ?? '') : '';
}

/** The result in words: 通过 / 未通过 / 无效（reason）/ 已作废（reason）, with the winner of a choice. */
export function resultText(ctx: BuildContext, vote: Vote): string {
  const { t } = ctx;
  if (vote.status === 'voided') return t('documents:minutes.voided', { reason: vote.voidReason });
  const outcome = vote.outcome;
  if (!outcome) return t(`domain:voteStatus.${vote.status}`);
  let text = t(`domain:voteResult.${outcome.result}`);
  if (outcome.invalidReason) {
    text = t('documents:paren', { text, note: invalidReasonText(ctx, vote) });
  }
  const more: string[] = [];
  if (outcome.result === 'evaluated') {
    more.push(t('documents:minutes.rate', { rate: satisfactionRate(ctx, vote) }));
  }
  if (outcome.winner) {
    more.push(t('documents:minutes.winner', { label: optionLabel(vote, outcome.winner) }));
  } else if (outcome.tie) more.push(t('documents:minutes.tie'));
  return [text, ...more].join(t('documents:semicolon'));
}

/**
 * A roll call's ballots as fields, '赞成（24人）：names', in roster order, a phone's answer marked
 * (channels.ts); none for other methods.
 */
export function rollCallFields(
  ctx: BuildContext,
  vote: Vote,
): Readonly<{ label: string; value: string }>[] {
  if (vote.method !== 'rollCall') return [];
  const { t } = ctx;
  return YES_NO_KEYS.map((ballot) => {
    const names = rollCallNames(ctx, vote, ballot);
    return {
      label: t('documents:paren', {
        text: t(`domain:ballot.${ballot}`),
        note: t('documents:people', { count: names.length }),
      }),
      value: joinList(names, t),
    };
  });
}
