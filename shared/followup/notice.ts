import { composeNotice, type DocumentModel, type NoticeOptions } from '../documents';
import type { Block } from '../documents/model';
import { formatDay, formatPermille, formatYuan, numbered } from '../documents/format';
import { ok, type Result } from '../domain/result';
import type { MeetingState } from '../domain/state/types';
import { translator, type Translate } from '../i18n';
import { latestEvaluation } from './board';
import { fail } from './errors';
import type { Evaluation, TrackedItem } from './state';

/** Options of the implementation-result notice: those of any notice, but kind and target are fixed. */
export type ImplementationNoticeOptions = Omit<NoticeOptions, 'kind' | 'voteId' | 'itemId'>;

function para(text: string, size?: 'small'): Block {
  return size ? { type: 'paragraph', text, size } : { type: 'paragraph', text };
}

/** What was done, by whom, when and for how much: the registry's record, not the meeting's plan. */
function resultBlocks(item: TrackedItem, t: Translate): Block[] {
  const day = (date: string | null) => (date ? formatDay(date, t) : t('documents:none'));
  const blocks: Block[] = [
    {
      type: 'fields',
      items: [
        { label: t('followup:notice.task'), value: item.title },
        { label: t('followup:notice.owner'), value: item.owner || t('documents:none') },
        { label: t('followup:notice.startedOn'), value: day(item.startedOn) },
        { label: t('followup:notice.doneOn'), value: day(item.doneOn) },
        { label: t('followup:notice.budgetPlanned'), value: formatYuan(item.budgetPlanned, t) },
        { label: t('followup:notice.budgetSpent'), value: formatYuan(item.budgetSpent, t) },
      ],
    },
  ];
  if (item.summary.trim()) blocks.push(para(t('followup:notice.summary', { text: item.summary })));
  return blocks;
}

/** The latest satisfaction vote on the item, its figures and the formula of the rate. */
function evaluationBlocks(evaluation: Evaluation | null, t: Translate): Block[] {
  if (evaluation === null) return [para(t('followup:notice.notEvaluated'))];
  const { satisfied, basicallySatisfied, dissatisfied } = evaluation.counts;
  const rate =
    evaluation.satisfactionPermille === null
      ? t('followup:label.rateNone')
      : formatPermille(evaluation.satisfactionPermille, t);
  return [
    para(
      t('followup:notice.evaluation', {
        date: formatDay(evaluation.meetingDate, t),
        meeting: evaluation.meetingTitle || evaluation.meetingId,
        satisfied,
        basicallySatisfied,
        dissatisfied,
        total: satisfied + basicallySatisfied + dissatisfied,
        rate,
      }),
    ),
    para(t('followup:label.rateFormula'), 'small'),
  ];
}

/**
 * The implementation-result notice (实施结果公开, the fifth disclosure of 五议五公开) of a done
 * action item: the meeting's implementation notice (same layout, posting period, objection
 * channel, issuer and QR code, so the same renderer signs it and `yishiting verify` checks it),
 * with its action table replaced by the registry's record (dates, planned and spent budget,
 * what was done) and a section with the latest evaluation and its satisfaction rate.
 * `meeting` is the state of the meeting that decided the item. May throw DocumentInputError
 * as `buildNotice` does (e.g. the agenda item is missing from that meeting).
 */
export function buildImplementationNotice(
  meeting: MeetingState,
  item: TrackedItem,
  options: ImplementationNoticeOptions,
): Result<DocumentModel> {
  if (meeting.meetingId !== item.meetingId)
    return fail('actionItem.unknown', { meetingId: meeting.meetingId, actionId: item.actionId });
  if (item.status !== 'done')
    return fail('actionItem.notDone', {
      meetingId: item.meetingId,
      actionId: item.actionId,
      status: item.status,
    });
  // The register, not the meeting, knows the item is done: the meeting's own guard rail (its
  // action items still 待办) does not apply here; the status check above is this notice's.
  const model = composeNotice(meeting, {
    ...options,
    kind: 'implementation',
    itemId: item.itemId,
  });
  const t = translator(options.locale);
  // The implementation notice's body: …, heading 二 (actions), its table, the next-step line,
  // heading 三 (posting), …. The table is replaced and the evaluation becomes section 三.
  const headings = model.blocks.flatMap((b, i) => (b.type === 'heading' ? [i] : []));
  const actions = headings.at(-2);
  const posting = headings.at(-1);
  if (actions === undefined || posting === undefined) return ok(model);
  const blocks: Block[] = [
    ...model.blocks.slice(0, actions + 1),
    ...resultBlocks(item, t),
    {
      type: 'heading',
      level: 1,
      text: numbered(t, 'level1', headings.length, t('followup:notice.evaluationHeading')),
    },
    ...evaluationBlocks(latestEvaluation(item), t),
    ...model.blocks.slice(posting - 1, posting),
    {
      type: 'heading',
      level: 1,
      text: numbered(t, 'level1', headings.length + 1, t('documents:noticeText.heading.posting')),
    },
    ...model.blocks.slice(posting + 1),
  ];
  return ok({ ...model, blocks });
}
