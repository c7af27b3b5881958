import { VOICE_GROUPS, type VoiceShares } from '../domain/selectors/stats';
import type { ActionItem } from '../domain/state/types';
import type { Category } from '../domain/vocabulary';
import type { Block } from './model';
import type { BuildContext } from './context';
import {
  formatClock,
  formatDay,
  formatDuration,
  formatPermille,
  formatYuan,
  localDate,
  numbered,
} from './format';
import type { Roster } from './people';

// The end of the minutes: the resolutions adopted, the action items that carry them out
// (民事民办), who had the floor (话语权), the close, and the signatures.

function note(text: string): Block {
  return { type: 'paragraph', size: 'small', indent: false, text };
}

/** Each passed vote's resolution, numbered, with the vote it came from. */
export function resolutionBlocks(ctx: BuildContext): Block[] {
  const { state, t } = ctx;
  const blocks: Block[] = [];
  state.voteOrder.forEach((id, i) => {
    const vote = state.votes[id];
    if (!vote || vote.status !== 'closed' || vote.outcome?.result !== 'passed') return;
    const text = vote.resolution.trim() || vote.question;
    const entry = t('documents:minutes.resolutionEntry', {
      text,
      num: i + 1,
      result: t('domain:voteResult.passed'),
    });
    blocks.push({
      type: 'paragraph',
      indent: false,
      text: numbered(t, 'item', blocks.length + 1, entry),
    });
  });
  return blocks.length > 0 ? blocks : [note(t('documents:minutes.noResolutions'))];
}

/** The action items (optionally only some) as a table: task, owner, budget in yuan, deadline, status. */
export function actionBlocks(
  ctx: BuildContext,
  include: (action: ActionItem) => boolean = () => true,
): Block[] {
  const { state, t } = ctx;
  const actions = state.actionOrder.flatMap((id) => {
    const a = state.actions[id];
    return a && include(a) ? [a] : [];
  });
  if (actions.length === 0) return [note(t('documents:minutes.noActions'))];
  return [
    {
      type: 'table',
      columns: [
        // The deadline column fits '2026年12月31日' on one line.
        { header: t('documents:minutes.actionTitle'), width: 2.9 },
        { header: t('documents:minutes.actionOwner'), width: 1.5 },
        { header: t('documents:minutes.actionBudget'), width: 1.8, align: 'right' },
        { header: t('documents:minutes.actionDeadline'), width: 1.9, align: 'center' },
        { header: t('documents:minutes.actionStatus'), width: 1, align: 'center' },
      ],
      rows: actions.map((a) => [
        a.title,
        a.owner,
        a.budget > 0 ? formatYuan(a.budget, t) : t('documents:none'),
        a.deadline ? formatDay(a.deadline, t) : t('documents:none'),
        t(`domain:actionStatus.${a.status}`),
      ]),
    },
  ];
}

function shareRow(
  label: string,
  share: Readonly<{ ms: number; speeches: number; permille: number }>,
  ctx: BuildContext,
): string[] {
  return [
    label,
    String(share.speeches),
    formatDuration(share.ms, ctx.t),
    formatPermille(share.permille, ctx.t),
  ];
}

function shareTable(ctx: BuildContext, header: string, rows: string[][]): Block {
  const { t } = ctx;
  return {
    type: 'table',
    columns: [
      { header, width: 3 },
      { header: t('documents:minutes.voiceSpeeches'), width: 1.3, align: 'right' },
      { header: t('documents:minutes.voiceTime'), width: 1.8, align: 'right' },
      { header: t('documents:minutes.voiceShare'), width: 1.3, align: 'right' },
    ],
    rows,
  };
}

/** Speaking time by group (residents vs officials …) and by roster category. */
export function voiceBlocks(ctx: BuildContext, voice: VoiceShares): Block[] {
  const { t } = ctx;
  if (voice.speeches === 0) return [note(t('documents:minutes.noVoice'))];
  const groups = VOICE_GROUPS.map((g) =>
    shareRow(t(`domain:voiceGroup.${g}`), voice.byGroup[g], ctx),
  );
  const categories = (
    Object.entries(voice.byCategory) as [Category, VoiceShares['byGroup']['residents']][]
  )
    .sort(([, a], [, b]) => b.ms - a.ms)
    .map(([category, share]) => shareRow(t(`domain:category.${category}`), share, ctx));
  // Headings keep each label on the page of its table.
  const label = (n: number, text: string): Block => ({
    type: 'heading',
    level: 2,
    text: numbered(t, 'level2', n, text),
  });
  return [
    label(1, t('documents:minutes.byGroup')),
    shareTable(ctx, t('documents:minutes.voiceGroup'), groups),
    label(2, t('documents:minutes.byCategory')),
    shareTable(ctx, t('documents:minutes.voiceCategory'), categories),
  ];
}

/** 散会 time and the signing date, the chair's notes on the meeting, and the signature lines. */
export function closingBlocks(
  ctx: BuildContext,
  roster: Roster,
  attendeeSignatures: boolean,
  signedAt?: number,
): Block[] {
  const { meeting, state, t, timeZone } = ctx;
  const blocks: Block[] = [
    {
      type: 'fields',
      items: [
        {
          label: t('documents:field.closedAt'),
          value:
            meeting.closedAt === null
              ? t('documents:minutes.notClosedYet')
              : formatClock(meeting.closedAt, timeZone),
        },
        {
          // Beside 散会时间, above the signatures: a date after them went over to a page of its
          // own. The day on the meeting's calendar, whatever zone the exporting machine is in.
          label: t('documents:field.signedOn'),
          value:
            signedAt === undefined
              ? t('documents:minutes.signedOnBlank')
              : formatDay(localDate(signedAt, timeZone), t),
        },
      ],
    },
  ];
  if (state.chairNote.trim()) {
    blocks.push({
      type: 'paragraph',
      size: 'small',
      indent: false,
      text: [
        { text: t('documents:minutes.chairNotes') + t('documents:colon'), bold: true },
        { text: state.chairNote },
      ],
    });
  }
  blocks.push({
    type: 'signatures',
    signLabel: t('documents:signature.sign'),
    items: [
      { label: t('documents:role.chair'), name: meeting.chair },
      { label: t('documents:role.recorder'), name: meeting.recorder },
    ],
  });
  if (attendeeSignatures) {
    const present = [...roster.members, ...roster.observers].filter((p) => p.status === 'attended');
    blocks.push(
      { type: 'heading', level: 2, text: t('documents:minutes.attendeeSignatures') },
      {
        type: 'signatures',
        signLabel: t('documents:signature.sign'),
        columns: 3,
        items: present.map((p) => ({ label: '', name: p.member.name })),
      },
    );
  }
  return blocks;
}
