// Overdue action items of every community (or one), the longest overdue first, with their 督办
// comments so the office sees what it already asked.
import type { OverdueItem, OverdueReply } from '../../../shared/hub/api';
import type { HubQuery } from '../db/pool';
import { commentsOf } from './comments';
import { isOverdue, itemToday, num, str, type Row } from './sql';

/** Items a page lists at most (the overview has the counts). */
export const OVERDUE_LIMIT = 1000;

// $1 community or null, $2 the hub's clock, $3 limit.
const OVERDUE = `SELECT ai.community_id, c.name AS community_name, ai.key, ai.meeting_id,
    coalesce(m.title, '') AS meeting_title, coalesce(ai.title, '') AS title,
    coalesce(ai.owner, '') AS owner, ai.deadline::text AS deadline,
    coalesce(ai.status, 'planned') AS status, ${itemToday('$2')} - ai.deadline AS days
  FROM action_items ai JOIN communities c ON c.id = ai.community_id
  LEFT JOIN meetings m ON m.community_id = ai.community_id AND m.meeting_id = ai.meeting_id
  WHERE ($1::text IS NULL OR ai.community_id = $1) AND ${isOverdue('$2')}
  ORDER BY ai.community_id, days DESC, ai.key
  LIMIT $3`;

export async function overdueItems(
  query: HubQuery,
  input: Readonly<{ community: string | null; now: Date }>,
): Promise<OverdueReply> {
  const result = await query(OVERDUE, [input.community, input.now.toISOString(), OVERDUE_LIMIT]);
  const rows = result.rows as Row[];
  const refs = rows.map((row) => ({ communityId: str(row.community_id), key: str(row.key) }));
  const comments = await commentsOf(query, refs);
  return {
    items: rows.map((row, index): OverdueItem => ({
      communityId: str(row.community_id),
      communityName: str(row.community_name),
      key: str(row.key),
      meetingId: str(row.meeting_id),
      meetingTitle: str(row.meeting_title),
      title: str(row.title),
      owner: str(row.owner),
      deadline: str(row.deadline),
      status: str(row.status),
      daysOverdue: num(row.days),
      comments: comments(refs[index]!),
    })),
  };
}
