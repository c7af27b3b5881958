import { translator, type Locale, type Translate } from '../../i18n';
import {
  describeCheck,
  describeQuorum,
  describeRule,
  quorumShortfall,
  type ConditionCheck,
} from '../rules';
import type { MeetingState } from '../state/types';

/**
 * Why a closed vote is invalid, in words, for every place that says it (minutes, notices, the
 * projector, the CLI). Where the law counts those taking part (owners, 民法典 art. 278) the
 * shortfall is in participation, in heads or area, and says so: 到会人数不足 would be untrue of
 * a written ballot. Older journals store only 'belowQuorum', so the cause is read from the
 * frozen quorum checks. Null when the vote is not invalid.
 */
export function invalidReasonWords(
  t: Translate,
  outcome: Readonly<{ invalidReason: string | null; quorum: readonly ConditionCheck[] }>,
): string | null {
  if (!outcome.invalidReason) return null;
  const shortfall = quorumShortfall(outcome.quorum);
  if (shortfall?.counted === 'participating') {
    const what = shortfall.measures.map((m) => t(`rules:measure.${m}`));
    return t('domain:invalidReason.belowParticipation', {
      what: what.join(t('documents:list')),
    });
  }
  return t(`domain:invalidReason.${outcome.invalidReason}`);
}

/** A vote put into words for the room, the CLI and the minutes. */
export type VoteWords = Readonly<{
  /** e.g. '全体成员三分之二以上同意'. */
  rule: string;
  quorumRule: string;
  /** The quorum and pass checks with their numbers and base, e.g. '25/37 赞成'. */
  quorum: readonly string[];
  pass: readonly string[];
  /** '通过' / '未通过' / '无效' / '已测评', or the vote's status while it is open or void. */
  result: string;
  /** Why an invalid vote is invalid, in words. */
  reason: string | null;
}>;

/**
 * The result of a vote under its preset, with the base and threshold stated in words (RULES.md:
 * "always name the base"). Null for an unknown vote.
 */
export function voteInWords(state: MeetingState, voteId: string, locale: Locale): VoteWords | null {
  const vote = state.votes[voteId];
  if (!vote) return null;
  const t = translator(locale);
  const o = vote.outcome;
  const result =
    vote.status === 'voided'
      ? t('domain:voteStatus.voided')
      : o
        ? t(`domain:voteResult.${o.result}`)
        : t(`domain:voteStatus.${vote.status}`);
  return {
    rule: describeRule(vote.preset, locale),
    quorumRule: describeQuorum(vote.preset, locale),
    quorum: (o?.quorum ?? []).map((c) => describeCheck(c, locale)),
    pass: (o?.pass ?? []).map((c) => describeCheck(c, locale)),
    result,
    reason: o ? invalidReasonWords(t, o) : null,
  };
}
