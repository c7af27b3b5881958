import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { toProjectorView, type MeetingState } from '../../shared/domain';
import { LOCALES, type Locale } from '../../shared/i18n';
import { resources } from '../../shared/i18n/resources';
import { VoteBoard } from '../../renderer/src/projector/VoteBoard';
import { ATTENDANCE, ownersInvalid, WORDS } from '../shared/owners-invalid';

// Issue 14: the projector words an owners' vote invalid for lack of participation as the notices
// do (参与表决的…未达到规定比例), never 到会人数不足.

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

describe('the projector on an owners’ vote invalid for lack of participation', () => {
  const state = ownersInvalid();
  it('is worded so on the projector', () => {
    for (const locale of LOCALES) {
      const html = projectorResult(state, locale);
      expect(html, locale).toMatch(WORDS[locale]);
      expect(html, locale).not.toMatch(ATTENDANCE);
    }
  });
});
