import type { MeetingInfo, MeetingState } from '../domain/state/types';
import { translator, type Locale, type Translate } from '../i18n';
import type { DocumentKind, DocumentModel } from './model';
import { DocumentInputError } from './errors';
import { addresseeOf, builtInAddressee, type IssuingBody } from './issuing-body';

// What every builder takes besides the meeting state, and the small facts they all derive from
// it (the body's name, the default addressee and issuer).

/** Options every document builder accepts. */
export type CommonOptions = Readonly<{
  locale: Locale;
  /** Printed at the foot of every page of a signed PDF: the signing certificate's fingerprint. */
  fingerprintLine?: string;
  /** The issuing body from settings (issuing-body.ts); absent: nothing set. */
  issuingBody?: IssuingBody;
}>;

/** A builder's working context: the meeting, the translator and the meeting's time zone. */
export type BuildContext = Readonly<{
  state: MeetingState;
  meeting: MeetingInfo;
  locale: Locale;
  t: Translate;
  /** The meeting's own IANA zone: every time and date on the page is read on its clock. */
  timeZone: string;
  issuingBody?: IssuingBody;
}>;

/** Words a village says differently: its representatives are 村民代表, not 居民代表. */
const VILLAGE_WORDS: Readonly<Record<string, string>> = {
  'domain:category.residentRep': 'domain:inVillage.residentRep',
  'domain:voiceGroup.residents': 'domain:inVillage.residents',
};

/** The translator in this meeting's words: every document says 村民代表 in a village. */
function inMeetingWords(t: Translate, meeting: MeetingInfo): Translate {
  if (meeting.bodyKind !== 'villagerRepsMeeting') return t;
  return (key, params) => t(VILLAGE_WORDS[key] ?? key, params);
}

/** Checks the meeting exists and gathers what every builder needs. */
export function buildContext(state: MeetingState, options: CommonOptions): BuildContext {
  const meeting = state.meeting;
  if (!meeting) throw new DocumentInputError('noMeeting', {});
  return {
    state,
    meeting,
    locale: options.locale,
    t: inMeetingWords(translator(options.locale), meeting),
    timeZone: meeting.timeZone,
    ...(options.issuingBody ? { issuingBody: options.issuingBody } : {}),
  };
}

/** The body's name: the custom name for a custom body, else the body kind's label. */
export function bodyName(ctx: BuildContext): string {
  const { meeting, t } = ctx;
  if (meeting.bodyKind === 'custom' && meeting.customBodyKind.trim()) return meeting.customBodyKind;
  return t(`domain:bodyKind.${meeting.bodyKind}`);
}

/** The notice's addressee: the settings' line for the body kind, else the built-in one. */
export function defaultAddressee(ctx: BuildContext): string {
  const kind = ctx.meeting.bodyKind;
  const chosen = addresseeOf(ctx.issuingBody, kind);
  if (chosen) return withColon(chosen, ctx.locale);
  return ctx.t(`documents:noticeText.addressee.${builtInAddressee(kind)}`);
}

/** GB/T 9704: the addressee line ends with a colon (full-width in Chinese). */
function withColon(text: string, locale: Locale): string {
  if (/[：:]$/.test(text)) return text;
  return locale === 'en' ? `${text}:` : `${text}：`;
}

/**
 * The default issuer: the 发文单位 from settings. Unset, it is left for the pen (【待填写】):
 * a meeting's title or room does not say which committee issues the community's documents.
 */
export function defaultIssuer(ctx: BuildContext): string {
  return ctx.issuingBody?.name.trim() || ctx.t('documents:noticeText.toFill');
}

/** The model's frame: everything but the blocks. */
export function frame(
  ctx: BuildContext,
  kind: DocumentKind,
  title: string,
  options: CommonOptions,
  extra: Readonly<{ header: string | null; official: boolean; author?: string }>,
): Omit<DocumentModel, 'blocks'> {
  return {
    version: 1,
    kind,
    locale: ctx.locale,
    layout: extra.official ? 'official' : 'standard',
    meta: {
      title,
      subject: ctx.t(`documents:kind.${kind}`),
      author: extra.author ?? defaultIssuer(ctx),
      ...(options.fingerprintLine ? { fingerprintLine: options.fingerprintLine } : {}),
    },
    header: extra.header,
    pageNumbers: extra.official ? 'dash' : 'pageOfTotal',
    keep: keepNames(ctx),
  };
}

/**
 * Names a line must not split (layout keeps them whole): members, chair, recorder, tellers and
 * presenters, each without a role in brackets ("陈德明（院落党小组组长）" keeps 陈德明), and the mark
 * of a phone's answer.
 */
function keepNames(ctx: BuildContext): string[] {
  const { state, meeting } = ctx;
  const bare = (text: string): string => text.split(/[（(，,、;；]/)[0]?.trim() ?? '';
  const names = [
    ...state.memberOrder.map((id) => state.members[id]?.name ?? ''),
    meeting.chair,
    meeting.recorder,
    ...(meeting.tellers ?? []),
    ...state.agendaOrder.map((id) => state.items[id]?.presenter ?? ''),
  ].map(bare);
  // A roll call's phone mark, '（手机）', stays whole after its name (only where there is one,
  // so the documents of a meeting without phones are as they were).
  const phones = Object.values(state.votes).some(
    (vote) => vote.method === 'rollCall' && Object.keys(vote.deviceBallots).length > 0,
  );
  const mark = phones ? [ctx.t('documents:channel.byDevice', { name: '' }).trim()] : [];
  return [...new Set([...names, ...mark])].filter(
    (name) => [...name].length >= 2 && [...name].length <= 8,
  );
}
