import type { MeetingState } from '../../shared/domain';
import type { Locale } from '../../shared/i18n';
import type { DocumentRequest } from './documents';

type Names = Readonly<{
  minutes: string;
  notice: string;
  signin: string;
  blankSignIn: string;
  /** The personal slips: the name warns that the file holds personal codes. */
  slips: string;
  proposal: string;
  vote: (num: number) => string;
}>;

const NAMES: Readonly<Record<Locale, Names>> = {
  'zh-CN': {
    minutes: '会议记录',
    notice: '公示',
    signin: '签到表',
    blankSignIn: '空白签到表',
    slips: '个人二维码',
    proposal: '议题公示',
    vote: (num) => `第${num}项表决`,
  },
  'zh-TW': {
    minutes: '會議紀錄',
    notice: '公示',
    signin: '簽到表',
    blankSignIn: '空白簽到表',
    slips: '個人QR碼',
    proposal: '議題公示',
    vote: (num) => `第${num}項表決`,
  },
  en: {
    minutes: 'minutes',
    notice: 'notice',
    signin: 'sign-in-sheet',
    blankSignIn: 'blank-sign-in-sheet',
    slips: 'personal-QR-codes',
    proposal: 'proposal-notice',
    vote: (num) => `vote-${num}`,
  },
};

/** Characters no file system takes in a name. */
const UNSAFE = /[\\/:*?"<>|]+/g;

/** A name part as a file system keeps it: no path separators or reserved characters, not too long. */
function safe(part: string, max = 24): string {
  const printable = [...part].map((c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)).join('');
  const clean = printable.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return [...clean].slice(0, max).join('').trim();
}

/** What sets this document apart from the meeting's other exports: which sheet, which vote, which item. */
function documentPart(state: MeetingState, request: DocumentRequest, names: Names): string[] {
  if (request.kind === 'minutes') return [names.minutes];
  if (request.kind === 'signin') return [request.blank ? names.blankSignIn : names.signin];
  if (request.kind === 'slips') return [names.slips];
  if (request.itemId && !request.voteId) {
    const title = state.items[request.itemId]?.title ?? request.itemId;
    return [request.noticeKind === 'proposal' ? names.proposal : names.notice, safe(title)];
  }
  // A resolution notice without a vote named is of the last closed one, as the exporter picks it.
  const closed = state.voteOrder.filter((id) => state.votes[id]?.status === 'closed');
  const voteId = request.voteId ?? closed[closed.length - 1];
  if (!voteId) return [names.notice];
  const num = state.voteOrder.indexOf(voteId) + 1;
  const question = state.votes[voteId]?.question ?? '';
  return [names.notice, names.vote(num), safe(question)].filter((part) => part !== '');
}

/**
 * The file name of an exported document. Every document of a meeting gets its own name (the blank
 * and the filled sign-in sheet, each vote's notice, each item's proposal notice), so saving one
 * never overwrites another in the downloads folder or in the meeting's archive.
 */
export function exportFileName(state: MeetingState, request: DocumentRequest): string {
  const names = NAMES[request.locale];
  const title = safe(state.meeting?.title.split('：')[0] ?? '', 40) || 'meeting';
  const date = state.meeting?.date ?? '';
  return `${[title, ...documentPart(state, request, names), date].filter((p) => p !== '').join('-')}.pdf`;
}
