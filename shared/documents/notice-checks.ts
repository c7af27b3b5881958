import { dateOf, parseDay, postingPeriod } from '../domain/rules';
import type { RulePreset } from '../domain/rules';
import type { ActionItem, AgendaItem, MeetingState, Vote } from '../domain/state/types';
import type { Locale, Translate } from '../i18n';
import { buildContext, type BuildContext } from './context';
import { DocumentInputError } from './errors';
import { formatDay } from './format';
import { invalidReasonText, resultText } from './vote-text';

// Guard rails on what a notice (公示) may make public, in one place for the CLI, the backend and
// the console: a refusal for what cannot be true (a result posted before the vote, a proposal
// whose objection period outlasts the meeting, an implementation that has not happened), a
// warning for what is merely unusual. Pure: the console runs the same checks on its snapshot
// as the chair types, and buildNotice refuses with the same reason.

export type NoticeKind = 'proposal' | 'resolution' | 'implementation';

/** What a notice is asked to make public: the part of NoticeOptions the checks read. */
export type NoticeRequest = Readonly<{
  locale: Locale;
  /** Default 'resolution'. */
  kind?: NoticeKind;
  voteId?: string;
  itemId?: string;
  /** 'YYYY-MM-DD'. */
  postedOn: string;
}>;

/** The agenda item a notice is about and the vote it reports (none for proposals). */
export type NoticeTarget = Readonly<{ item: AgendaItem; vote: Vote | null }>;

export type NoticeWarningCode =
  'invalidVote' | 'laterVote' | 'lateResolution' | 'shortNotice' | 'meetingRecordOnly';

/** Something unusual the chair should see before posting; words: 'documents:noticeWarning.<code>'. */
export type NoticeWarning = Readonly<{
  code: NoticeWarningCode;
  params: Readonly<Record<string, string>>;
}>;

export type NoticeCheck = Readonly<{
  /** Why this notice cannot be made, or null. */
  refusal: DocumentInputError | null;
  warnings: readonly NoticeWarning[];
}>;

/** A result notice posted this many days after the meeting is late enough to mention. */
const LATE_AFTER_DAYS = 30;

function closedVotesOf(state: MeetingState, itemId: string): Vote[] {
  return state.voteOrder
    .map((id) => state.votes[id])
    .filter((v): v is Vote => v?.itemId === itemId && v.status === 'closed');
}

/** The vote a resolution notice reports when only the item is named: its last passed, else last. */
function decidingVote(state: MeetingState, itemId: string): Vote | null {
  const closed = closedVotesOf(state, itemId);
  return closed.findLast((v) => v.outcome?.result === 'passed') ?? closed.at(-1) ?? null;
}

/**
 * The item and vote a notice is about. Throws DocumentInputError for an unknown vote or item, no
 * target at all, or a resolution notice for an item without a closed vote.
 */
export function noticeTarget(state: MeetingState, request: NoticeRequest): NoticeTarget {
  const kind = request.kind ?? 'resolution';
  let vote: Vote | null = null;
  if (request.voteId !== undefined) {
    vote = state.votes[request.voteId] ?? null;
    if (!vote) throw new DocumentInputError('unknownVote', { voteId: request.voteId });
  }
  const itemId = request.itemId ?? vote?.itemId;
  if (itemId === undefined) throw new DocumentInputError('needTarget', {});
  const item = state.items[itemId];
  if (!item) throw new DocumentInputError('unknownItem', { itemId });
  if (kind === 'resolution' && !vote) {
    vote = decidingVote(state, itemId);
    if (!vote) throw new DocumentInputError('noVote', { item: item.title });
  }
  return { item, vote };
}

/** The last day a proposal can be posted for its period to end before the meeting day. */
function latestPosting(meetingDay: number, posting: RulePreset['posting']): string {
  let day = meetingDay - 1;
  while (day > meetingDay - 400) {
    const end = parseDay(postingPeriod(dateOf(day), posting).to) ?? meetingDay;
    if (end < meetingDay) break;
    day -= 1;
  }
  return dateOf(day);
}

type Found = Readonly<{
  ctx: BuildContext;
  target: NoticeTarget;
  posted: number;
  meetingDay: number;
}>;

/** A proposal is posted before the meeting and its objection period ends before it too. */
function proposalChecks({ ctx, target, posted, meetingDay }: Found, warnings: NoticeWarning[]) {
  const { meeting, t } = ctx;
  const preset = target.vote?.preset ?? meeting.preset;
  const date = formatDay(meeting.date, t);
  const postedOn = dateOf(posted);
  if (posted >= meetingDay) {
    return new DocumentInputError('proposalNotBefore', {
      postedOn: formatDay(postedOn, t),
      date,
    });
  }
  const to = postingPeriod(postedOn, preset.posting).to;
  if ((parseDay(to) ?? 0) >= meetingDay) {
    return new DocumentInputError('proposalPastMeeting', {
      to: formatDay(to, t),
      date,
      latest: formatDay(latestPosting(meetingDay, preset.posting), t),
    });
  }
  const notice = preset.noticeDaysBefore;
  if (notice !== null && meetingDay - posted < notice) {
    warnings.push({
      code: 'shortNotice',
      params: {
        preset: preset.name[ctx.locale],
        days: String(notice),
        actual: String(meetingDay - posted),
      },
    });
  }
  return null;
}

/** A result can only be published once it exists, and one superseded by a re-vote is not. */
function resolutionChecks(
  { ctx, target, state }: Found & { state: MeetingState },
  warnings: NoticeWarning[],
) {
  const vote = target.vote;
  if (!vote) return null;
  if (vote.status === 'open')
    return new DocumentInputError('voteOpen', { question: vote.question });
  if (vote.status === 'voided') {
    return new DocumentInputError('voteVoided', {
      question: vote.question,
      reason: vote.voidReason,
    });
  }
  const later = closedVotesOf(state, vote.itemId).filter(
    (v) => state.voteOrder.indexOf(v.voteId) > state.voteOrder.indexOf(vote.voteId),
  );
  const reason = invalidReasonText(ctx, vote);
  if (vote.outcome?.result === 'invalid') {
    const passed = later.find((v) => v.outcome?.result === 'passed');
    if (passed) {
      return new DocumentInputError('supersededByRevote', {
        question: vote.question,
        reason,
        revote: passed.question,
      });
    }
    warnings.push({ code: 'invalidVote', params: { reason } });
  }
  for (const v of later) {
    warnings.push({
      code: 'laterVote',
      params: { revote: v.question, result: resultText(ctx, v) },
    });
  }
  return null;
}

/** An implementation is made public once its action items are done, not while they are planned. */
function implementationChecks(
  { ctx, target, state }: Found & { state: MeetingState },
  warnings: NoticeWarning[],
) {
  const passed = closedVotesOf(state, target.item.itemId).filter(
    (v) => v.outcome?.result === 'passed',
  );
  const item = target.item.title;
  if (passed.length === 0) return new DocumentInputError('noPassedVote', { item });
  const voteIds = new Set(passed.map((v) => v.voteId));
  const actions = state.actionOrder
    .map((id) => state.actions[id])
    .filter((a): a is ActionItem => a !== undefined && voteIds.has(a.voteId));
  if (actions.length === 0) return new DocumentInputError('noActions', { item });
  const pending = actions.filter((a) => a.status !== 'done' && a.status !== 'cancelled');
  if (pending.length > 0 || !actions.some((a) => a.status === 'done')) {
    const open = pending.length > 0 ? pending : actions;
    const list = open.map((a) =>
      ctx.t('documents:paren', { text: a.title, note: ctx.t(`domain:actionStatus.${a.status}`) }),
    );
    return new DocumentInputError('actionsNotDone', {
      item,
      pending: list.join(ctx.t('documents:list')),
    });
  }
  warnings.push({ code: 'meetingRecordOnly', params: {} });
  return null;
}

/**
 * Checks a notice request against the meeting: the refusal that buildNotice would throw (also
 * for an unknown target or a malformed date), and warnings for what is allowed but unusual.
 * Dates are compared as calendar days: the meeting's own date and the day of posting.
 */
export function checkNotice(state: MeetingState, request: NoticeRequest): NoticeCheck {
  const warnings: NoticeWarning[] = [];
  try {
    const ctx = buildContext(state, request);
    const posted = parseDay(request.postedOn);
    if (posted === null) throw new DocumentInputError('badDate', { value: request.postedOn });
    const target = noticeTarget(state, request);
    const meetingDay = parseDay(ctx.meeting.date) ?? posted;
    const found = { ctx, target, posted, meetingDay, state };
    const kind = request.kind ?? 'resolution';
    if (kind === 'proposal') return { refusal: proposalChecks(found, warnings), warnings };
    if (posted < meetingDay) {
      const refusal = new DocumentInputError('postedBeforeMeeting', {
        postedOn: formatDay(request.postedOn, ctx.t),
        date: formatDay(ctx.meeting.date, ctx.t),
      });
      return { refusal, warnings };
    }
    if (posted - meetingDay > LATE_AFTER_DAYS) {
      warnings.push({ code: 'lateResolution', params: { days: String(posted - meetingDay) } });
    }
    const refusal =
      kind === 'resolution'
        ? resolutionChecks(found, warnings)
        : implementationChecks(found, warnings);
    return { refusal, warnings: refusal ? [] : warnings };
  } catch (error) {
    if (error instanceof DocumentInputError) return { refusal: error, warnings: [] };
    throw error;
  }
}

/** A warning as one line for the chair: '注意：…'. */
export function describeNoticeWarning(warning: NoticeWarning, t: Translate): string {
  return t('documents:noticeWarning.prefix', {
    text: t(`documents:noticeWarning.${warning.code}`, warning.params),
  });
}
