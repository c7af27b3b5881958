import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ApiClient, MeetingSnapshot } from '../../shared/api';
import { dispatch, emptyState, type CommandInput, type MeetingState } from '../../shared/domain';
import { LOCALES, type Locale } from '../../shared/i18n';
import { resources } from '../../shared/i18n/resources';
import { VotePanel } from '../../renderer/src/chair/Run/VotePanel';
import { StoreProvider } from '../../renderer/src/store/context';
import { createStore } from '../../renderer/src/store/store';

// Issue 16 on the console's vote panel: who voted on a phone (a show of hands: by name with the
// answer; a secret ballot: only how many), the hands boxes that leave them out, the total split by
// channel, and for a secret ballot the line that the record never links who to what.

const save: MeetingSnapshot['save'] = { saved: true, pending: 0, error: null };
let clock = Date.parse('2026-05-10T19:00:00+08:00');

function run(state: MeetingState, ...commands: CommandInput[]): MeetingState {
  for (const command of commands) {
    clock += 1000;
    const outcome = dispatch(state, { ...command, at: clock });
    if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.code}`);
    state = outcome.state;
  }
  return state;
}

const NAMES = ['张三', '李四', '王五', '赵六'];

function live(method: 'hands' | 'secret', names: readonly string[] = NAMES): MeetingState {
  return run(
    emptyState('m1'),
    {
      type: 'meeting/create',
      title: '测试议事会',
      bodyKind: 'residentsCouncil',
      date: '2026-05-10',
      place: '社区党群服务中心',
      chair: '王主任',
    },
    ...names.map((name, i): CommandInput => ({
      type: 'roster/addMember',
      memberId: `r${i + 1}`,
      name,
      category: 'residentRep',
    })),
    { type: 'agenda/addItem', itemId: 'i1', title: '加装电梯' },
    { type: 'meeting/open' },
    ...names.map((_, i): CommandInput => ({ type: 'roster/signIn', memberId: `r${i + 1}` })),
    { type: 'agenda/openItem', itemId: 'i1' },
    { type: 'vote/open', voteId: 'v1', method, question: '是否同意加装电梯' },
  );
}

function render(state: MeetingState, locale: Locale): string {
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
  const store = createStore({
    call: async () => ({ ok: false, error: { code: 'api.disconnected', params: {} } }),
    subscribe: () => () => undefined,
    onConnection: () => () => undefined,
  } as unknown as ApiClient);
  store.setState({ snapshot: { meetingId: 'm1', state, save } });
  // A server render reads the store's initial state (React's server snapshot): make it this one.
  const now = store.getState();
  store.getInitialState = () => now;
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(StoreProvider, { store, children: createElement(VotePanel) }),
    ),
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const HANDS: Record<Locale, RegExp[]> = {
  'zh-CN': [/举手人数（不含手机已投的 1 人）/, /合计 3 票：手机 1 · 举手 2/, /张三：赞成/],
  'zh-TW': [/舉手人數（不含手機已投的 1 人）/, /合計 3 票：手機 1 · 舉手 2/, /张三：贊成/],
  en: [
    /Hands \(not counting the 1 who voted by phone\)/,
    /Total 3: 1 by phone · 2 by show of hands/,
    /张三: Yes/,
  ],
};
const SECRET: Record<Locale, RegExp[]> = {
  'zh-CN': [
    /系统只记录谁已投，不记录谁投了什么/,
    /手机已投 2 人/,
    /纸质票数（不含手机已投的 2 人）/,
  ],
  'zh-TW': [
    /系統只記錄誰已投票，不記錄誰投了什麼/,
    /手機已投 2 人/,
    /紙本票數（不含手機已投的 2 人）/,
  ],
  en: [/never who voted for what/, /2 voted by phone/, /Paper ballots \(not counting the 2/],
};

describe('the console’s open vote with phones', () => {
  it('names who voted on a phone in a show of hands and splits the total by channel', () => {
    const state = run(
      live('hands'),
      { type: 'vote/cast', voteId: 'v1', memberId: 'r1', ballotId: 'ballot-r1-001', choice: 'yes' },
      {
        type: 'vote/enterCounts',
        voteId: 'v1',
        counts: {
          yes: { heads: 1, households: 0, area: 0 },
          no: { heads: 1, households: 0, area: 0 },
          abstain: { heads: 0, households: 0, area: 0 },
        },
      },
    );
    for (const locale of LOCALES) {
      const html = text(render(state, locale));
      for (const words of HANDS[locale]) expect(html, locale).toMatch(words);
    }
  });

  it('says only how many voted on phones in a secret ballot, with the line on what is kept', () => {
    const state = run(
      live('secret'),
      { type: 'vote/markVoted', voteId: 'v1', memberId: 'r2' },
      { type: 'vote/markVoted', voteId: 'v1', memberId: 'r3' },
    );
    for (const locale of LOCALES) {
      const html = text(render(state, locale));
      for (const words of SECRET[locale]) expect(html, locale).toMatch(words);
      expect(html, locale).not.toMatch(/李四|王五/);
    }
  });

  it('shows the secret-ballot line before anyone voted on a phone', () => {
    expect(text(render(live('secret'), 'zh-CN'))).toMatch(/本次无记名投票/);
    expect(text(render(live('hands'), 'zh-CN'))).not.toMatch(/本次无记名投票|手机已投/);
  });

  it('folds the names under their count in a room of more than 60, and lists them in a smaller one', () => {
    const cast = (memberId: string, choice: string): CommandInput => ({
      type: 'vote/cast',
      voteId: 'v1',
      memberId,
      ballotId: `ballot-${memberId}-001`,
      choice,
    });
    const big = run(
      live(
        'hands',
        Array.from({ length: 61 }, (_, i) => `代表${i + 1}`),
      ),
      cast('r1', 'yes'),
      cast('r2', 'no'),
    );
    const folded = render(big, 'zh-CN');
    expect(text(folded)).toMatch(/手机已投 2 人/);
    expect(folded).not.toMatch(/<details[^>]*open/);
    expect(text(folded)).not.toMatch(/代表1：赞成|代表2：反对/);
    const small = render(run(live('hands'), cast('r1', 'yes')), 'zh-CN');
    expect(small).toMatch(/<details[^>]*open/);
    expect(text(small)).toMatch(/张三：赞成/);
  });
});
