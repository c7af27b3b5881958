import { LOCALES, type Locale, type LocalizedText } from '../../i18n';
import {
  describeRule,
  type Comparator,
  type Fraction,
  type PassCondition,
  type Tally,
} from '../rules';
import { attendanceSummary } from '../selectors/attendance';
import { liveCounts } from '../selectors/vote';
import type { MeetingState, Vote } from '../state/types';

/** The rule of a vote as the room reads it, and where its threshold falls on the tally bars. */
export type VoteRuleView = Readonly<{
  text: LocalizedText;
  /** Fewest yes votes (heads) that meet the rule now; null when the rule has no heads threshold. */
  needed: number | null;
  /** Heads the bars are drawn against: those present (frozen when the vote closed). */
  scale: number;
}>;

/**
 * The smallest count that meets `comparator fraction` of `base`, in integers: more than half of
 * 37 is 19, two-thirds or more of 37 is 25. Null when no count can (a base of 0).
 */
export function minimumMeeting(
  base: number,
  comparator: Comparator,
  fraction: Fraction,
): number | null {
  if (base <= 0) return null;
  const product = base * fraction.num;
  return comparator === 'gt'
    ? Math.floor(product / fraction.den) + 1
    : Math.ceil(product / fraction.den);
}

function headsBase(
  state: MeetingState,
  vote: Vote,
  condition: PassCondition,
  counts: Readonly<Record<string, Tally>>,
): number {
  const heads = (key: string) => counts[key]?.heads ?? 0;
  switch (condition.base) {
    case 'members':
      return vote.outcome?.members.heads ?? attendanceSummary(state).members.heads;
    case 'present':
      return vote.outcome?.present.heads ?? attendanceSummary(state).presentTally.heads;
    case 'participating':
      return Object.values(counts).reduce((sum, tally) => sum + tally.heads, 0);
    case 'votesCast': {
      const cast = Object.entries(counts).reduce(
        (sum, [key, tally]) => (key === 'abstain' ? sum : sum + tally.heads),
        0,
      );
      return cast + (vote.preset.abstentionsAreCast ? heads('abstain') : 0);
    }
  }
}

/**
 * A vote's preset is one object for the whole vote (events replace what they change), and its
 * words are the same in every frame: worded once, not in every frame of a room of phones voting.
 */
const ruleWords = new WeakMap<Vote['preset'], LocalizedText>();

function ruleText(preset: Vote['preset']): LocalizedText {
  let text = ruleWords.get(preset);
  if (!text) {
    text = Object.fromEntries(
      LOCALES.map((locale: Locale) => [locale, describeRule(preset, locale)]),
    ) as LocalizedText;
    ruleWords.set(preset, text);
  }
  return text;
}

/** Rule text in every locale, and the heads threshold the projector draws as a line. */
export function voteRuleView(state: MeetingState, vote: Vote): VoteRuleView {
  const text = ruleText(vote.preset);
  const counts = liveCounts(state, vote) ?? {};
  const scale = vote.outcome?.present.heads ?? attendanceSummary(state).presentTally.heads;
  const condition = vote.preset.pass.find((c) => c.measure === 'heads');
  const needed = condition
    ? minimumMeeting(
        headsBase(state, vote, condition, counts),
        condition.comparator,
        condition.fraction,
      )
    : null;
  return { text, needed, scale };
}
