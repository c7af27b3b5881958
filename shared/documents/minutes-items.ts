import type { AgendaItem, Vote } from '../domain/state/types';
import type { SpeechSummary } from '../domain/selectors/summary';
import type { Block } from './model';
import type { BuildContext } from './context';
import { channelSplitText } from './channels';
import { formatClock, formatDuration, numbered } from './format';
import { categoryLabel } from './people';
import { countsText, passText, quorumText, resultText, rollCallFields } from './vote-text';

// The body of the minutes: each agenda item with who spoke (speaker, category, stance, start,
// duration), the chair's notes, and each vote taken on it with its method, base, counts, the rule
// and its numbers, and the result.

function speechTable(ctx: BuildContext, speeches: readonly SpeechSummary[]): Block {
  const { state, t, timeZone } = ctx;
  return {
    type: 'table',
    columns: [
      // Widths fit '物业服务企业代表', '程序性发言' and '3分20秒（超时20秒）' on one line.
      { header: t('documents:field.seq'), width: 0.7, align: 'center' },
      { header: t('documents:field.person'), width: 1.4 },
      { header: t('documents:field.category'), width: 2 },
      { header: t('documents:more.stance'), width: 1.3, align: 'center' },
      { header: t('documents:more.startedAt'), width: 1.1, align: 'center' },
      { header: t('documents:more.duration'), width: 2.8, align: 'right' },
    ],
    rows: speeches.map((s, i) => {
      const speech = state.speeches[s.itemId]?.find((x) => x.speechId === s.speechId);
      const member = state.members[s.memberId];
      // The console records no stance unless the chair sets one: 'neutral' is "not recorded",
      // never a claim that the speaker declared no position.
      const stance = speech?.pointOfOrder
        ? t('domain:pointOfOrder')
        : speech && speech.stance !== 'neutral'
          ? t(`domain:stance.${speech.stance}`)
          : t('documents:minutes.stanceUnrecorded');
      const duration = formatDuration(s.durationMs, t);
      return [
        String(i + 1),
        s.name,
        member ? categoryLabel(member, t) : '',
        stance,
        formatClock(s.startedAt, timeZone),
        s.overrunMs > 0
          ? t('documents:minutes.overrun', { duration, overrun: formatDuration(s.overrunMs, t) })
          : duration,
      ];
    }),
  };
}

/**
 * The recorder's summaries, right under the speech table and numbered as its rows, so each reads
 * against its speaker; speeches without one are left out rather than printed empty.
 */
function summaryBlocks(ctx: BuildContext, speeches: readonly SpeechSummary[]): Block[] {
  const { state, t } = ctx;
  const lines = speeches.flatMap((s, i): Block[] => {
    const summary = state.speeches[s.itemId]
      ?.find((x) => x.speechId === s.speechId)
      ?.summary?.trim();
    if (!summary) return [];
    return [
      {
        type: 'paragraph',
        size: 'small',
        indent: false,
        text: [
          { text: t('documents:minutes.summaryOf', { seq: i + 1, name: s.name }), bold: true },
          { text: summary },
        ],
      },
    ];
  });
  if (lines.length === 0) return [];
  return [smallNote(t('documents:minutes.summaries') + t('documents:colon'), ''), ...lines];
}

function smallNote(label: string, text: string): Block {
  return {
    type: 'paragraph',
    size: 'small',
    indent: false,
    text: [{ text: label, bold: true }, { text }],
  };
}

function splitField(ctx: BuildContext, vote: Vote): { label: string; value: string }[] {
  const text = channelSplitText(ctx, vote);
  return text ? [{ label: ctx.t('documents:channel.field'), value: text }] : [];
}

/** One vote: a bold line naming it, then its working as label–value fields. */
export function voteBlocks(ctx: BuildContext, vote: Vote, num: number): Block[] {
  const { t, timeZone } = ctx;
  const outcome = vote.outcome;
  const method = t(`domain:voteMethod.${vote.method}`);
  const when = vote.closedAt ?? vote.openedAt;
  const items = [
    {
      label: t('documents:minutes.method'),
      value: t('documents:paren', { text: method, note: formatClock(when, timeZone) }),
    },
    {
      label: t('documents:more.voteBase'),
      value: outcome
        ? t('documents:minutes.voteBase', {
            members: outcome.members.heads,
            present: outcome.present.heads,
          })
        : t('documents:minutes.notClosed'),
    },
    { label: t('documents:more.counts'), value: countsText(ctx, vote) },
    // Where phones were used: how many ballots came each way (issue 16).
    ...splitField(ctx, vote),
    { label: t('documents:more.quorumCheck'), value: quorumText(ctx, vote) },
    { label: t('documents:more.passCheck'), value: passText(ctx, vote) },
    { label: t('documents:more.conclusion'), value: resultText(ctx, vote) },
  ];
  // A roll call names who voted how: one line per ballot, so the lists stay readable.
  if (outcome) items.push(...rollCallFields(ctx, vote));
  // A heading, not a bold paragraph: headings are kept with what follows them on one page.
  return [
    {
      type: 'heading',
      level: 2,
      text: t('documents:minutes.vote', { num, question: vote.question }),
    },
    { type: 'fields', items },
    tellerSignatures(ctx, vote),
  ];
}

/**
 * A blank to write a name on by hand: printed where nobody was recorded, so the paper is
 * completed at the table rather than saying 无 for a person who did count.
 */
export const HAND_BLANK = '__________';

/** 计票人 and 监票人 of a vote, each with a line to sign; a name not recorded is a blank. */
function tellerSignatures(ctx: BuildContext, vote: Vote): Block {
  const { t } = ctx;
  return {
    type: 'signatures',
    signLabel: t('documents:signature.sign'),
    items: [
      { label: t('documents:role.teller'), name: vote.teller || HAND_BLANK },
      { label: t('documents:role.scrutineer'), name: vote.scrutineer || HAND_BLANK },
    ],
  };
}

function itemBlocks(
  ctx: BuildContext,
  item: AgendaItem,
  index: number,
  speeches: readonly SpeechSummary[],
  actualMs: number,
  voteNumbers: ReadonlyMap<string, number>,
): Block[] {
  const { state, t } = ctx;
  // An item deferred or never reached says so, instead of a time of a second and no speeches.
  const unheard = item.status === 'deferred' || item.status === 'pending';
  const marks = [
    ...(item.urgent ? [t('domain:urgent')] : []),
    ...(unheard ? [t(`documents:minutes.itemState.${item.status}`)] : []),
  ];
  const title = marks.length
    ? t('documents:paren', { text: item.title, note: marks.join(t('documents:list')) })
    : item.title;
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: numbered(t, 'level2', index, title) },
  ];
  if (item.description.trim()) {
    blocks.push(
      smallNote(t('documents:more.description') + t('documents:colon'), item.description),
    );
  }
  blocks.push({
    type: 'fields',
    columns: 2,
    items: [
      { label: t('documents:more.presenter'), value: item.presenter || t('documents:none') },
      {
        label: t('documents:more.itemTime'),
        value:
          unheard && actualMs < 60_000
            ? t('documents:minutes.itemTimeUnheard', {
                planned: item.plannedMin,
                state: t(`documents:minutes.itemState.${item.status}`),
              })
            : t('documents:minutes.itemTime', {
                planned: item.plannedMin,
                actual: formatDuration(actualMs, t),
              }),
      },
    ],
  });
  const own = speeches.filter((s) => s.itemId === item.itemId);
  blocks.push(
    own.length > 0
      ? speechTable(ctx, own)
      : {
          type: 'paragraph',
          size: 'small',
          indent: false,
          text: unheard
            ? t(`documents:minutes.unheard.${item.status}`)
            : t('documents:minutes.noSpeeches'),
        },
    ...summaryBlocks(ctx, own),
  );
  if (item.chairNote.trim()) {
    blocks.push(
      smallNote(t('documents:minutes.chairNotes') + t('documents:colon'), item.chairNote),
    );
  }
  for (const voteId of state.voteOrder) {
    const vote = state.votes[voteId];
    if (vote?.itemId !== item.itemId) continue;
    blocks.push(...voteBlocks(ctx, vote, voteNumbers.get(voteId) ?? 0));
  }
  return blocks;
}

/** Every agenda item in order, with its speeches, notes and votes. */
export function itemsBlocks(
  ctx: BuildContext,
  speeches: readonly SpeechSummary[],
  actualMs: (itemId: string) => number,
): Block[] {
  const { state } = ctx;
  const voteNumbers = new Map(state.voteOrder.map((id, i) => [id, i + 1]));
  return state.agendaOrder.flatMap((id, i) => {
    const item = state.items[id];
    return item ? itemBlocks(ctx, item, i + 1, speeches, actualMs(id), voteNumbers) : [];
  });
}
