import { describe, expect, it } from 'vitest';
import { buildNotice, checkNotice, type NoticeOptions } from '../../../shared/documents';
import type { MeetingState, Vote } from '../../../shared/domain';
import { evaluateVote, presetById } from '../../../shared/domain/rules';
import type { RulePreset, Tally, VoteInput } from '../../../shared/domain/rules';
import { modelText, seedState } from './helpers';

// The notice's figures: each share divided by the base of its own measure (heads by heads,
// households by households, area by area), attendance in the measures the rule counts, and a
// share never rounded onto the threshold it was compared with.

const courtyard = seedState('courtyard-repairs');

function tally(heads: number, households = 0, area = 0): Tally {
  return { heads, households, area };
}

function preset(id: string): RulePreset {
  const found = presetById(id);
  if (!found) throw new Error(id);
  return found;
}

/** Courtyard's first vote, re-counted under another preset: the outcome the core would freeze. */
function recounted(rule: RulePreset, input: VoteInput): MeetingState {
  const outcome = evaluateVote(rule, input);
  const counts = { yes: input.yes, no: input.no, abstain: input.abstain };
  const base = courtyard.votes.v1 as Vote;
  const vote: Vote = {
    ...base,
    preset: rule,
    counts,
    outcome: {
      result: outcome.result,
      invalidReason: outcome.invalidReason,
      members: input.members,
      present: input.present,
      voters: [],
      counts,
      quorum: outcome.quorum,
      pass: outcome.pass,
      winner: null,
      tie: false,
      satisfactionPermille: null,
    },
  };
  return { ...courtyard, votes: { ...courtyard.votes, v1: vote } };
}

const zh = (extra: Partial<NoticeOptions> = {}): NoticeOptions => ({
  locale: 'zh-CN',
  postedOn: '2026-04-20',
  voteId: 'v1',
  ...extra,
});

describe('notice percentages use the base of their own measure', () => {
  const owners = recounted(preset('owners-general'), {
    members: tally(300, 0, 2_500_000),
    present: tally(250, 0, 2_100_000),
    yes: tally(201, 0, 1_800_000),
    no: tally(30, 0, 200_000),
    abstain: tally(9, 0, 50_000),
  });

  it('gives an owners’ vote in heads of participating owners AND in participating area', () => {
    const text = modelText(buildNotice(owners, zh()));
    // Seen before: '赞成201票，占参与表决人员的0.0%' (heads divided by the area base).
    expect(text).not.toContain('0.0%');
    expect(text).toContain(
      '赞成201票，占参与表决人员的83.8%；反对30票，占12.5%；弃权9票，占3.8%。',
    );
    expect(text).toContain(
      '按专有部分面积计，赞成18000.00平方米，占参与表决的专有部分面积的87.8%；反对2000.00平方米，占9.8%；弃权500.00平方米，占2.4%。',
    );
  });

  it('states owners’ attendance as participation, in heads and area', () => {
    const text = modelText(buildNotice(owners, zh()));
    expect(text).toContain(
      '共有300人、专有部分面积25000.00平方米，参与表决240人、专有部分面积20500.00平方米。',
    );
    expect(text).not.toContain('到会250人');
    const en = modelText(buildNotice(owners, zh({ locale: 'en' })));
    expect(en).toContain(
      'Could take part: 300 members, 25000.00 m² of floor area; took part: 240 members, 20500.00 m² of floor area.',
    );
    expect(en).toContain('By floor area: 18000.00 m² yes (87.8% of the floor area voting)');
  });

  it('gives a household vote in households of households present, heads without shares', () => {
    // 一事一议: 30 representatives carry 200 households; 25 present carry 170.
    const households = recounted(preset('one-matter-one-deliberation'), {
      members: tally(30, 200),
      present: tally(25, 170),
      yes: tally(20, 140),
      no: tally(3, 20),
      abstain: tally(2, 10),
    });
    const text = modelText(buildNotice(households, zh()));
    expect(text).toContain('应到200户（30人），到会170户（25人）。');
    expect(text).toContain('赞成20票，反对3票，弃权2票。');
    expect(text).toContain(
      '按户计，赞成140户，占到会户的82.4%；反对20户，占11.8%；弃权10户，占5.9%。',
    );
    // Seen before: heads divided by households ('占到会人员的125.0%' and the like).
    expect(text).not.toMatch(/赞成20票，占/);
    const tw = modelText(buildNotice(households, zh({ locale: 'zh-TW' })));
    expect(tw).toContain('按戶計，贊成140戶，占到會戶的82.4%');
  });

  it('gives a heads vote in heads, never rounding onto "more than half"', () => {
    const heads = recounted(preset('residents-meeting'), {
      members: tally(3000),
      present: tally(2001),
      yes: tally(1001),
      no: tally(1000),
      abstain: tally(0),
    });
    const text = modelText(buildNotice(heads, zh()));
    expect(text).toContain('应到3000人，到会2001人。');
    // 1001/2001 = 50.02% passes "more than half"; 50.0% would read as exactly half.
    expect(text).toContain(
      '赞成1001票，占到会人员的50.02%；反对1000票，占49.98%；弃权0票，占0.0%。',
    );
  });

  it('says an owners’ vote failed for lack of participation, not of attendance', () => {
    const few = recounted(preset('owners-general'), {
      members: tally(300, 0, 2_500_000),
      present: tally(250, 0, 2_100_000),
      yes: tally(120, 0, 1_200_000),
      no: tally(20, 0, 200_000),
      abstain: tally(10, 0, 50_000),
    });
    const text = modelText(buildNotice(few, zh()));
    expect(text).toContain('结论：表决无效（参与表决的人数、专有部分面积未达到规定比例）。');
    expect(text).not.toContain('到会人数不足');
    expect(modelText(buildNotice(few, zh({ locale: 'en' })))).toContain(
      'the vote is invalid (participation fell short of the rule in head count, floor area)',
    );
    // Invalid: reported with a warning, and without an objection period.
    expect(checkNotice(few, zh()).warnings.map((w) => w.code)).toEqual(['invalidVote']);
  });
});
