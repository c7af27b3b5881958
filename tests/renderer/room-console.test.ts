import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../shared/api/room';
import {
  dispatch,
  emptyState,
  toProjectorView,
  type CommandInput,
  type MeetingState,
  type ProjectorVote,
} from '../../shared/domain';
import { LOCALES, type Locale } from '../../shared/i18n';
import { resources } from '../../shared/i18n/resources';
import { consoleSplit } from '../../renderer/src/chair/Run/console-split';
import { confirmsFirst } from '../../renderer/src/chair/Run/WaitingList';
import {
  closedSplit,
  deviceTally,
  openSplit,
  projectorSplit,
} from '../../renderer/src/projector/channel-split';
import { addressParts, groupCode, typedAddress } from '../../renderer/src/projector/room-code';
import { VoteBoard } from '../../renderer/src/projector/VoteBoard';
import { phoneJoined, roomHere } from '../../renderer/src/store/room-slice';

// Issue 16: the console and the projector count phones and hands/paper in one tally, split by
// channel, and a secret vote shows only how many voted on phones while it is open.

const tally = (heads: number) => ({ heads, households: 0, area: 0 });

describe('the split of a vote by channel', () => {
  it('adds the phones to the entered counts while a vote is open', () => {
    const split = openSplit({ yes: tally(15), no: tally(5) }, { yes: tally(10), no: tally(2) }, 12);
    expect(split).toEqual({ totals: { yes: 25, no: 7 }, device: 12, entered: 20, total: 32 });
  });

  it('knows only how many voted on phones for a sealed secret ballot', () => {
    const split = openSplit({ yes: tally(15), no: tally(5) }, null, 12);
    expect(split.totals).toEqual({ yes: 15, no: 5 });
    expect(split.total).toBe(32);
  });

  it('reads a closed vote’s totals from the outcome and takes the phones’ share out', () => {
    const split = closedSplit(
      { yes: tally(25), no: tally(7) },
      { yes: tally(10), no: tally(2) },
      12,
    );
    expect(split).toEqual({ totals: { yes: 25, no: 7 }, device: 12, entered: 20, total: 32 });
  });

  it('tallies the phones’ ballots one per member', () => {
    expect(
      deviceTally({ a: { choice: 'yes' }, b: { choice: 'no' }, c: { choice: 'yes' } }),
    ).toEqual({ yes: { heads: 2 }, no: { heads: 1 } });
  });

  it('on the console counts a roll call’s recorded ballots as entered, phones apart', () => {
    const split = consoleSplit(
      {
        method: 'rollCall',
        counts: null,
        ballots: { a: 'yes', b: 'no' },
        deviceBallots: { c: { choice: 'yes', ballotId: 'ballot-0001' } },
        deviceVoters: [],
      },
      null,
    );
    expect(split).toMatchObject({ device: 1, entered: 2, total: 3, totals: { yes: 2, no: 1 } });
    expect(split.tallies.yes).toEqual(tally(2));
  });

  it('on the console never adds a secret vote’s phone ballots to a key', () => {
    const split = consoleSplit(
      {
        method: 'secret',
        counts: { yes: tally(4), no: tally(1), abstain: tally(0) },
        ballots: {},
        deviceBallots: {},
        deviceVoters: ['a', 'b', 'c'],
      },
      null,
    );
    expect(split).toMatchObject({ device: 3, entered: 5, total: 8 });
    expect(split.totals).toEqual({ yes: 4, no: 1, abstain: 0 });
  });

  it('on the console takes the core’s would-be outcome (entered + phones) as the total', () => {
    const split = consoleSplit(
      {
        method: 'hands',
        counts: { yes: tally(3), no: tally(0), abstain: tally(0) },
        ballots: {},
        deviceBallots: { c: { choice: 'no', ballotId: 'ballot-0001' } },
        deviceVoters: [],
      },
      { counts: { yes: tally(3), no: tally(1), abstain: tally(0) }, device: { no: tally(1) } },
    );
    expect(split).toMatchObject({ device: 1, entered: 3, total: 4, totals: { yes: 3, no: 1 } });
  });
});

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

function openVote(method: 'hands' | 'secret'): ProjectorVote {
  const state = run(
    emptyState('m1'),
    {
      type: 'meeting/create',
      title: '测试议事会',
      bodyKind: 'residentsCouncil',
      date: '2026-05-10',
      place: '社区党群服务中心',
      chair: '王主任',
    },
    { type: 'roster/addMember', memberId: 'r1', name: '张三', category: 'residentRep' },
    { type: 'agenda/addItem', itemId: 'i1', title: '加装电梯' },
    { type: 'meeting/open' },
    { type: 'roster/signIn', memberId: 'r1' },
    { type: 'agenda/openItem', itemId: 'i1' },
    { type: 'vote/open', voteId: 'v1', method, question: '是否同意加装电梯' },
  );
  const vote = toProjectorView(state).votes.find((v) => v.voteId === 'v1');
  if (!vote) throw new Error('v1 not on the projector');
  return vote;
}

function render(vote: ProjectorVote, locale: Locale): string {
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
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(VoteBoard, { vote, voters: 40 })),
  );
}

const count = (html: string, key: string) =>
  new RegExp(`data-testid="projector-count-${key}">(\\d+)<`).exec(html)?.[1];

const SPLIT: Record<Locale, RegExp> = {
  'zh-CN': /手机 12 · 举手 20/,
  'zh-TW': /手機 12 · 舉手 20/,
  en: /12 by phone · 20 by show of hands/,
};
const SECRET: Record<Locale, RegExp> = {
  'zh-CN': /手机已投 12 人/,
  'zh-TW': /手機已投 12 人/,
  en: /12 voted by phone/,
};

describe('the projector’s vote board with phones', () => {
  it('shows the total of hands and phones with the split by channel', () => {
    const vote = {
      ...openVote('hands'),
      counts: { yes: tally(15), no: tally(5), abstain: tally(0) },
      device: { voted: 12, counts: { yes: tally(10), no: tally(2) } },
    };
    expect(projectorSplit(vote).total).toBe(32);
    for (const locale of LOCALES) {
      const html = render(vote, locale);
      expect(count(html, 'yes'), locale).toBe('25');
      expect(count(html, 'no'), locale).toBe('7');
      expect(html, locale).toMatch(SPLIT[locale]);
    }
  });

  it('shows only how many voted on phones for an open secret ballot', () => {
    const vote = {
      ...openVote('secret'),
      counts: { yes: tally(15), no: tally(5), abstain: tally(0) },
      device: { voted: 12, counts: null },
    };
    for (const locale of LOCALES) {
      const html = render(vote, locale);
      expect(html, locale).toMatch(SECRET[locale]);
      expect(html, locale).not.toMatch(SPLIT[locale]);
      expect(count(html, 'yes'), locale).toBe('15');
    }
  });

  it('says nothing of phones when none voted on one', () => {
    const vote = { ...openVote('hands'), device: { voted: 0, counts: {} } };
    expect(render(vote, 'zh-CN')).not.toContain('projector-split');
  });
});

const status = (patch: Partial<RoomStatus>): RoomStatus => ({
  enabled: true,
  meetingId: 'm1',
  urls: ['http://192.168.1.5:5180/join?room=abc'],
  qrSvg: '<svg/>',
  shortCode: '123456',
  waiting: [],
  devices: [],
  ...patch,
});

describe('the room on the console', () => {
  it('belongs to the meeting on screen only, and only while on', () => {
    const snapshot = { meetingId: 'm1' } as Parameters<typeof roomHere>[0]['snapshot'];
    expect(roomHere({ room: status({}), snapshot })).not.toBeNull();
    expect(roomHere({ room: status({ meetingId: 'm2' }), snapshot })).toBeNull();
    expect(roomHere({ room: status({ enabled: false }), snapshot })).toBeNull();
    expect(roomHere({ room: status({}), snapshot: null })).toBeNull();
  });

  it('knows which members have a phone joined, for this meeting only', () => {
    const snapshot = { meetingId: 'm1' } as Parameters<typeof roomHere>[0]['snapshot'];
    const device = {
      memberId: 'r1',
      name: '张三',
      connected: true,
      joinedAt: 1,
      how: 'room' as const,
    };
    const room = status({ devices: [device] });
    expect(phoneJoined({ room, snapshot }, 'r1')).toBe(true);
    expect(phoneJoined({ room, snapshot }, 'r2')).toBe(false);
    expect(
      phoneJoined({ room: status({ meetingId: 'm2', devices: [device] }), snapshot }, 'r1'),
    ).toBe(false);
  });

  it('confirms the first in line on an Enter that no field, button or dialog takes', () => {
    const enter = (target: unknown) => ({
      key: 'Enter',
      isComposing: false,
      defaultPrevented: false,
      target: target as EventTarget,
    });
    expect(confirmsFirst(enter({ tagName: 'BODY' }), false)).toBe(true);
    expect(confirmsFirst(enter({ tagName: 'SECTION', dataset: { waiting: '' } }), false)).toBe(
      true,
    );
    expect(confirmsFirst(enter({ tagName: 'BUTTON', dataset: {} }), false)).toBe(false);
    expect(confirmsFirst(enter({ tagName: 'INPUT', dataset: {} }), false)).toBe(false);
    expect(confirmsFirst(enter({ tagName: 'BODY' }), true)).toBe(false);
    expect(confirmsFirst({ ...enter({ tagName: 'BODY' }), isComposing: true }, false)).toBe(false);
    expect(confirmsFirst({ ...enter({ tagName: 'BODY' }), key: 'a' }, false)).toBe(false);
  });

  it('groups the short code in threes to be read aloud', () => {
    expect(groupCode('123456')).toBe('123 456');
    expect(groupCode('12345')).toBe('12345');
  });

  it('gives the address to type without the room token (the page asks for the short code)', () => {
    expect(typedAddress('http://192.168.1.5:5180/join?room=Zm9vYmFyYmF6cXV4cXV1eA')).toBe(
      'http://192.168.1.5:5180/join',
    );
  });

  it('breaks the address on the projector only between scheme, host and port', () => {
    expect(addressParts('http://192.168.1.5:5180/join')).toEqual([
      'http://',
      '192.168.1.5',
      ':5180/join',
    ]);
  });
});
