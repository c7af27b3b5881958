import type { MeetingState, Vote } from '../domain/state/types';
import type { Block, DocumentModel } from './model';
import {
  buildContext,
  defaultAddressee,
  defaultIssuer,
  frame,
  type BuildContext,
  type CommonOptions,
} from './context';
import { checkNotice, noticeTarget, type NoticeKind, type NoticeTarget } from './notice-checks';
import { attachmentBlocks, contactBlocks, objectionChannel } from './notice-issuing';
import { formatDay, numbered } from './format';
import { actionBlocks } from './minutes-tail';
import { postingText, ruleAndConclusion, voteCountsText } from './notice-parts';

// 公示: the notice posted on the notice board, in the official layout (GB/T 9704). Three kinds
// follow a matter through 五议五公开: the proposal before it is decided, the resolution after the
// vote, and the result once it is carried out.

export type { NoticeKind } from './notice-checks';

/** Where objections go: printed on the notice; defaults are marked for the chair to fill in. */
export type ObjectionChannel = Readonly<{ address: string; phone: string; contact: string }>;

/** Options of a notice beyond the common ones: what the meeting state does not say. */
export type NoticeOptions = CommonOptions &
  Readonly<{
    /** Default 'resolution'. */
    kind?: NoticeKind;
    /** The vote the notice reports; or the item, whose last passed (else last closed) vote counts. */
    voteId?: string;
    itemId?: string;
    /** Default by body kind: 全体居民： / 全体村民： / 全体业主：. */
    addressee?: string;
    /** One line per issuing body; default the settings' 发文单位 (issuingBody), else 【待填写】. */
    issuer?: string | readonly string[];
    /** The day of posting, 'YYYY-MM-DD': the notice's date and the start of the posting period. */
    postedOn: string;
    objection?: Partial<ObjectionChannel>;
    /** What happens next; a default follows from the kind and the result. */
    nextStep?: string;
    /** Names of the papers posted with the notice (附件：…), in order. */
    attachments?: readonly string[];
  }>;

function para(text: string): Block {
  return { type: 'paragraph', text };
}

/**
 * A numbered section run into its paragraph, '一、表决情况。应到……', in bold: a resolution notice
 * has three short sections, and a heading line for each would cost the page (issue 14: an
 * ordinary resolution notice fits one page at 22 lines).
 */
function runIn(ctx: BuildContext, n: number, key: string, text: string): Block {
  const { t } = ctx;
  const head = numbered(t, 'level1', n, t(`documents:noticeText.heading.${key}`));
  return {
    type: 'paragraph',
    text: [{ text: t('documents:noticeText.runIn', { text: head }), bold: true }, { text }],
  };
}

function bodyBlocks(ctx: BuildContext, kind: NoticeKind, { item, vote }: NoticeTarget): Block[] {
  const { meeting, state, t } = ctx;
  const date = formatDay(meeting.date, t);
  const common = { date, meeting: meeting.title, place: meeting.place, chair: meeting.chair };
  const heading = (n: number, key: string): Block => ({
    type: 'heading',
    level: 1,
    text: numbered(t, 'level1', n, t(`documents:noticeText.heading.${key}`)),
  });
  if (kind === 'proposal') {
    const blocks = [
      para(t('documents:noticeText.intro.proposal', { ...common, item: item.title })),
      heading(1, 'proposal'),
      para(item.description.trim() || item.title),
    ];
    if (item.presenter) {
      blocks.push(para(t('documents:noticeText.presenter', { presenter: item.presenter })));
    }
    return blocks;
  }
  if (kind === 'implementation') {
    const passed = state.voteOrder
      .map((id) => state.votes[id])
      .filter((v): v is Vote => v?.itemId === item.itemId && v.outcome?.result === 'passed');
    const voteIds = new Set(passed.map((v) => v.voteId));
    return [
      para(t('documents:noticeText.intro.implementation', { ...common, item: item.title })),
      heading(1, 'resolution'),
      ...passed.map((v) => para(v.resolution.trim() || v.question)),
      heading(2, 'actions'),
      ...actionBlocks(ctx, (a) => voteIds.has(a.voteId)),
    ];
  }
  const decided = vote as Vote;
  const label = t(`domain:voteMethod.${decided.method}`);
  // English labels are capitalised as list entries; mid-sentence they read in lower case.
  const method = ctx.locale === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  // A satisfaction survey is 测评, not 表决: it decides nothing and is carried out by no one.
  const survey = decided.preset.kind === 'evaluation';
  const blocks = [
    para(
      t(`documents:noticeText.intro.${survey ? 'evaluation' : 'resolution'}`, {
        ...common,
        method,
        question: decided.question,
      }),
    ),
    runIn(ctx, 1, survey ? 'evaluationVotes' : 'votes', voteCountsText(ctx, decided)),
  ];
  // The resolution follows its conclusion in the same paragraph: a line's tail is not lost.
  const resolved =
    decided.outcome?.result === 'passed' && decided.resolution.trim()
      ? t('documents:noticeText.resolution', { text: decided.resolution })
      : '';
  const rule = ruleAndConclusion(ctx, decided);
  const gap = resolved && ctx.locale === 'en' ? ' ' : '';
  blocks.push(runIn(ctx, 2, survey ? 'evaluationRule' : 'rule', `${rule}${gap}${resolved}`));
  return blocks;
}

/** The next step's catalogue key: each kind of result has its own (a survey is not carried out). */
function defaultNextStep(kind: NoticeKind, vote: Vote | null): string {
  if (kind !== 'resolution') return kind;
  const result = vote?.outcome?.result;
  return result === 'passed' || result === 'evaluated' || result === 'invalid' ? result : 'other';
}

/**
 * Builds a public notice (公示) of a proposal, a resolution or its implementation: title
 * 关于……的公示, addressee, what was decided when, where and by whom, the counts with percentages,
 * the rule and the conclusion, next step, posting period with its counting rule, how to object,
 * issuer and date (with room for the seal), and a QR code with the document's fingerprint.
 * Throws DocumentInputError for an unknown vote or item, a malformed posting date, or anything
 * the guard rails refuse (checkNotice: a result posted before the vote, a proposal whose period
 * outlasts the meeting, an implementation not yet done, an invalid vote a re-vote replaced).
 */
export function buildNotice(state: MeetingState, options: NoticeOptions): DocumentModel {
  const { refusal } = checkNotice(state, options);
  if (refusal) throw refusal;
  return composeNotice(state, options);
}

/**
 * The notice without the guard rails, for a caller that has its own: the follow-up register's
 * implementation notice, which reads what was done from the register, not from the meeting.
 */
export function composeNotice(state: MeetingState, options: NoticeOptions): DocumentModel {
  const ctx = buildContext(state, options);
  const { meeting, t } = ctx;
  const kind = options.kind ?? 'resolution';
  const found = noticeTarget(state, options);
  const survey = kind === 'resolution' && found.vote?.preset.kind === 'evaluation';
  const subject = t(`documents:noticeText.subject.${survey ? 'evaluation' : kind}`, {
    item: found.item.title,
  });
  const title = t('documents:notice.titleAbout', { subject });
  const issuer =
    typeof options.issuer === 'string' ? [options.issuer] : [...(options.issuer ?? [])];
  if (issuer.length === 0) issuer.push(defaultIssuer(ctx));
  const objection = objectionChannel(ctx, options.objection, issuer[0] ?? '');
  const nextStep =
    options.nextStep?.trim() ||
    t(`documents:noticeText.nextStepDefault.${defaultNextStep(kind, found.vote)}`);
  const body = bodyBlocks(ctx, kind, found);
  // A resolution's sections run into their paragraphs (runIn); the other kinds have heading lines.
  const runInSections = kind === 'resolution';
  const sections = runInSections ? 2 : body.filter((b) => b.type === 'heading').length;
  // Computed only for a vote that is not invalid: the posting date is checked here.
  const postingBlocks = (): Block[] => {
    const preset = found.vote?.preset ?? meeting.preset;
    // Run in after 三、公示期与异议渠道, the dates need no 公示期： of their own.
    const period = postingText(ctx, options.postedOn, preset, runInSections);
    const object = t('documents:notice.objection', objection);
    if (runInSections) {
      // Chinese sentences follow each other without a space; English ones need one.
      const text = `${period}${ctx.locale === 'en' ? ' ' : ''}${object}`;
      return [runIn(ctx, sections + 1, 'posting', text)];
    }
    return [
      {
        type: 'heading',
        level: 1,
        text: numbered(t, 'level1', sections + 1, t('documents:noticeText.heading.posting')),
      },
      para(period),
      para(object),
    ];
  };
  const blocks: Block[] = [
    { type: 'title', text: title },
    { type: 'addressee', text: options.addressee?.trim() || defaultAddressee(ctx) },
    ...body,
    para(t('documents:noticeText.nextStep', { text: nextStep })),
    // An invalid vote decides nothing, so there is nothing to object to: no objection period.
    ...(found.vote?.outcome?.result === 'invalid' ? [] : postingBlocks()),
    ...contactBlocks(ctx),
    ...attachmentBlocks(ctx, options.attachments),
    { type: 'issuer', lines: issuer, date: formatDay(options.postedOn, t), sealRoom: true },
    { type: 'qr', caption: t('documents:qr.caption') },
  ];
  return {
    ...frame(ctx, 'notice', title, options, { header: null, official: true, author: issuer[0] }),
    blocks,
  };
}
