import type { MeetingState, Vote } from '../../shared/domain';
import { evaluateVote, presetById, type Tally, type VoteInput } from '../../shared/domain/rules';
import type { Locale } from '../../shared/i18n';
import { seedState } from './documents/helpers';

// An owners' vote that fails because too few owners took part (民法典 art. 278), for the tests
// that check every place words it as the notices do, never as 到会人数不足.

const tally = (heads: number, area = 0): Tally => ({ heads, households: 0, area });

/** The courtyard seed's first vote re-counted as an owners' vote with too little participation. */
export function ownersInvalid(): MeetingState {
  const state = seedState('courtyard-repairs');
  const rule = presetById('owners-general');
  if (!rule) throw new Error('owners-general');
  const input: VoteInput = {
    members: tally(300, 2_500_000),
    present: tally(250, 2_100_000),
    yes: tally(120, 1_200_000),
    no: tally(20, 200_000),
    abstain: tally(10, 50_000),
  };
  const outcome = evaluateVote(rule, input);
  const counts = { yes: input.yes, no: input.no, abstain: input.abstain };
  const base = state.votes.v1 as Vote;
  const vote: Vote = {
    ...base,
    preset: rule,
    counts,
    outcome: {
      ...(base.outcome as NonNullable<Vote['outcome']>),
      result: outcome.result,
      invalidReason: outcome.invalidReason,
      members: input.members,
      present: input.present,
      counts,
      quorum: outcome.quorum,
      pass: outcome.pass,
    },
  };
  return { ...state, votes: { ...state.votes, v1: vote } };
}

export const WORDS: Record<Locale, RegExp> = {
  'zh-CN': /参与表决的人数、专有部分面积未达到规定比例/,
  'zh-TW': /參與表決的人數、專有部分面積未達到規定比例/,
  en: /participation fell short of the rule in head count, floor area/,
};
export const ATTENDANCE = /到会人数不足|到會人數不足|Fewer present/;
