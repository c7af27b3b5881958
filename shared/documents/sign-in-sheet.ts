import type { MeetingState } from '../domain/state/types';
import type { Block, DocumentModel } from './model';
import { buildContext, frame, type BuildContext, type CommonOptions } from './context';
import { formatClock, formatDay, joinList, people } from './format';
import { attendanceCounts, categoryLabel, rosterOf, type PersonRecord } from './people';

// 签到表: the roster to sign on paper. Before the meeting it is blank (names, categories and an
// empty signature column, rows tall enough to write in); after it, the same sheet carries the
// recorded sign-in times and marks who was excused, absent or left early, as the archive copy.

/** Options of the sign-in sheet beyond the common ones. */
export type SignInSheetOptions = CommonOptions &
  Readonly<{
    /** 'blank' to print before the meeting, 'recorded' with times; default by meeting status. */
    mode?: 'blank' | 'recorded';
    /**
     * Prints each person's phone in a column of its own. Off unless the chair asks: the phone is
     * private (see Member.phone) and a sign-in sheet lies open at the door.
     */
    phone?: boolean;
  }>;

function timeCell(ctx: BuildContext, p: PersonRecord): string {
  const { t, timeZone } = ctx;
  if (p.status === 'excused') {
    return p.excuseReason
      ? t('documents:signIn.excused', { reason: p.excuseReason })
      : t('documents:signIn.excusedNoReason');
  }
  if (p.status === 'absent' || p.firstIn === null) {
    return p.member.role === 'observer' ? '' : t('documents:signIn.absent');
  }
  const time = formatClock(p.firstIn, timeZone);
  return p.leftAt === null
    ? time
    : t('documents:signIn.left', { time, left: formatClock(p.leftAt, timeZone) });
}

function categoryCell(ctx: BuildContext, p: PersonRecord): string {
  const label = categoryLabel(p.member, ctx.t);
  if (p.member.role !== 'observer') return label;
  return ctx.t('documents:paren', { text: ctx.t('documents:signIn.observer'), note: label });
}

/** The cells of a row with the phone after the affiliation, when the chair asked for it. */
function withPhone<T>(wanted: boolean, cells: readonly T[], phone: T): T[] {
  return wanted ? [...cells.slice(0, 4), phone, ...cells.slice(4)] : [...cells];
}

/**
 * Numbered empty rows after the list on a blank sheet, for people who come without being on it
 * (a new tenant, a stand-in): a tenth of the list, at least five.
 */
function spareRows(listed: number, columns: number): string[][] {
  const count = Math.max(5, Math.ceil(listed / 10));
  return Array.from({ length: count }, (_, i) => [
    String(listed + i + 1),
    ...Array.from({ length: columns - 1 }, () => ''),
  ]);
}

/**
 * Builds the sign-in sheet (签到表): every member and observer with category and affiliation, an
 * empty signature column, and after the meeting the sign-in time or 请假 / 缺席 mark of each.
 */
export function buildSignInSheet(state: MeetingState, options: SignInSheetOptions): DocumentModel {
  const ctx = buildContext(state, options);
  const { meeting, t, timeZone } = ctx;
  const mode = options.mode ?? (meeting.status === 'draft' ? 'blank' : 'recorded');
  const recorded = mode === 'recorded';
  const roster = rosterOf(state);
  const everyone = [...roster.members, ...roster.observers];
  const title = t('documents:signIn.title', { meeting: meeting.title });
  const date = formatDay(meeting.date, t);
  const time =
    recorded && meeting.openedAt !== null
      ? t('documents:date.at', { date, time: formatClock(meeting.openedAt, timeZone) })
      : date;
  const blocks: Block[] = [
    { type: 'title', text: title },
    {
      type: 'fields',
      items: [
        { label: t('documents:field.time'), value: time },
        { label: t('documents:field.place'), value: meeting.place || t('documents:none') },
        { label: t('documents:role.chair'), value: meeting.chair || t('documents:none') },
      ],
    },
    {
      type: 'table',
      repeatHeader: true,
      // Room for a handwritten signature: 10 mm before the meeting, a little less on the record.
      minRowHeightMm: recorded ? 8 : 10,
      columns: withPhone(
        options.phone === true,
        [
          // Fits '芳华社区居委会', '物业服务企业代表' and '请假（外出务工）' on one line; the rare
          // '14:04（14:53离会）' of someone who left early wraps.
          { header: t('documents:field.seq'), width: 0.7, align: 'center' },
          { header: t('documents:field.person'), width: 1.3 },
          { header: t('documents:field.category'), width: 2 },
          { header: t('documents:signIn.affiliation'), width: 1.9 },
          // Blank, the time is handwritten ('09:30') and the signature needs the room.
          { header: t('documents:field.signedInAt'), width: recorded ? 2 : 1.2, align: 'center' },
          { header: t('documents:signature.sign'), width: recorded ? 1.6 : 2.4 },
        ],
        { header: t('documents:signIn.phone'), width: 1.5 },
      ),
      rows: [
        ...everyone.map((p, i) =>
          withPhone(
            options.phone === true,
            [
              String(i + 1),
              p.member.name,
              categoryCell(ctx, p),
              p.member.affiliation,
              recorded ? timeCell(ctx, p) : '',
              '',
            ],
            p.member.phone ?? '',
          ),
        ),
        ...(recorded ? [] : spareRows(everyone.length, options.phone === true ? 7 : 6)),
      ],
    },
  ];
  if (!recorded) {
    // The tally at the foot, counted and signed by hand at the door.
    for (const key of ['documents:signIn.tallyBlank', 'documents:signIn.tallyBy'] as const) {
      blocks.push({ type: 'paragraph', indent: false, align: 'left', text: t(key) });
    }
  }
  if (recorded) {
    const counts = attendanceCounts(roster);
    blocks.push({
      type: 'fields',
      columns: 2,
      items: [
        { label: t('documents:field.expected'), value: people(counts.expected, t) },
        { label: t('documents:field.present'), value: people(counts.attended, t) },
        { label: t('documents:more.excused'), value: people(counts.excused, t) },
        { label: t('documents:field.absent'), value: people(counts.absent, t) },
        { label: t('documents:field.observers'), value: people(counts.observers, t) },
      ],
    });
    const absent = roster.members.filter((p) => p.status === 'absent').map((p) => p.member.name);
    if (absent.length > 0) {
      blocks.push({
        type: 'fields',
        items: [{ label: t('documents:field.absent'), value: joinList(absent, t) }],
      });
    }
  }
  blocks.push({
    type: 'paragraph',
    size: 'small',
    indent: false,
    text: t(recorded ? 'documents:signIn.recordedNote' : 'documents:signIn.blankNote'),
  });
  return {
    ...frame(ctx, 'signInSheet', title, options, {
      header: t('documents:signIn.header', { meeting: meeting.title }),
      official: false,
    }),
    blocks,
  };
}
