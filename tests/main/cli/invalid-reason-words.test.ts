import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { describeSummary } from '../../../main/cli/replay';
import {
  summarize,
  toProjectorView,
  voteInWords,
  type MeetingState,
  type Vote,
} from '../../../shared/domain';
import { evaluateVote, presetById, type Tally, type VoteInput } from '../../../shared/domain/rules';
import { LOCALES, type Locale } from '../../../shared/i18n';
import { resources } from '../../../shared/i18n/resources';
import { VoteBoard } from '../../../renderer/src/projector/VoteBoard';
import { seedState } from '../../shared/documents/helpers';

// Issue 14: an owners' vote that fails because too few owners took part says so everywhere, in
// the notices' words, never 到会人数不足 (nobody need be in the room for a written ballot): the
// projector's result, `yishiting replay` and the words the core gives for a vote.

const tally = (heads: number, area = 0): Tally => ({ heads, households: 0, area });

/** The courtyard seed's first vote re-counted as an owners' vote with too little participation. */
function ownersInvalid(): MeetingState {
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

const WORDS: Record<Locale, RegExp> = {
  'zh-CN': /参与表决的人数、专有部分面积未达到规定比例/,
  'zh-TW': /參與表決的人數、專有部分面積未達到規定比例/,
  en: /participation fell short of the rule in head count, floor area/,
};
const ATTENDANCE = /到会人数不足|到會人數不足|Fewer present/;

function projectorResult(state: MeetingState, locale: Locale): string {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    resources,
    lng: locale,
    nsSeparator: ':',
    keySeparator: '.',
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  const vote = toProjectorView(state).votes.find((v) => v.voteId === 'v1');
  if (!vote) throw new Error('v1 not on the projector');
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(VoteBoard, { vote, voters: 250 })),
  );
}

describe('an owners’ vote invalid for lack of participation', () => {
  const state = ownersInvalid();
  it('is worded so by the core (voteInWords)', () => {
    expect(state.votes.v1?.outcome?.result).toBe('invalid');
    for (const locale of LOCALES) {
      const reason = voteInWords(state, 'v1', locale)?.reason ?? '';
      expect(reason, locale).toMatch(WORDS[locale]);
      expect(reason, locale).not.toMatch(ATTENDANCE);
    }
  });

  it('is worded so by yishiting replay', () => {
    for (const locale of LOCALES) {
      const text = describeSummary(summarize(state), locale).join('\n');
      expect(text, locale).toMatch(WORDS[locale]);
      expect(text, locale).not.toMatch(ATTENDANCE);
    }
  });

  it('is worded so on the projector', () => {
    for (const locale of LOCALES) {
      const html = projectorResult(state, locale);
      expect(html, locale).toMatch(WORDS[locale]);
      expect(html, locale).not.toMatch(ATTENDANCE);
    }
  });

  it('still says 到会人数不足 where too few came (the village seed)', () => {
    const village = seedState('village-quorum');
    const invalid = village.voteOrder.find(
      (id) => village.votes[id]?.outcome?.result === 'invalid',
    );
    expect(invalid).toBeDefined();
    expect(voteInWords(village, invalid ?? '', 'zh-CN')?.reason).toBe('到会人数不足法定人数');
    expect(describeSummary(summarize(village), 'zh-CN').join('\n')).toContain('到会人数不足');
  });
});
