import type {
  Evaluation,
  FollowupState,
  ProgressNote,
  SupervisionComment,
  TrackedItem,
} from './state';
import type { ItemStatus } from './vocabulary';

/** What the follow-up board may be narrowed to; every field left out matches everything. */
export type BoardFilter = Readonly<{
  meetingId?: string;
  /** Exact owner name, as entered. */
  owner?: string;
  status?: ItemStatus | readonly ItemStatus[];
  overdueOnly?: boolean;
}>;

/** One line of the board: the item with its overdue mark, last note and latest evaluation. */
export type BoardRow = Readonly<{
  key: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  actionId: string;
  topicId: string | null;
  title: string;
  owner: string;
  budgetPlanned: number;
  budgetSpent: number;
  deadline: string;
  status: ItemStatus;
  overdue: boolean;
  lastProgress: ProgressNote | null;
  latestEvaluation: Evaluation | null;
  /** 督办: the street office's latest comment on the item (latest written), and how many. */
  latestSupervision: SupervisionComment | null;
  supervisionCount: number;
}>;

export type Board = Readonly<{
  rows: readonly BoardRow[];
  /** Items in the registry, before filtering. */
  total: number;
  /** Overdue rows among those shown. */
  overdue: number;
}>;

/**
 * "Today" for the board: one day for every item ('YYYY-MM-DD', as a caller gives it), or a day
 * per item's zone (items of meetings in different zones): `(zone) => calendarDay(now, zone)`.
 */
export type BoardToday = string | ((timeZone: string) => string);

/**
 * Overdue: a deadline before today (on the item's meeting's calendar) on an item that is neither
 * done nor dropped. ISO dates compare as strings; an item without deadline never is.
 */
export function isOverdue(item: TrackedItem, today: BoardToday): boolean {
  if (item.status === 'done' || item.status === 'dropped') return false;
  if (item.deadline === '') return false;
  return item.deadline < (typeof today === 'string' ? today : today(item.timeZone));
}

/** The evaluation to show: the one of the latest meeting (then the latest recorded). */
export function latestEvaluation(item: TrackedItem): Evaluation | null {
  let latest: Evaluation | null = null;
  for (const e of item.evaluations) {
    if (
      latest === null ||
      e.meetingDate > latest.meetingDate ||
      (e.meetingDate === latest.meetingDate && e.at >= latest.at)
    )
      latest = e;
  }
  return latest;
}

/** The comment to show: the one the office wrote last (then the one received last). */
export function latestSupervision(
  comments: readonly SupervisionComment[],
): SupervisionComment | null {
  let latest: SupervisionComment | null = null;
  for (const c of comments) if (latest === null || c.writtenAt >= latest.writtenAt) latest = c;
  return latest;
}

function rowOf(
  item: TrackedItem,
  overdue: boolean,
  comments: readonly SupervisionComment[],
): BoardRow {
  return {
    key: item.key,
    meetingId: item.meetingId,
    meetingTitle: item.meetingTitle,
    meetingDate: item.meetingDate,
    actionId: item.actionId,
    topicId: item.topicId,
    title: item.title,
    owner: item.owner,
    budgetPlanned: item.budgetPlanned,
    budgetSpent: item.budgetSpent,
    deadline: item.deadline,
    status: item.status,
    overdue,
    lastProgress: item.progress.at(-1) ?? null,
    latestEvaluation: latestEvaluation(item),
    latestSupervision: latestSupervision(comments),
    supervisionCount: comments.length,
  };
}

const NONE: readonly SupervisionComment[] = [];

/**
 * The follow-up board (民事民办): every tracked action item in import order, narrowed by
 * `filter`, with overdue marks as of `today`. Pure and linear in the registry's size, so the
 * window can call it on every keystroke of a filter.
 */
export function board(state: FollowupState, filter: BoardFilter, today: BoardToday): Board {
  const statuses =
    filter.status === undefined
      ? null
      : new Set<ItemStatus>(typeof filter.status === 'string' ? [filter.status] : filter.status);
  const rows: BoardRow[] = [];
  let overdue = 0;
  for (const key of state.itemOrder) {
    const item = state.items[key];
    if (!item) continue;
    if (filter.meetingId !== undefined && item.meetingId !== filter.meetingId) continue;
    if (filter.owner !== undefined && item.owner !== filter.owner) continue;
    if (statuses !== null && !statuses.has(item.status)) continue;
    const late = isOverdue(item, today);
    if (filter.overdueOnly === true && !late) continue;
    if (late) overdue += 1;
    rows.push(rowOf(item, late, state.supervision[key] ?? NONE));
  }
  return { rows, total: state.itemOrder.length, overdue };
}

/** A meeting the board can be filtered by. */
export type BoardMeeting = Readonly<{
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
}>;

/** The choices of the board's filters: meetings (newest first) and owners (sorted). */
export function boardFacets(state: FollowupState): Readonly<{
  meetings: readonly BoardMeeting[];
  owners: readonly string[];
}> {
  const meetings = new Map<string, BoardMeeting>();
  const owners = new Set<string>();
  for (const key of state.itemOrder) {
    const item = state.items[key];
    if (!item) continue;
    if (!meetings.has(item.meetingId))
      meetings.set(item.meetingId, {
        meetingId: item.meetingId,
        meetingTitle: item.meetingTitle,
        meetingDate: item.meetingDate,
      });
    if (item.owner !== '') owners.add(item.owner);
  }
  return {
    meetings: [...meetings.values()].sort(
      (a, b) =>
        b.meetingDate.localeCompare(a.meetingDate) || a.meetingId.localeCompare(b.meetingId),
    ),
    owners: [...owners].sort(),
  };
}
