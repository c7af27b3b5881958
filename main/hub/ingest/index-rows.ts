import type { ReadBundle } from '../../bundle';
import type { MeetingState, Vote } from '../../../shared/domain';
import { latestEvaluation, type TrackedItem } from '../../../shared/followup';
import { calendarDay } from '../../../shared/time';
import { searchTokens } from '../search-tokens';

// What the dashboard reads of a bundle, as plain rows: taken from its state.json (already proved to
// be the replay of its journal) and its followup.json (the registry's rows for the meeting). The
// registry rows are checked by readBundle only for their key and meeting, so every other field is
// taken defensively: a value of the wrong kind becomes null rather than failing the insert.

export type MeetingRow = Readonly<{
  meetingId: string;
  title: string;
  heldOn: string | null;
  timeZone: string;
  bodyKind: string | null;
  status: string | null;
  members: number;
  present: number;
  search: string;
}>;

export type VoteRow = Readonly<{
  voteId: string;
  itemTitle: string | null;
  question: string;
  rule: string;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  outcome: string;
  resolution: string;
  closedAt: Date | null;
}>;

export type ActionRow = Readonly<{
  key: string;
  meetingId: string;
  title: string | null;
  resolution: string | null;
  owner: string | null;
  deadline: string | null;
  status: string | null;
  doneOn: string | null;
  timeZone: string | null;
  budgetPlanned: number | null;
  budgetSpent: number | null;
  satisfactionPermille: number | null;
  search: string;
}>;

export type EvaluationRow = Readonly<{
  itemKey: string;
  voteMeetingId: string;
  voteId: string;
  satisfied: number | null;
  basic: number | null;
  unsatisfied: number | null;
  permille: number | null;
  meetingDate: string | null;
}>;

export type IndexRows = Readonly<{
  meeting: MeetingRow;
  votes: readonly VoteRow[];
  actions: readonly ActionRow[];
  evaluations: readonly EvaluationRow[];
}>;

// PostgreSQL's text holds no NUL character.
const text = (value: unknown, max = 10_000): string | null =>
  typeof value === 'string' ? value.replaceAll('\0', '').slice(0, max) : null;
const int = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
/** 'YYYY-MM-DD' that is a real day, else null (PostgreSQL would refuse 2026-02-31). */
function day(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : null;
}

function meetingRow(state: MeetingState, timeZone: string): MeetingRow {
  const info = state.meeting;
  const members = state.memberOrder.length;
  const present = state.memberOrder.filter((id) => {
    const attendance = state.attendance[id];
    return attendance?.status === 'present' || (attendance?.intervals.length ?? 0) > 0;
  }).length;
  const started = info?.openedAt ?? info?.createdAt ?? null;
  const heldOn = day(info?.date) ?? (started === null ? null : calendarDay(started, timeZone));
  const resolutions = state.voteOrder.map((id) => state.votes[id]?.resolution ?? '');
  const agenda = state.agendaOrder.map((id) => state.items[id]?.title ?? '');
  return {
    meetingId: state.meetingId,
    title: info?.title ?? '',
    heldOn,
    timeZone,
    bodyKind: info ? (info.bodyKind === 'custom' ? info.customBodyKind : info.bodyKind) : null,
    status: info?.status ?? null,
    members,
    present,
    search: searchTokens([info?.title ?? '', ...agenda, ...resolutions].join('\n')),
  };
}

function voteRow(state: MeetingState, vote: Vote): VoteRow {
  const counts = vote.outcome?.counts ?? vote.counts;
  const heads = (key: string) => (counts && key in counts ? (counts[key]?.heads ?? null) : null);
  return {
    voteId: vote.voteId,
    itemTitle: state.items[vote.itemId]?.title ?? null,
    question: vote.question,
    rule: vote.preset.id,
    yes: heads('yes'),
    no: heads('no'),
    abstain: heads('abstain'),
    outcome: vote.status === 'voided' ? 'voided' : (vote.outcome?.result ?? vote.status),
    resolution: vote.resolution,
    closedAt: vote.closedAt === null ? null : new Date(vote.closedAt),
  };
}

function actionRow(item: TrackedItem): ActionRow {
  const title = text(item.title);
  const resolution = text(item.resolution);
  const evaluations = Array.isArray(item.evaluations)
    ? item.evaluations.filter((e) => typeof e === 'object' && e !== null)
    : [];
  const latest = latestEvaluation({ ...item, evaluations });
  return {
    key: item.key,
    meetingId: item.meetingId,
    title,
    resolution,
    owner: text(item.owner, 500),
    deadline: day(item.deadline),
    status: text(item.status, 40),
    doneOn: day(item.doneOn),
    timeZone: text(item.timeZone, 64),
    budgetPlanned: int(item.budgetPlanned),
    budgetSpent: int(item.budgetSpent),
    satisfactionPermille: int(latest?.satisfactionPermille),
    search: searchTokens(`${title ?? ''}\n${resolution ?? ''}`),
  };
}

function evaluationRows(item: TrackedItem): EvaluationRow[] {
  if (!Array.isArray(item.evaluations)) return [];
  const seen = new Set<string>();
  const rows: EvaluationRow[] = [];
  for (const e of item.evaluations) {
    const voteMeetingId = text(e?.meetingId, 80);
    const voteId = text(e?.voteId, 80);
    if (voteMeetingId === null || voteId === null || seen.has(`${voteMeetingId}/${voteId}`))
      continue;
    seen.add(`${voteMeetingId}/${voteId}`);
    rows.push({
      itemKey: item.key,
      voteMeetingId,
      voteId,
      satisfied: int(e.counts?.satisfied),
      basic: int(e.counts?.basicallySatisfied),
      unsatisfied: int(e.counts?.dissatisfied),
      permille: int(e.satisfactionPermille),
      meetingDate: day(e.meetingDate),
    });
  }
  return rows;
}

/** The index rows of a verified bundle's meeting. */
export function indexRows(bundle: ReadBundle): IndexRows {
  const state = bundle.state;
  // One row per key, and only this meeting's keys: a key twice, or another meeting's, would break
  // the table's primary key, not just add a wrong row.
  const byKey = new Map<string, TrackedItem>();
  for (const item of bundle.followup.items as unknown as readonly TrackedItem[])
    if (!byKey.has(item.key) && item.key.startsWith(`${state.meetingId}/`))
      byKey.set(item.key, item);
  const items = [...byKey.values()];
  return {
    meeting: meetingRow(state, bundle.manifest.timeZone),
    votes: state.voteOrder.flatMap((id) => {
      const vote = state.votes[id];
      return vote ? [voteRow(state, vote)] : [];
    }),
    actions: items.map(actionRow),
    evaluations: items.flatMap(evaluationRows),
  };
}
