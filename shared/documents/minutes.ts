import { checkQuorum, describeCheck, describeQuorum } from '../domain/rules';
import { tallyOf } from '../domain/selectors/attendance';
import { itemActualMs } from '../domain/selectors/stats';
import { summarize } from '../domain/selectors/summary';
import type { MeetingState } from '../domain/state/types';
import type { Block, DocumentModel } from './model';
import {
  buildContext,
  defaultIssuer,
  frame,
  type BuildContext,
  type CommonOptions,
} from './context';
import { formatClock, formatDay, joinList, numbered, people } from './format';
import { HAND_BLANK, itemsBlocks } from './minutes-items';
import { actionBlocks, closingBlocks, resolutionBlocks, voiceBlocks } from './minutes-tail';
import {
  attendanceCounts,
  categoryLabel,
  rosterOf,
  type PersonRecord,
  type Roster,
} from './people';

// 会议记录: every field RULES.md lists for minutes, as a document model. The minutes are an
// archive (村务档案), so they state facts with their numbers and leave nothing to the reader's
// arithmetic: counts, bases, the rule in words and the check behind each result.

/** Options of the minutes beyond the common ones. */
export type MinutesOptions = CommonOptions &
  Readonly<{
    /** Add a signature line for everyone who attended (where local rules require it). */
    attendeeSignatures?: boolean;
    /**
     * When the minutes are signed (epoch ms; the export's signing time): its day on the meeting's
     * calendar is the 签署日期. Absent (the console's draft preview): a blank to date by hand.
     */
    signedAt?: number;
  }>;

function meetingTime(ctx: BuildContext): string {
  const { meeting, t, timeZone } = ctx;
  const date = formatDay(meeting.date, t);
  if (meeting.openedAt === null) return date;
  const from = formatClock(meeting.openedAt, timeZone);
  const to = meeting.closedAt === null ? '' : formatClock(meeting.closedAt, timeZone);
  return t('documents:date.range', { date, from, to });
}

function remark(ctx: BuildContext, p: PersonRecord): string {
  const { t, timeZone } = ctx;
  if (p.member.role === 'observer') return t('domain:role.observer');
  if (p.status === 'excused') {
    return p.excuseReason
      ? t('documents:signIn.excused', { reason: p.excuseReason })
      : t('documents:signIn.excusedNoReason');
  }
  if (p.status === 'absent') return t('documents:signIn.absent');
  if (p.leftAt === null) return '';
  return t('documents:paren', {
    text: t('documents:more.leftEarly'),
    note: formatClock(p.leftAt, timeZone),
  });
}

function attendanceBlocks(ctx: BuildContext, roster: Roster): Block[] {
  const { meeting, t, timeZone, locale } = ctx;
  const counts = attendanceCounts(roster);
  const excused = roster.members
    .filter((p) => p.status === 'excused')
    .map((p) =>
      p.excuseReason
        ? t('documents:minutes.excusedEntry', { name: p.member.name, reason: p.excuseReason })
        : p.member.name,
    );
  const absent = roster.members.filter((p) => p.status === 'absent').map((p) => p.member.name);
  const left = roster.members
    .filter((p) => p.leftAt !== null)
    .map((p) =>
      t('documents:minutes.leftEntry', {
        name: p.member.name,
        time: formatClock(p.leftAt ?? 0, timeZone),
      }),
    );
  const observers = roster.observers
    .filter((p) => p.status === 'attended')
    .map((p) => {
      const where = p.member.affiliation || categoryLabel(p.member, t);
      return t('documents:minutes.observerEntry', { name: p.member.name, affiliation: where });
    });
  const voting = roster.members.map((p) => p.member);
  const attended = roster.members.filter((p) => p.status === 'attended').map((p) => p.member);
  const quorum = checkQuorum(meeting.preset, {
    members: tallyOf(voting),
    present: tallyOf(attended),
  });
  const quorumLine = t('documents:minutes.quorumLine', {
    rule: describeQuorum(meeting.preset, locale),
    check: quorum.checks.map((c) => describeCheck(c, locale)).join(t('documents:list')),
    verdict: t(quorum.met ? 'documents:minutes.quorumMet' : 'documents:minutes.quorumNotMet'),
  });
  const details = [
    { label: t('documents:more.excused'), value: joinList(excused, t) },
    { label: t('documents:field.absent'), value: joinList(absent, t) },
    ...(left.length > 0
      ? [{ label: t('documents:more.leftEarly'), value: joinList(left, t) }]
      : []),
    { label: t('documents:field.observers'), value: joinList(observers, t) },
    { label: t('documents:more.quorum'), value: quorumLine },
  ];
  return [
    {
      type: 'fields',
      columns: 2,
      items: [
        { label: t('documents:field.expected'), value: people(counts.expected, t) },
        { label: t('documents:field.present'), value: people(counts.attended, t) },
        { label: t('documents:more.excused'), value: people(counts.excused, t) },
        { label: t('documents:field.absent'), value: people(counts.absent, t) },
        { label: t('documents:field.observers'), value: people(counts.observers, t) },
      ],
    },
    { type: 'fields', items: details },
  ];
}

/**
 * The roster with each person's sign-in. Where anyone signed in on their own phone, a column says
 * how each sign-in was made (登记 by the chair, 手机), explained in a line under the table; a
 * meeting without phones keeps the table it always had.
 */
function rosterBlocks(ctx: BuildContext, roster: Roster): Block[] {
  const { t, timeZone } = ctx;
  const people = [...roster.members, ...roster.observers];
  const phones = people.some((p) => p.via === 'device');
  const rows = people.map((p, i) => [
    String(i + 1),
    p.member.name,
    categoryLabel(p.member, t),
    p.member.affiliation,
    p.firstIn === null ? '' : formatClock(p.firstIn, timeZone),
    ...(phones ? [p.via ? t(`documents:channel.via.${p.via}`) : ''] : []),
    remark(ctx, p),
  ]);
  const table: Block = {
    type: 'table',
    repeatHeader: true,
    columns: [
      // The note column fits '中途离会（14:53）' and '请假（外出务工）' on one line. With the
      // channel column the others give up their slack, and still fit a four-character name,
      // '物业服务企业代表', '芳华社区居委会' and the header 签到时间 on one line each.
      { header: t('documents:field.seq'), width: 0.7, align: 'center' },
      { header: t('documents:field.person'), width: phones ? 1.15 : 1.3 },
      { header: t('documents:field.category'), width: phones ? 2.1 : 2 },
      { header: t('documents:more.affiliation'), width: phones ? 1.85 : 1.7 },
      { header: t('documents:field.signedInAt'), width: phones ? 1.15 : 1.1, align: 'center' },
      ...(phones
        ? [{ header: t('documents:channel.viaHeader'), width: 0.7, align: 'center' as const }]
        : []),
      { header: t('documents:more.note'), width: phones ? 2.2 : 2.3 },
    ],
    rows,
  };
  if (!phones) return [table];
  return [
    table,
    { type: 'paragraph', size: 'small', indent: false, text: t('documents:channel.viaLegend') },
  ];
}

/**
 * Builds the minutes (会议记录) of a meeting: name, time, place, chair, recorder, tellers,
 * 应到/实到/请假/缺席/列席 with reasons, the roster, each item with its speeches and chair's notes,
 * each vote with method, base, counts, rule and result, resolutions, action items, voice shares,
 * the close, and signature lines. Pure: the same state and options give the same model.
 */
export function buildMinutes(state: MeetingState, options: MinutesOptions): DocumentModel {
  const ctx = buildContext(state, options);
  const { meeting, t, locale } = ctx;
  const summary = summarize(state);
  const roster = rosterOf(state);
  const title = t('documents:minutes.title', { meeting: meeting.title });
  let section = 0;
  const heading = (key: string): Block => ({
    type: 'heading',
    level: 1,
    text: numbered(t, 'level1', ++section, t(`documents:minutes.section.${key}`)),
  });
  const blocks: Block[] = [
    { type: 'title', text: title },
    {
      type: 'fields',
      items: [
        { label: t('documents:field.name'), value: meeting.title },
        { label: t('documents:role.issuer'), value: defaultIssuer(ctx) },
        { label: t('documents:field.time'), value: meetingTime(ctx) },
        { label: t('documents:field.place'), value: meeting.place || t('documents:none') },
      ],
    },
    {
      type: 'fields',
      columns: 2,
      items: [
        { label: t('documents:role.chair'), value: meeting.chair || t('documents:none') },
        { label: t('documents:role.recorder'), value: meeting.recorder || t('documents:none') },
        {
          label: t('documents:role.teller'),
          value: meeting.tellers.length > 0 ? joinList(meeting.tellers, t) : HAND_BLANK,
        },
        { label: t('documents:more.preset'), value: meeting.preset.name[locale] },
      ],
    },
    heading('attendance'),
    ...attendanceBlocks(ctx, roster),
    heading('roster'),
    ...rosterBlocks(ctx, roster),
    heading('items'),
    ...itemsBlocks(ctx, summary.speeches, (id) => itemActualMs(state, id)),
    heading('resolutions'),
    ...resolutionBlocks(ctx),
    heading('actions'),
    ...actionBlocks(ctx),
    heading('voice'),
    ...voiceBlocks(ctx, summary.voice),
    heading('closing'),
    ...closingBlocks(ctx, roster, options.attendeeSignatures ?? false, options.signedAt),
  ];
  return {
    ...frame(ctx, 'minutes', title, options, {
      header: t('documents:minutes.header', { meeting: meeting.title }),
      official: false,
    }),
    blocks,
  };
}
